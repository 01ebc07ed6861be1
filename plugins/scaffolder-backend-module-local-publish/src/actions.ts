import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

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

type Author = { name: string; email: string };

/** Runs git in a folder as the portal's author, so commits never depend on the host's git config. */
function gitAs(author: Author) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
  };
  return (cwd: string, ...args: string[]) => run('git', args, { cwd, env });
}

function requireDirectory(directory: string | undefined, action: string) {
  if (!directory) throw new InputError(`${action} needs scaffolder.localPublish.directory in the configuration`);
  return path.resolve(directory);
}

// No "..", no leading "/" or "-" (git would read the name as an option), no trailing "/" or ".".
const BRANCH = /^(?!.*\.\.)(?![/-])[A-Za-z0-9._/-]{1,100}(?<![/.])$/;

/** The branch name, checked here too: the handler runs with whatever input its caller gives. */
function plainBranch(name: string): string {
  if (!BRANCH.test(name)) throw new InputError(`${JSON.stringify(name)} must be a plain branch name`);
  return name;
}

/**
 * `publish:local`: the scaffolded files become a new git repository (one commit on `main`) in
 * the configured folder, for laptops and tests where GitHub is out of reach.
 */
export function createPublishLocalAction(options: { directory?: string; author: Author }) {
  return createTemplateAction({
    id: 'publish:local',
    description: 'Creates a local git repository from the workspace in the configured folder.',
    supportsDryRun: true,
    schema: {
      input: {
        repoName: z => z.string().regex(REPO_NAME, 'must be lower-case letters, digits and dashes'),
        sourcePath: z => z.string().optional(),
        defaultBranch: z => z.string().regex(BRANCH, 'must be a plain branch name').optional(),
      },
      output: {
        remoteUrl: z => z.string(),
        repoPath: z => z.string(),
        catalogInfoPath: z => z.string(),
      },
    },
    async handler(ctx) {
      const root = requireDirectory(options.directory, 'publish:local');
      const repoPath = inside(root, ctx.input.repoName);
      const source = inside(ctx.workspacePath, ctx.input.sourcePath ?? '.');
      const branch = plainBranch(ctx.input.defaultBranch ?? 'main');
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
      const git = gitAs(options.author);
      await git(repoPath, 'init', '--quiet', '-b', branch);
      await git(repoPath, 'add', '--all');
      await git(repoPath, 'commit', '--quiet', '-m', 'Initial commit from the portal');
      ctx.logger.info(`Created ${repoPath} on branch ${branch}`);
    },
  });
}

/**
 * `catalog:register:local`: registers a catalog file on the backend's file system (what
 * `publish:local` made), with the credentials of the person who ran the template.
 */
export function createRegisterLocalAction(options: { catalog: CatalogService; directory?: string; waitForEntityMs?: number }) {
  return createTemplateAction({
    id: 'catalog:register:local',
    description: 'Registers a catalog-info.yaml from a local repository in the catalog.',
    supportsDryRun: true,
    schema: {
      input: { catalogInfoPath: z => z.string() },
      output: { entityRef: z => z.string().optional() },
    },
    async handler(ctx) {
      const root = requireDirectory(options.directory, 'catalog:register:local');
      const target = inside(root, path.relative(root, ctx.input.catalogInfoPath));
      if (ctx.isDryRun) return;
      const credentials: BackstageCredentials = await ctx.getInitiatorCredentials();
      const register = (dryRun: boolean) =>
        options.catalog.addLocation({ type: 'file', target, dryRun }, { credentials }).catch(error => {
          // The catalog's own reason (a refused kind, an existing location), not only the status.
          const message = `The catalog refused ${target}: ${error?.body?.error?.message ?? error?.message}`;
          throw error?.response?.status === 409 ? new ConflictError(message) : new InputError(message);
        });
      await register(false);
      // The registration answers before the catalog has read the file; a dry run reads it now.
      const { entities } = await register(true);
      const read = entities.filter(e => e.kind !== 'Location');
      const entity = read.find(e => e.kind === 'Component') ?? read[0];
      if (!entity) return;
      const ref = stringifyEntityRef(entity);
      ctx.output('entityRef', ref);
      // The catalog processes a new location in the background; wait for it, so that the link the
      // template shows at the end opens the component instead of a "not found" page.
      const waitMs = options.waitForEntityMs ?? 30_000;
      for (const started = Date.now(); Date.now() - started < waitMs; await sleep(250)) {
        if (await options.catalog.getEntityByRef(ref, { credentials })) return;
      }
      ctx.logger.warn(`${ref} is registered but not yet in the catalog; it appears once the catalog has processed it`);
    },
  });
}

