// What the benchmarks that compare the portal with a stock Backstage app share: a copy of each
// as a fresh clone or a fresh create-app has it, a shell helper, and the resident memory of a
// process tree.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, writeSection } from './report.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
export const CREATE_APP_VERSION = '0.9.2';
export const yarnRelease = path.join(root, '.yarn/releases/yarn-4.13.0.cjs');

export const log = msg => process.stdout.write(`[bench] ${msg}\n`);
export const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28, ...opts });

/** A copy of the portal as a fresh clone would have it: the committed files only. */
export function portalCopy() {
  const dir = path.join(work, 'portal');
  fs.mkdirSync(dir);
  const tar = path.join(work, 'portal.tar');
  sh('git', ['archive', '--format=tar', '-o', tar, 'HEAD'], { cwd: root });
  sh('tar', ['-xf', tar, '-C', dir]);
  return dir;
}

/** A stock create-app of the same release, with only the fixes this registry needs to install. */
export function stockCopy() {
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
  // The same release as the portal: every Backstage package at the version the portal installed.
  // The stock app has no lockfile, and its ranges alone resolve to whatever is newest today, which
  // need not start together (a newer signals backend than backend-defaults, say).
  const scope = path.join(root, 'node_modules/@backstage');
  for (const name of fs.readdirSync(scope)) {
    const manifest = path.join(scope, name, 'package.json');
    if (fs.existsSync(manifest)) pkg.resolutions[`@backstage/${name}`] = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
  }
  fs.writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  fs.appendFileSync(path.join(dir, '.yarnrc.yml'), '\ntsEnableAutoTypes: false\n');
  return dir;
}

/** Resident memory of a process and its descendants, in KiB. */
export function treeRssKb(pid) {
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

/**
 * Starts an app's backend (`yarn workspace backend start`, development mode, the app's own
 * app-config.yaml unless `args` names config files) on :7007 and waits for readiness; `stop()` ends its whole process group.
 */
export async function startAppBackend(dir, env = {}, args = []) {
  const started = Date.now();
  const child = spawn(process.execPath, [yarnRelease, 'workspace', 'backend', 'start', ...args], {
    cwd: dir,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'development', ...env },
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
  return {
    child,
    readySeconds,
    rssMb: () => treeRssKb(child.pid) / 1024,
    async stop() {
      process.kill(-child.pid, 'SIGTERM');
      await new Promise(r => setTimeout(r, 3_000));
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    },
  };
}

/** portal / stock, to two places. */
export const ratio = (a, b) => (b ? (a / b).toFixed(2) : 'n/a');

/**
 * Writes the section `name` of docs/benchmarks.md from scripts/bench/<name>.template.md, with a
 * table of `rows` ([measure, stock, portal, ratio]) next to the stock app.
 */
export function writeStockComparison(name, rows) {
  const table = [
    `| measure | stock create-app ${CREATE_APP_VERSION} | portal | portal / stock |`,
    '|---|---:|---:|---:|',
    ...rows.map(r => `| ${r.join(' | ')} |`),
  ].join('\n');
  const doc = fs
    .readFileSync(path.join(root, `scripts/bench/${name}.template.md`), 'utf8')
    .replace('{{date}}', new Date().toISOString().slice(0, 10))
    .replace('{{machine}}', machine())
    .replace('{{table}}', table);
  writeSection(name, doc);
  console.log(table);
  log('wrote docs/benchmarks.md');
}
