import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A repository name: lower-case letters, digits and dashes, so it can never leave the folder. */
export const REPO_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Resolves `child` inside `parent`, refusing anything that would land outside it. */
export function inside(parent: string, child: string): string {
  const resolved = path.resolve(parent, child);
  if (resolved !== parent && !resolved.startsWith(parent + path.sep)) {
    throw new InputError(`${child} is outside ${parent}`);
  }
  return resolved;
}

/**
 * `publish:local`: the scaffolded files become a new git repository (one commit on `main`) in
 * the configured folder, for laptops and tests where GitHub is out of reach.
 */
export function createPublishLocalAction(options: { directory?: string; author: { name: string; email: string } }) {
  return createTemplateAction({
    id: 'publish:local',
    description: 'Creates a local git repository from the workspace in the configured folder.',
    supportsDryRun: true,
    schema: {
      input: {
        repoName: z => z.string().regex(REPO_NAME, 'must be lower-case letters, digits and dashes'),
        sourcePath: z => z.string().optional(),
        defaultBranch: z => z.string().regex(/^[A-Za-z0-9._/-]{1,100}$/).optional(),
      },
      output: {
        remoteUrl: z => z.string(),
        repoPath: z => z.string(),
        catalogInfoPath: z => z.string(),
      },
    },
    async handler(ctx) {
      if (!options.directory) {
        throw new InputError('publish:local needs scaffolder.localPublish.directory in the configuration');
      }
      const root = path.resolve(options.directory);
      const repoPath = inside(root, ctx.input.repoName);
      const source = inside(ctx.workspacePath, ctx.input.sourcePath ?? '.');
      const branch = ctx.input.defaultBranch ?? 'main';
      ctx.output('repoPath', repoPath);
      ctx.output('remoteUrl', `file://${repoPath}`);
      ctx.output('catalogInfoPath', path.join(repoPath, 'catalog-info.yaml'));
      if (ctx.isDryRun) return;
      await fs.mkdir(root, { recursive: true });
      try {
        await fs.mkdir(repoPath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ConflictError(`A repository named ${ctx.input.repoName} already exists`);
        throw error;
      }
      await fs.cp(source, repoPath, { recursive: true });
      const env = {
        ...process.env,
        GIT_AUTHOR_NAME: options.author.name,
        GIT_AUTHOR_EMAIL: options.author.email,
        GIT_COMMITTER_NAME: options.author.name,
        GIT_COMMITTER_EMAIL: options.author.email,
      };
      await run('git', ['init', '--quiet', '-b', branch], { cwd: repoPath, env });
      await run('git', ['add', '--all'], { cwd: repoPath, env });
      await run('git', ['commit', '--quiet', '-m', 'Initial commit from the portal'], { cwd: repoPath, env });
      ctx.logger.info(`Created ${repoPath} on branch ${branch}`);
    },
  });
}

/**
 * `catalog:register:local`: registers a catalog file on the backend's file system (what
 * `publish:local` made), with the credentials of the person who ran the template.
 */
export function createRegisterLocalAction(options: { catalog: CatalogService; directory?: string }) {
  return createTemplateAction({
    id: 'catalog:register:local',
    description: 'Registers a catalog-info.yaml from a local repository in the catalog.',
    supportsDryRun: true,
    schema: {
      input: { catalogInfoPath: z => z.string() },
      output: { entityRef: z => z.string().optional() },
    },
    async handler(ctx) {
      if (!options.directory) throw new InputError('catalog:register:local needs scaffolder.localPublish.directory');
      const target = inside(path.resolve(options.directory), path.relative(path.resolve(options.directory), ctx.input.catalogInfoPath));
      if (ctx.isDryRun) return;
      const credentials: BackstageCredentials = await ctx.getInitiatorCredentials();
      const result = await options.catalog.addLocation({ type: 'file', target }, { credentials });
      const entity = result.entities[0];
      if (entity) {
        const ref = `${entity.kind.toLocaleLowerCase('en-US')}:${entity.metadata.namespace ?? 'default'}/${entity.metadata.name}`;
        ctx.output('entityRef', ref);
      }
    },
  });
}
