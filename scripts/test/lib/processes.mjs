// Helpers the process-level tests share (replicas, threats): servers on loopback, waiting, and
// the portal's backend started the way the production image starts it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(path.join(root, 'package.json'));
export const nodeTransform = require.resolve('@backstage/cli/config/nodeTransform.cjs');

export const sleep = ms => new Promise(r => setTimeout(r, ms));

/** A port of 127.0.0.1 nothing listens on now. */
export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  await new Promise(resolve => server.close(resolve));
  return port;
}

/** Listens on a free port of 127.0.0.1. */
export async function listen(handler) {
  const server = http.createServer(handler);
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.address().port, url: `http://127.0.0.1:${server.address().port}` };
}

/** Waits until `probe()` is true, checking every 250 ms; fails with `what` after `ms`. */
export async function eventually(probe, what, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

/**
 * Starts the backend in production mode (NODE_ENV=production), with `configs` in order, logging
 * to `<logDir>/<name>.log`: from source, in the repository root as the image starts it from /app
 * (the production config's relative paths resolve there), or with `bundle` from an unpacked
 * bundle (scripts/production/bundle.mjs) the way the image's CMD starts it. Resolves once
 * readiness answers 200, unless `wait` is false. `stop()` sends SIGTERM and waits for the exit.
 * With `instrumented`, OpenTelemetry is loaded first, as the image's CMD does
 * (packages/backend/src/instrumentation.js).
 */
export async function startBackend({ name, port, configs, env = {}, logDir, wait = true, timeoutMs = 240_000, instrumented = false, bundle }) {
  const logFile = path.join(logDir, `${name}.log`);
  const log = fs.openSync(logFile, 'w');
  const entry = bundle
    ? [...(instrumented ? ['--require', './instrumentation.js'] : []), 'packages/backend']
    : [...(instrumented ? ['--require', './packages/backend/src/instrumentation.js'] : []), '--require', nodeTransform, 'packages/backend/src/index.ts'];
  const child = spawn(process.execPath, [...entry, ...configs.flatMap(c => ['--config', c])], {
    cwd: bundle ?? root,
    stdio: ['ignore', log, log],
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
  });
  const exited = new Promise(resolve => child.on('exit', (code, signal) => resolve({ code, signal })));
  const backend = {
    name,
    port,
    child,
    exited,
    url: `http://127.0.0.1:${port}`,
    log: () => fs.readFileSync(logFile, 'utf8'),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return Promise.race([exited, sleep(30_000).then(() => child.kill('SIGKILL'))]);
    },
  };
  if (!wait) return backend;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await fetch(`${backend.url}/.backstage/health/v1/readiness`).then(
      r => r.ok,
      () => false,
    );
    if (ready) return backend;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`backend ${name} did not become ready:\n${backend.log().slice(-4000)}`);
    }
    await sleep(1000);
  }
}
