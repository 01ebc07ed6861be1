import { isChildPath, LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { GeneratorRunOptions, TechdocsGenerator } from '@backstage/plugin-techdocs-node';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BUILD_ENVIRONMENT, SANDBOX_OUTPUT, bubblewrapArgs, isSandboxFailure, which } from './bubblewrap';
import { sanitizeMkdocsConfig } from './mkdocsConfig';
import { copySitePart } from './siteCopy';

export const MKDOCS_MISSING_MESSAGE =
  'MkDocs is not installed on the portal server, so this documentation cannot be built. ' +
  'Install it on the machine that runs the backend: on Debian or Ubuntu ' +
  '`apt-get install mkdocs mkdocs-material`, elsewhere `pip install mkdocs mkdocs-material`. ' +
  'Then reload this page.';

export const SANDBOX_MISSING_MESSAGE =
  'TechDocs builds run MkDocs in a bubblewrap sandbox, and bubblewrap is not installed on the portal server. ' +
  'Install it (`apt-get install bubblewrap`), or build documentation in CI (techdocs.builder: external). ' +
  'On a laptop without bubblewrap, techdocs.generator.sandbox: none builds unconfined (a production start refuses it).';

export const SANDBOX_FAILED_MESSAGE =
  'The bubblewrap sandbox for TechDocs builds could not start on the portal server (it needs user namespaces). ' +
  'In Kubernetes, give the portal container a seccomp profile that allows them (docs/security.md), ' +
  'or build documentation in CI (techdocs.builder: external).';

export type SandboxMode = 'bubblewrap' | 'none';

export interface SandboxedMkdocsOptions {
  sandbox: SandboxMode;
  timeoutMs: number;
}

/** Reads `techdocs.generator.sandbox` and `techdocs.generator.timeoutMs`. */
export function readSandboxOptions(config: Config): SandboxedMkdocsOptions {
  const sandbox = config.getOptionalString('techdocs.generator.sandbox') ?? 'bubblewrap';
  if (sandbox !== 'bubblewrap' && sandbox !== 'none') {
    throw new Error(`techdocs.generator.sandbox must be bubblewrap or none, not ${JSON.stringify(sandbox)}`);
  }
  return { sandbox, timeoutMs: config.getOptionalNumber('techdocs.generator.timeoutMs') ?? 10 * 60_000 };
}

/** The repository link and edit link of a site read from a URL of a known source host. */
function repositoryLinks(options: GeneratorRunOptions, docsDir: string, integrations: ScmIntegrationRegistry) {
  const location = options.parsedLocationAnnotation;
  if (location?.type !== 'url') return {};
  const integration = integrations.byUrl(location.target);
  if (!integration || !['github', 'gitlab', 'bitbucketServer'].includes(integration.type)) return {};
  const base = location.target.endsWith('/') ? location.target : `${location.target}/`;
  return { repoUrl: location.target, editUri: integration.resolveEditUrl(integration.resolveUrl({ url: `./${docsDir}`, base })) };
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(e => (e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : Promise.resolve([`${prefix}${e.name}`]))),
  );
  return nested.flat();
}

/**
 * The TechDocs generator of the portal: MkDocs from the server, run on a cleaned copy of the
 * site (mkdocs.yml stripped of what runs code or reads files, only the docs folder and theme
 * overrides copied, links out of the site left out) with an environment that holds no secret,
 * inside a bubblewrap sandbox that sees only that copy and an output folder. Stock TechDocs runs
 * MkDocs over the prepared folder with the backend's whole environment and filesystem.
 */
export class SandboxedMkdocsGenerator extends TechdocsGenerator {
  // TechDocs' extension point takes its own generator class; only run() of it is used here.
  constructor(private readonly sandboxOptions: SandboxedMkdocsOptions & { config: Config; logger: LoggerService; integrations: ScmIntegrationRegistry }) {
    super({ config: sandboxOptions.config, logger: sandboxOptions.logger, scmIntegrations: sandboxOptions.integrations });
  }

