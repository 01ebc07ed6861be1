import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';

const git = promisify(execFile);

/**
 * The fake GitHub's repositories that were created through its API: bare git repositories under
 * `root` (`owner/name.git`), pushed to and fetched from by git's smart HTTP protocol, which git
 * itself serves (`git http-backend`), so a push is checked by the same code as on a real server.
 */
export class BareRepositories {
  constructor(private readonly root: string) {}

  private dir(fullName: string) {
    return path.join(this.root, `${fullName}.git`);
  }

  async create(fullName: string, defaultBranch: string) {
    fs.mkdirSync(path.dirname(this.dir(fullName)), { recursive: true });
    await git('git', ['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, this.dir(fullName)]);
  }

  /** The commit a branch or commit id names, or undefined (no such ref, or nothing pushed yet). */
  async resolve(fullName: string, ref: string): Promise<string | undefined> {
    try {
      const { stdout } = await git('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: this.dir(fullName) });
      return stdout.trim();
    } catch {
      return undefined;
    }
  }

  /** A file's bytes at a commit, or undefined. */
  async file(fullName: string, sha: string, file: string): Promise<Buffer | undefined> {
    try {
      const { stdout } = await git('git', ['cat-file', 'blob', `${sha}:${file}`], { cwd: this.dir(fullName), encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
      return stdout;
    } catch {
      return undefined;
    }
  }

  /** A gzipped tarball of a commit, everything under one top-level folder as GitHub's archives. */
  tarball(fullName: string, sha: string, top: string): Readable {
    return spawn('git', ['archive', '--format=tar.gz', `--prefix=${top}/`, sha], { cwd: this.dir(fullName), stdio: ['ignore', 'pipe', 'ignore'] }).stdout;
  }

  /**
   * Answers a smart HTTP request (`info/refs`, `git-upload-pack`, `git-receive-pack`) for a
   * repository through `git http-backend`; `user` is who authenticated, which lets git accept pushes.
   */
  serve(req: http.IncomingMessage, res: http.ServerResponse, fullName: string, rest: string, query: string, user: string) {
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: this.root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: `/${fullName}.git${rest}`,
        REQUEST_METHOD: req.method,
        QUERY_STRING: query,
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-length'] && { CONTENT_LENGTH: req.headers['content-length'] }),
        ...(req.headers['content-encoding'] && { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] }),
        ...(req.headers['git-protocol'] && { GIT_PROTOCOL: String(req.headers['git-protocol']) }),
        REMOTE_USER: user,
        REMOTE_ADDR: '127.0.0.1',
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    req.pipe(cgi.stdin);
    cgi.on('error', () => res.headersSent || res.writeHead(500).end());
    // A CGI answer: header lines, an empty line, then the body.
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      cgi.stdout.off('data', onData);
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        const [name, value] = [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
        if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
      cgi.stdout.pipe(res);
    };
    cgi.stdout.on('data', onData);
    cgi.stdout.on('end', () => res.headersSent || res.writeHead(502).end());
  }
}
