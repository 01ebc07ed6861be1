import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { BareRepositories } from './githubGit';
import { listenOnLoopback } from './server';

/** A repository of the fake: its default branch, its files (path -> content) and symbolic links (path -> target). */
export interface FakeRepository {
  defaultBranch?: string;
  files: Record<string, string>;
  symlinks?: Record<string, string>;
}

/** Repositories by full name (`owner/name`), or a JSON file of them read on every request. */
export type FakeRepositories = Record<string, FakeRepository> | string;

/** What the routes read of a repository, whether given as files or created and pushed to. */
interface RepositorySource {
  defaultBranch: string;
  /** The commit a branch or commit id names, undefined if none. */
  resolve(ref: string): Promise<string | undefined>;
  file(sha: string, file: string): Promise<Buffer | string | undefined>;
  tarball(sha: string, top: string): Readable;
}

function givenRepository(repo: FakeRepository): RepositorySource {
  const defaultBranch = repo.defaultBranch ?? 'main';
  const sha = createHash('sha1')
    .update(JSON.stringify([repo.files, repo.symlinks]))
    .digest('hex');
  return {
    defaultBranch,
    resolve: async ref => (ref === defaultBranch || ref === sha ? sha : undefined),
    file: async (_sha, file) => repo.files[file],
    tarball(_sha, top) {
      const pack = tar.pack();
      for (const [file, content] of Object.entries(repo.files)) pack.entry({ name: `${top}/${file}` }, content);
      for (const [link, target] of Object.entries(repo.symlinks ?? {})) pack.entry({ name: `${top}/${link}`, type: 'symlink', linkname: target });
      pack.finalize();
      return pack.pipe(createGzip());
    },
  };
}

function pushedRepository(bare: BareRepositories, fullName: string, defaultBranch: string): RepositorySource {
  return {
    defaultBranch,
    resolve: ref => bare.resolve(fullName, ref),
    file: (sha, file) => bare.file(fullName, sha, file),
    tarball: (sha, top) => bare.tarball(fullName, sha, top),
  };
}

const GITHUB_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/**
 * A fake of the parts of GitHub that Backstage's GitHub URL reader and `publish:github` use, on
 * 127.0.0.1. Reading: repository (`GET /repos/{owner}/{repo}`), file contents (`GET
 * .../contents/{path}?ref=` with the raw media type), combined commit status (`GET
 * .../commits/{ref}/status`, which gives the commit and the repository's archive URL) and the
 * tarball of a commit (`GET .../tarball/{sha}`, one top-level folder as GitHub's archives have).
 * Publishing: the owner (`GET /users/{name}`: every owner is an organisation), repository
 * creation (`POST /orgs/{org}/repos`, 422 when the name is taken), default-branch protection
 * (`PUT .../branches/{branch}/protection`), and git's smart HTTP protocol on the `clone_url` it
 * answers, served by git itself on bare repositories in `gitRoot`. A created repository is read
 * back by the reading routes from what was pushed to it. With `token`, every request needs it, as
 * GitHub's API (`Authorization: token ...`) or as git's password (Basic). Point an integration's
 * `apiBaseUrl` at it; `htmlBase` is the web address repositories are said to live at
 * (`https://github.com` by default, so the URLs a template registers go through the integration).
 */