  async run(options: GeneratorRunOptions): Promise<void> {
    const log = (line: string) => options.logStream?.write(`${line}\n`);
    const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'techdocs-site-'));
    try {
      const site = path.join(scratch, 'site');
      await fs.mkdir(site);
      const configFile = await this.configFile(options.inputDir);
      const sandboxed = this.sandboxOptions.sandbox === 'bubblewrap';
      const config = sanitizeMkdocsConfig(configFile && (await fs.readFile(configFile, 'utf8')), {
        siteName: options.siteOptions?.name,
        sandboxed,
        links: docsDir => repositoryLinks(options, docsDir, this.sandboxOptions.integrations),
      });
      if (config.removed.length) log(`The portal left out of mkdocs.yml: ${config.removed.join(', ')}`);
      await fs.writeFile(path.join(site, 'mkdocs.yml'), config.text);
      const skipped: string[] = [];
      for (const part of [config.docsDir, config.customDir].filter((p): p is string => !!p)) {
        await copySitePart(options.inputDir, part, site, skipped).catch(error => {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        });
      }
      if (skipped.length) log(`Links that point outside the docs site were left out: ${skipped.join(', ')}`);

      await fs.mkdir(options.outputDir, { recursive: true });
      await this.build(site, options.outputDir, log);
      await fs.writeFile(
        path.join(options.outputDir, 'techdocs_metadata.json'),
        JSON.stringify({
          site_name: config.siteName,
          site_description: config.siteDescription,
          build_timestamp: Date.now(),
          files: await filesUnder(options.outputDir),
          ...(options.etag && { etag: options.etag }),
        }),
      );
    } finally {
      await fs.rm(scratch, { recursive: true, force: true });
    }
  }

  private async configFile(inputDir: string): Promise<string | undefined> {
    for (const name of ['mkdocs.yml', 'mkdocs.yaml']) {
      const file = path.join(inputDir, name);
      try {
        const real = await fs.realpath(file);
        if (!isChildPath(await fs.realpath(inputDir), real)) throw new Error(`${name} points outside the docs site`);
        return real;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return undefined;
  }

  private async build(site: string, output: string, log: (line: string) => void): Promise<void> {
    const mkdocs = which('mkdocs');
    if (!mkdocs) {
      log(MKDOCS_MISSING_MESSAGE);
      throw new Error(MKDOCS_MISSING_MESSAGE);
    }
    let command: string;
    let args: string[];
    let cwd: string;
    if (this.sandboxOptions.sandbox === 'bubblewrap') {
      const bwrap = which('bwrap');
      if (!bwrap) {
        log(SANDBOX_MISSING_MESSAGE);
        throw new Error(SANDBOX_MISSING_MESSAGE);
      }
      command = bwrap;
      args = bubblewrapArgs({ inputDir: site, outputDir: output, command: [mkdocs, 'build', '-f', 'mkdocs.yml', '-d', SANDBOX_OUTPUT, '-v'] });
      cwd = '/';
    } else {
      command = mkdocs;
      args = ['build', '-f', 'mkdocs.yml', '-d', output, '-v'];
      cwd = site;
    }
    const { code, stderr } = await this.spawnBounded(command, args, cwd, log);
    if (code === 0) return;
    if (this.sandboxOptions.sandbox === 'bubblewrap' && isSandboxFailure(stderr)) {
      log(SANDBOX_FAILED_MESSAGE);
      throw new Error(SANDBOX_FAILED_MESSAGE);
    }
    throw new Error(
      code === null ? `MkDocs did not finish within ${this.sandboxOptions.timeoutMs / 1000} s` : `MkDocs failed with exit code ${code}; the build log says why`,
    );
  }

  private spawnBounded(command: string, args: string[], cwd: string, log: (line: string) => void) {
    return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(command, args, { cwd, env: BUILD_ENVIRONMENT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      const timer = setTimeout(() => child.kill('SIGKILL'), this.sandboxOptions.timeoutMs);
      child.stdout.on('data', chunk => log(String(chunk).trimEnd()));
      child.stderr.on('data', chunk => {
        if (stderr.length < 64 * 1024) stderr += chunk;
        log(String(chunk).trimEnd());
      });
      child.on('error', error => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code: signal ? null : code, stderr });
      });
    });
  }
}
