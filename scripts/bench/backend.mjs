// The development backend on 127.0.0.1 for a benchmark: the laptop's configuration with an overlay (its own
// port, an in-memory database, and what the benchmark adds), stopped when the benchmark exits.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const yarnRelease = path.join(root, '.yarn/releases/yarn-4.13.0.cjs');

/** Starts `args` with node in its own process group, ended when this process exits. */
export function startDetached(args, env = {}) {
  const child = spawn(process.execPath, args, { cwd: root, detached: true, stdio: 'ignore', env: { ...process.env, ...env } });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  process.on('exit', stop);
  return stop;
}

/** Resolves once `probe` answers true; throws after `timeoutMs`. */
export async function waitUntil(probe, what, timeoutMs = 300_000) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise(r => setTimeout(r, 500))) {
    try {
      if (await probe()) return;
    } catch {}
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

/**
 * Starts the backend on `port` and waits until it is ready and the guest can sign in. Returns
 * its URL, the guest's Authorization header, the scratch folder and `stop`.
 */
export async function startBenchBackend(name, port, extraYaml = () => '') {
  const baseUrl = `http://127.0.0.1:${port}`;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `portal-bench-${name}-`));
  const overlay = path.join(scratch, 'app-config.bench.yaml');
  fs.writeFileSync(
    overlay,
    `backend:
  baseUrl: ${baseUrl}
  listen: { port: ${port} }
  database: { client: better-sqlite3, connection: ':memory:' }
${extraYaml(scratch)}`,
  );
  const stop = startDetached(
    [yarnRelease, 'workspace', 'backend', 'start', '--config', '../../app-config.yaml', '--config', '../../app-config.development.yaml', '--config', overlay],
    {
      NODE_ENV: 'development',
    },
  );
  await waitUntil(async () => (await fetch(`${baseUrl}/.backstage/health/v1/readiness`)).ok, 'the backend');
  const guest = await (await fetch(`${baseUrl}/api/auth/guest/refresh`, { headers: { 'X-Requested-With': 'XMLHttpRequest' } })).json();
  return { baseUrl, auth: { Authorization: `Bearer ${guest.backstageIdentity.token}` }, scratch, stop };
}