export async function startFakeGitHub(options: { repositories: FakeRepositories; port?: number; token?: string; gitRoot?: string; htmlBase?: string }) {
  const given = (): Record<string, FakeRepository> =>
    typeof options.repositories === 'string' ? JSON.parse(fs.readFileSync(options.repositories, 'utf8')) : options.repositories;
  const bare = new BareRepositories(options.gitRoot ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fake-github-')));
  const created = new Map<string, { defaultBranch: string; createdAt: string; description?: string; visibility: string }>();
  const htmlBase = options.htmlBase ?? 'https://github.com';
  let base = '';

  const source = (fullName: string): RepositorySource | undefined => {
    const repo = given()[fullName];
    if (repo) return givenRepository(repo);
    const made = created.get(fullName);
    return made && pushedRepository(bare, fullName, made.defaultBranch);
  };
  const repositoryJson = (fullName: string, defaultBranch: string) => {
    const [owner, name] = fullName.split('/');
    const made = created.get(fullName);
    return {
      id: Number.parseInt(createHash('sha1').update(fullName).digest('hex').slice(0, 8), 16),
      name,
      full_name: fullName,
      owner: { login: owner, type: 'Organization' },
      private: made ? made.visibility !== 'public' : false,
      visibility: made?.visibility ?? 'public',
      description: made?.description ?? null,
      html_url: `${htmlBase}/${fullName}`,
      url: `${base}/repos/${fullName}`,
      clone_url: `${base}/${fullName}.git`,
      archive_url: `${base}/repos/${fullName}/{archive_format}{/ref}`,
      trees_url: `${base}/repos/${fullName}/git/trees{/sha}`,
      default_branch: defaultBranch,
      created_at: made?.createdAt ?? '2024-01-01T00:00:00Z',
    };
  };
  const authorized = (req: http.IncomingMessage) => {
    if (!options.token) return true;
    const header = req.headers.authorization ?? '';
    if (header === `token ${options.token}` || header === `Bearer ${options.token}`) return true;
    const basic = /^Basic (.+)$/.exec(header);
    return !!basic && Buffer.from(basic[1], 'base64').toString('utf8').split(':').slice(1).join(':') === options.token;
  };
  const readBody = async (req: http.IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      return undefined;
    }
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const notFound = () => json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });

    const gitRoute = /^\/([^/]+)\/([^/]+)\.git(\/info\/refs|\/git-upload-pack|\/git-receive-pack)$/.exec(url.pathname);
    if (gitRoute) {
      const [, owner, name, rest] = gitRoute;
      if (!authorized(req)) return res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' }).end();
      if (!created.has(`${owner}/${name}`)) return res.writeHead(404).end('Repository not found.');
      return bare.serve(req, res, `${owner}/${name}`, rest, url.search.slice(1), 'x-access-token');
    }
    if (!authorized(req)) return json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });

    const user = /^\/users\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && user) return json(200, { login: user[1], type: 'Organization' });

    const orgRepos = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname);
    if (req.method === 'POST' && orgRepos) {
      const body = await readBody(req);
      const name = body?.name;
      if (typeof name !== 'string' || !GITHUB_NAME.test(name)) {
        return json(422, {
          message: 'Repository creation failed.',
          errors: [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name is invalid' }],
        });
      }
      const fullName = `${orgRepos[1]}/${name}`;
      if (source(fullName)) {
        return json(422, {
          message: 'Repository creation failed.',
          errors: [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' }],
        });
      }
      const visibility = body.visibility ?? (body.private ? 'private' : 'public');
      await bare.create(fullName, 'main');
      created.set(fullName, { defaultBranch: 'main', createdAt: new Date().toISOString(), description: body.description, visibility });
      return json(201, repositoryJson(fullName, 'main'));
    }

    const m = /^\/repos\/([^/]+)\/([^/]+)(?:\/(contents|commits|tarball|branches)\/(.*))?$/.exec(url.pathname);
    if (!m) return notFound();
    const [, owner, name, what, rest] = m;
    const fullName = `${owner}/${name}`;
    const repo = source(fullName);
    if (!repo) return notFound();
    const branch = repo.defaultBranch;

    if (what === 'branches' && req.method === 'PUT' && rest.endsWith('/protection')) {
      const protectedBranch = decodeURIComponent(rest.replace(/\/protection$/, ''));
      if (!(await repo.resolve(protectedBranch))) return json(404, { message: 'Branch not found', documentation_url: 'https://docs.github.com/rest' });
      const settings = await readBody(req);
      return json(200, { url: `${base}/repos/${fullName}/branches/${protectedBranch}/protection`, ...settings });
    }
    if (req.method !== 'GET') return notFound();
    if (!what) return json(200, repositoryJson(fullName, branch));
    if (what === 'contents') {
      const sha = await repo.resolve(url.searchParams.get('ref') ?? branch);
      const file = sha && (await repo.file(sha, decodeURIComponent(rest)));
      if (!sha || file === undefined) return notFound();
      return res.writeHead(200, { 'content-type': 'application/vnd.github.raw', etag: `"${sha}"` }).end(file);
    }
    if (what === 'commits') {
      const ref = decodeURIComponent(rest.replace(/\/status$/, ''));
      const sha = await repo.resolve(ref);
      if (!sha) return json(422, { message: `No commit found for SHA: ${ref}` });
      const { archive_url, trees_url } = repositoryJson(fullName, branch);
      return json(200, { state: 'success', sha, total_count: 0, statuses: [], repository: { full_name: fullName, archive_url, trees_url } });
    }
    const sha = await repo.resolve(rest);
    if (!sha) return notFound();
    res.writeHead(200, { 'content-type': 'application/x-gzip' });
    repo.tarball(sha, `${owner}-${name}-${sha.slice(0, 7)}`).pipe(res);
    return undefined;
  });
  const listening = await listenOnLoopback(server, options.port);
  base = listening.url;
  return listening;
}
