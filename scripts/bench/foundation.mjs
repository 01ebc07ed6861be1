// Foundation benchmarks: the portal next to a stock Backstage app of the same release, both built
// and measured in this run on this machine. Writes its section of docs/benchmarks.md.
//   cold install   yarn install with an empty package cache
//   backend ready  spawn of the dev backend until /.backstage/health/v1/readiness answers 200
//   backend RSS    resident memory of the backend's process tree, 30 s after it is ready
//   entrypoint     bytes of the JS and CSS that the built frontend's index.html loads first
// Usage: ./portal bench   (about 15 minutes; needs the npm registry)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { log, portalCopy, ratio, sh, startAppBackend, stockCopy, work, writeStockComparison, yarnRelease } from './apps.mjs';

function coldInstall(dir) {
  const cache = fs.mkdtempSync(path.join(work, 'yarn-cache-'));
  const started = Date.now();
  sh(process.execPath, [yarnRelease, 'install'], {
    cwd: dir,
    env: { ...process.env, YARN_CACHE_FOLDER: cache, YARN_GLOBAL_FOLDER: cache, YARN_ENABLE_GLOBAL_CACHE: 'false' },
  });
  return (Date.now() - started) / 1000;
}

async function backendStart(dir) {
  const backend = await startAppBackend(dir);
  await new Promise(r => setTimeout(r, 30_000));
  const rssMb = backend.rssMb();
  await backend.stop();
  return { readySeconds: backend.readySeconds, rssMb };
}

function entrypointBytes(dir) {
  sh(process.execPath, [yarnRelease, 'workspace', 'app', 'build'], { cwd: dir });
  const dist = path.join(dir, 'packages/app/dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map(m => m[1]);
  let raw = 0;
  let gzip = 0;
  for (const asset of assets) {
    const body = fs.readFileSync(path.join(dist, asset));
    raw += body.length;
    gzip += zlib.gzipSync(body).length;
  }
  return { files: assets.length, raw, gzip };
}

async function measure(name, dir) {
  log(`${name}: cold install`);
  const installSeconds = coldInstall(dir);
  log(`${name}: backend start`);
  const backend = await backendStart(dir);
  log(`${name}: frontend build`);
  const entry = entrypointBytes(dir);
  return { name, installSeconds, ...backend, entry };
}

const kb = n => `${(n / 1024).toFixed(0)} KiB`;

try {
  log(`working in ${work}`);
  const stock = await measure('stock create-app', stockCopy());
  const portal = await measure('portal', portalCopy());
  const rows = [
    ['Cold install (empty cache), s', stock.installSeconds.toFixed(0), portal.installSeconds.toFixed(0), ratio(portal.installSeconds, stock.installSeconds)],
    ['Backend ready, s', stock.readySeconds?.toFixed(1), portal.readySeconds?.toFixed(1), ratio(portal.readySeconds, stock.readySeconds)],
    ['Backend resident memory, MiB', stock.rssMb.toFixed(0), portal.rssMb.toFixed(0), ratio(portal.rssMb, stock.rssMb)],
    ['Frontend initial entrypoint (raw)', kb(stock.entry.raw), kb(portal.entry.raw), ratio(portal.entry.raw, stock.entry.raw)],
    ['Frontend initial entrypoint (gzip)', kb(stock.entry.gzip), kb(portal.entry.gzip), ratio(portal.entry.gzip, stock.entry.gzip)],
  ];
  writeStockComparison('foundation', rows);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
