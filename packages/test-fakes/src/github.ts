import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { listenOnLoopback } from './server';

/** A repository of the fake: its default branch, its files (path -> content) and symbolic links (path -> target). */
export interface FakeRepository {
  defaultBranch?: string;
  files: Record<string, string>;
  symlinks?: Record<string, string>;
}

/** Repositories by full name (`owner/name`), or a JSON file of them read on every request. */
export type FakeRepositories = Record<string, FakeRepository> | string;

const shaOf = (repo: FakeRepository) => createHash('sha1').update(JSON.stringify([repo.files, repo.symlinks])).digest('hex');

/**
 * A fake of the parts of GitHub's REST API that Backstage's GitHub URL reader uses, on 127.0.0.1:
 * repository (`GET /repos/{owner}/{repo}`), file contents (`GET .../contents/{path}?ref=` with the
 * raw media type), combined commit status (`GET .../commits/{ref}/status`, which gives the commit
 * and the repository's archive URL) and the tarball of a commit (`GET .../tarball/{sha}`, one
 * top-level folder and symbolic links as GitHub's archives have). Point an integration's `apiBaseUrl` at it.
 */
export async function startFakeGitHub(options: { repositories: FakeRepositories; port?: number }) {
  const load = (): Record<string, FakeRepository> =>
    typeof options.repositories === 'string' ? JSON.parse(fs.readFileSync(options.repositories, 'utf8')) : options.repositories;
  let base = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const notFound = () => json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    const m = /^\/repos\/([^/]+)\/([^/]+)(?:\/(contents|commits|tarball)\/(.*))?$/.exec(url.pathname);
    if (req.method !== 'GET' || !m) return notFound();
    const [, owner, name, what, rest] = m;
    const fullName = `${owner}/${name}`;
    const repo = load()[fullName];
    if (!repo) return notFound();
    const branch = repo.defaultBranch ?? 'main';
    const sha = shaOf(repo);
    const known = (ref: string | null) => ref === branch || ref === sha;
    if (!what) return json(200, { full_name: fullName, default_branch: branch, archive_url: `${base}/repos/${fullName}/{archive_format}{/ref}` });
    if (what === 'contents') {
      const file = repo.files[decodeURIComponent(rest)];
      if (!known(url.searchParams.get('ref')) || file === undefined) return notFound();
      return res.writeHead(200, { 'content-type': 'application/vnd.github.raw', etag: `"${sha}"` }).end(file);
    }
    if (what === 'commits') {
      const ref = decodeURIComponent(rest.replace(/\/status$/, ''));
      if (!known(ref)) return json(422, { message: `No commit found for SHA: ${ref}` });
      return json(200, {
        state: 'success',
        sha,
        total_count: 0,
        statuses: [],
        repository: {
          full_name: fullName,
          archive_url: `${base}/repos/${fullName}/{archive_format}{/ref}`,
          trees_url: `${base}/repos/${fullName}/git/trees{/sha}`,
        },
      });
    }
    if (!known(rest)) return notFound();
    const pack = tar.pack();
    const top = `${owner}-${name}-${sha.slice(0, 7)}`;
    for (const [file, content] of Object.entries(repo.files)) pack.entry({ name: `${top}/${file}` }, content);
    for (const [link, target] of Object.entries(repo.symlinks ?? {})) pack.entry({ name: `${top}/${link}`, type: 'symlink', linkname: target });
    pack.finalize();
    res.writeHead(200, { 'content-type': 'application/x-gzip' });
    pack.pipe(createGzip()).pipe(res);
    return undefined;
  });
  const listening = await listenOnLoopback(server, options.port);
  base = listening.url;
  return listening;
}
