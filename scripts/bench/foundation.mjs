// Foundation benchmarks: the portal next to a stock Backstage app of the same release, both built
// and measured in this run on this machine. Writes its section of docs/benchmarks.md.
//   cold install   yarn install with an empty package cache
//   backend ready  spawn of the dev backend until /.backstage/health/v1/readiness answers 200
//   backend RSS    resident memory of the backend's process tree, 30 s after it is ready
//   entrypoint     bytes of the JS and CSS that the built frontend's index.html loads first
// Usage: ./portal bench   (about 15 minutes; needs the npm registry)
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { machine, writeSection } from './report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
const CREATE_APP_VERSION = '0.9.2';
const yarnRelease = path.join(root, '.yarn/releases/yarn-4.13.0.cjs');

const log = msg => process.stdout.write(`[bench] ${msg}\n`);
const sh = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28, ...opts });

/** A copy of the portal as a fresh clone would have it: the committed files only. */
function portalCopy() {
  const dir = path.join(work, 'portal');
  fs.mkdirSync(dir);
  const tar = path.join(work, 'portal.tar');
  sh('git', ['archive', '--format=tar', '-o', tar, 'HEAD'], { cwd: root });
  sh('tar', ['-xf', tar, '-C', dir]);
  return dir;
}

/** A stock create-app of the same release, with only the fixes this registry needs to install. */
function stockCopy() {
  const tools = path.join(work, 'create-app');
  sh('npm', ['install', '--prefix', tools, '--no-audit', '--no-fund', `@backstage/create-app@${CREATE_APP_VERSION}`]);
  const bin = path.join(work, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'yarn'), `#!/bin/sh\nexec node "${yarnRelease}" "$@"\n`, { mode: 0o755 });
  const dir = path.join(work, 'stock');
  sh(process.execPath, [path.join(tools, 'node_modules/@backstage/create-app/bin/backstage-create-app'), '--path', dir, '--skip-install'], {
    input: 'stock\n',
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
  });
  const pkgFile = path.join(dir, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  const ours = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).resolutions;
  // Only the pins without which it cannot install or start here: the registry's missing platform
  // packages, and better-sqlite3 13 (12.x fails to load on Node 24: "Module did not self-register").
  for (const name of ['@swc/core', 'rollup', 'unrs-resolver', '@yarnpkg/core', 'better-sqlite3']) {
    pkg.resolutions[name] = ours[name];
  }
  fs.writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  fs.appendFileSync(path.join(dir, '.yarnrc.yml'), '\ntsEnableAutoTypes: false\n');
  return dir;
}

function coldInstall(dir) {
  const cache = fs.mkdtempSync(path.join(work, 'yarn-cache-'));
  const started = Date.now();
  sh(process.execPath, [yarnRelease, 'install'], {
    cwd: dir,
    env: { ...process.env, YARN_CACHE_FOLDER: cache, YARN_GLOBAL_FOLDER: cache, YARN_ENABLE_GLOBAL_CACHE: 'false' },
  });
  return (Date.now() - started) / 1000;
}

function treeRssKb(pid) {
  let total = 0;
  const children = () => {
    try {
      return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      return [];
    }
  };
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
  for (const child of children()) total += treeRssKb(Number(child));
  return total;
}

async function backendStart(dir) {
  const started = Date.now();
  const child = spawn(process.execPath, [yarnRelease, 'workspace', 'backend', 'start'], {
    cwd: dir,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'development' },
  });
  let readySeconds;
  while (Date.now() - started < 300_000) {
    try {
      const res = await fetch('http://127.0.0.1:7007/.backstage/health/v1/readiness');
      if (res.status === 200) {
        readySeconds = (Date.now() - started) / 1000;
        break;
      }
    } catch {}
    await new Promise(r => setTimeout(r, 200));
  }
  await new Promise(r => setTimeout(r, 30_000));
  const rssMb = treeRssKb(child.pid) / 1024;
  process.kill(-child.pid, 'SIGTERM');
  await new Promise(r => setTimeout(r, 3_000));
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {}
  return { readySeconds, rssMb };
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
const ratio = (a, b) => (b ? (a / b).toFixed(2) : 'n/a');

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
  const table = [
    '| measure | stock create-app ' + CREATE_APP_VERSION + ' | portal | portal / stock |',
    '|---|---:|---:|---:|',
    ...rows.map(r => `| ${r.join(' | ')} |`),
  ].join('\n');
  const doc = fs
    .readFileSync(path.join(root, 'scripts/bench/foundation.template.md'), 'utf8')
    .replace('{{date}}', new Date().toISOString().slice(0, 10))
    .replace('{{machine}}', machine())
    .replace('{{table}}', table);
  writeSection('foundation', doc);
  console.log(table);
  log('wrote docs/benchmarks.md');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
