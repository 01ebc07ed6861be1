import fs from 'node:fs';
import path from 'node:path';

/** What MkDocs is given instead of the backend's environment: nothing secret. */
export const BUILD_ENVIRONMENT: Record<string, string> = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: '/tmp',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  PYTHONDONTWRITEBYTECODE: '1',
};

/** Inside the sandbox, the site is read from here and the pages written there. */
export const SANDBOX_INPUT = '/build/site';
export const SANDBOX_OUTPUT = '/build/output';

/** The top-level folders a Debian system keeps programs and libraries in, as links or folders. */
const SYSTEM_FOLDERS = ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];

/**
 * bubblewrap's arguments for running `command` over the site in `inputDir`, writing `outputDir`:
 * new user, PID, network, IPC, UTS and cgroup namespaces (no network at all, /proc shows only
 * the build), only /usr and the system folders read-only, a private /tmp, and nothing of the
 * backend: not its files, its environment, its service account token or the cloud's metadata
 * address.
 */
export function bubblewrapArgs(options: { inputDir: string; outputDir: string; command: string[] }): string[] {
  const args = ['--unshare-all', '--die-with-parent', '--new-session', '--clearenv'];
  for (const [name, value] of Object.entries(BUILD_ENVIRONMENT)) args.push('--setenv', name, value);
  args.push('--ro-bind', '/usr', '/usr');
  for (const folder of SYSTEM_FOLDERS) {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(folder);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) args.push('--symlink', fs.readlinkSync(folder), folder);
    else if (stat.isDirectory()) args.push('--ro-bind', folder, folder);
  }
  // The dynamic linker's cache and the MIME types Python's mimetypes reads; nothing else of /etc.
  for (const file of ['/etc/ld.so.cache', '/etc/mime.types']) args.push('--ro-bind-try', file, file);
  // MkDocs installed outside /usr (a virtualenv, say): its prefix, read-only.
  const prefix = path.dirname(path.dirname(options.command[0]));
  if (path.isAbsolute(options.command[0]) && !prefix.startsWith('/usr')) args.push('--ro-bind', prefix, prefix);
  args.push('--proc', '/proc', '--dev', '/dev', '--tmpfs', '/tmp');
  args.push('--ro-bind', options.inputDir, SANDBOX_INPUT, '--bind', options.outputDir, SANDBOX_OUTPUT, '--chdir', SANDBOX_INPUT);
  return [...args, '--', ...options.command];
}

/** bubblewrap's own complaints (it prefixes them "bwrap:"), which mean the sandbox could not start. */
export const isSandboxFailure = (stderr: string) => /^bwrap: /m.test(stderr);

/** Finds an executable on PATH the way a shell would; undefined when there is none. */
export function which(command: string, searchPath = process.env.PATH ?? ''): string | undefined {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return fs.realpathSync(candidate);
    } catch {
      // not here
    }
  }
  return undefined;
}
