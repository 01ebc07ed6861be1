// The built frontend as a browser meets it, served by its backend: the portal next to a stock
// create-app of the same release, both built for production and measured in this run, on this
// machine, with Chromium. Writes its section of docs/benchmarks.md.
//   first entity page   navigation start to the entity's heading rendered (performance.now()),
//                       median of 10, with an empty browser cache and with a warm one
//   first catalog page  bytes transferred (headers and bodies, as sent) with an empty cache
//   backend memory      resident memory of the backend's process tree after those visits
// Usage: ./portal bench served   (about 10 minutes; needs the npm registry for the stock app)
import { chromium } from '@playwright/test';
// The browser tests' Chromium and flags (Node strips the file's types).
import { chromiumLaunchOptions } from '../../packages/app/e2e-tests/lanes.ts';
import crypto from 'node:crypto';
import path from 'node:path';
import { log, ratio, root, sh, startAppBackend, stockCopy, work, writeStockComparison, yarnRelease } from './apps.mjs';
import fs from 'node:fs';

const RUNS = 10;
// Both apps are opened on the origin their backend.baseUrl names, so the page and its API calls
// are one origin as in production.
const ORIGIN = 'http://localhost:7007';
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Signs in as the guest once; later contexts start signed in, with an empty HTTP cache. */
async function guestState(browser) {
  const context = await browser.newContext({ baseURL: ORIGIN });
  const page = await context.newPage();
  // Both apps have the catalog at the root of the site.
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  try {
    await page.getByRole('table').first().waitFor({ timeout: 60_000 });
  } catch (error) {
    await page.screenshot({ path: path.join(work, 'sign-in.png') });
    throw error;
  }
  const state = await context.storageState();
  await context.close();
  return state;
}

/** Milliseconds from navigation start until the entity page shows its heading. */
async function entityPageMs(page, entityPath, heading) {
  await page.goto(entityPath, { waitUntil: 'commit' });
  await page.getByRole('heading', { name: heading, exact: true }).first().waitFor({ timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

async function measureApp(name, { dir, env, args, entityPath, heading }) {
  log(`${name}: backend start`);
  const backend = await startAppBackend(dir, { APP_CONFIG_app_baseUrl: ORIGIN, ...env }, args);
  if (!backend.readySeconds) throw new Error(`${name}: the backend did not become ready`);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const storageState = await guestState(browser);
    log(`${name}: first catalog page, empty cache`);
    const context = await browser.newContext({ baseURL: ORIGIN, storageState });
    const page = await context.newPage();
    const sizes = [];
    page.on('requestfinished', request => sizes.push(request.sizes().then(s => s.responseHeadersSize + s.responseBodySize)));
    await page.goto('/');
    await page.getByRole('table').first().getByRole('row').nth(1).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const catalogBytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    await context.close();

    log(`${name}: entity page x${RUNS}, empty cache`);
    const cold = [];
    for (let i = 0; i < RUNS; i++) {
      const fresh = await browser.newContext({ baseURL: ORIGIN, storageState });
      cold.push(await entityPageMs(await fresh.newPage(), entityPath, heading));
      await fresh.close();
    }
    log(`${name}: entity page x${RUNS}, warm cache`);
    const warmContext = await browser.newContext({ baseURL: ORIGIN, storageState });
    const warmPage = await warmContext.newPage();
    await entityPageMs(warmPage, entityPath, heading);
    const warm = [];
    for (let i = 0; i < RUNS; i++) warm.push(await entityPageMs(warmPage, entityPath, heading));
    await warmContext.close();
    return { coldMs: median(cold), warmMs: median(warm), catalogBytes, rssMb: backend.rssMb() };
  } finally {
    await browser.close();
    await backend.stop();
  }
}

const secret = () => crypto.randomBytes(24).toString('hex');

try {
  log(`working in ${work}`);
  const stockDir = stockCopy();
  log('stock create-app: install and production build of the frontend');
  sh(process.execPath, [yarnRelease, 'install'], { cwd: stockDir });
  sh(process.execPath, [yarnRelease, 'workspace', 'app', 'build'], { cwd: stockDir });
  const stock = await measureApp('stock create-app', { dir: stockDir, entityPath: '/catalog/default/component/example-website', heading: 'example-website' });

  log('portal: production build of the frontend');
  sh(process.execPath, [yarnRelease, 'workspace', 'app', 'build'], { cwd: root });
  const names = [
    'GITHUB_TOKEN',
    'DORA_GITHUB_WEBHOOK_SECRET',
    'DORA_ARGOCD_TOKEN',
    'DORA_INCIDENT_WEBHOOK_SECRET',
    'DORA_PAGERDUTY_WEBHOOK_SECRET',
    'ARGOCD_TOKEN',
    'DATADOG_API_KEY',
    'DATADOG_APP_KEY',
    'N8N_WEBHOOK_TOKEN',
    'N8N_CALLBACK_SECRET',
  ];
  const portal = await measureApp('portal', {
    dir: root,
    env: Object.fromEntries(names.map(n => [n, secret()])),
    args: ['--config', path.join(root, 'app-config.yaml'), '--config', path.join(root, 'app-config.development.yaml')],
    entityPath: '/catalog/default/component/developer-portal',
    heading: 'Acme Developer Portal',
  });

  const kib = n => `${(n / 1024).toFixed(0)} KiB`;
  const rows = [
    ['First entity page, empty cache (median of 10), ms', stock.coldMs.toFixed(0), portal.coldMs.toFixed(0), ratio(portal.coldMs, stock.coldMs)],
    ['First entity page, warm cache (median of 10), ms', stock.warmMs.toFixed(0), portal.warmMs.toFixed(0), ratio(portal.warmMs, stock.warmMs)],
    ['First catalog page, bytes transferred, empty cache', kib(stock.catalogBytes), kib(portal.catalogBytes), ratio(portal.catalogBytes, stock.catalogBytes)],
    ['Backend resident memory after the visits, MiB', stock.rssMb.toFixed(0), portal.rssMb.toFixed(0), ratio(portal.rssMb, stock.rssMb)],
  ];
  writeStockComparison('served', rows);
  fs.rmSync(work, { recursive: true, force: true });
} catch (error) {
  log(`failed; ${work} is kept to look into`);
  throw error;
}