/**
 * `publish:local:pull-request`: the offline counterpart of `publish:github:pull-request`. The
 * scaffolded files are committed on a new branch of an existing-or-new local repository, leaving
 * its default branch untouched until someone reviews and merges the branch.
 */
export function createPublishLocalPullRequestAction(options: { directory?: string; author: Author }) {
  return createTemplateAction({
    id: 'publish:local:pull-request',
    description: 'Proposes the workspace as a new branch of a local git repository in the configured folder.',
    supportsDryRun: true,
    schema: {
      input: {
        repoName: z => z.string().regex(REPO_NAME, 'must be lower-case letters, digits and dashes'),
        branchName: z => z.string().regex(BRANCH, 'must be a plain branch name'),
        title: z => z.string().min(1).max(200),
        description: z => z.string().max(10_000).optional(),
        targetBranchName: z => z.string().regex(BRANCH, 'must be a plain branch name').optional(),
        sourcePath: z => z.string().optional(),
        targetPath: z => z.string().optional(),
      },
      output: {
        remoteUrl: z => z.string(),
        repoPath: z => z.string(),
        branchName: z => z.string(),
        targetBranchName: z => z.string(),
      },
    },
    async handler(ctx) {
      const root = requireDirectory(options.directory, 'publish:local:pull-request');
      const repoPath = inside(root, ctx.input.repoName);
      const source = inside(ctx.workspacePath, ctx.input.sourcePath ?? '.');
      const target = plainBranch(ctx.input.targetBranchName ?? 'main');
      const branch = plainBranch(ctx.input.branchName);
      ctx.output('repoPath', repoPath);
      ctx.output('remoteUrl', `file://${repoPath}`);
      ctx.output('branchName', branch);
      ctx.output('targetBranchName', target);
      if (ctx.isDryRun) return;
      const git = gitAs(options.author);
      await fs.mkdir(repoPath, { recursive: true });
      if (!(await exists(path.join(repoPath, '.git')))) {
        await git(repoPath, 'init', '--quiet', '-b', target);
        await git(repoPath, 'commit', '--quiet', '--allow-empty', '-m', 'Repository created by the portal');
      }
      // A separate worktree: the repository's checkout is never touched, and two proposals at
      // once do not see each other's files.
      const worktree = await fs.mkdtemp(path.join(os.tmpdir(), 'proposal-'));
      try {
        await git(repoPath, 'worktree', 'add', '--quiet', '-b', branch, worktree, target).catch(error => {
          if (/already exists/.test(String(error.stderr))) throw new ConflictError(`Branch ${branch} already exists in ${ctx.input.repoName}`);
          throw error;
        });
        await fs.cp(source, inside(worktree, ctx.input.targetPath ?? '.'), { recursive: true });
        await git(worktree, 'add', '--all');
        const message = ctx.input.description ? `${ctx.input.title}\n\n${ctx.input.description}` : ctx.input.title;
        await git(worktree, 'commit', '--quiet', '-m', message);
      } finally {
        await git(repoPath, 'worktree', 'remove', '--force', worktree).catch(() => fs.rm(worktree, { recursive: true, force: true }));
      }
      ctx.logger.info(`Proposed ${branch} against ${target} in ${repoPath}`);
    },
  });
}

async function exists(file: string) {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
