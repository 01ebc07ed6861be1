import { Browser, Page, expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { signInAs } from '../signIn';

// The production shape (playwright.production.config.ts): the built app from the backend, two
// replicas behind nginx, the production CSP. Bob Builder is in the Platform Team, which owns the
// portal's own component; Carol Chen in the Payments Team; Ivan a contractor; Alice an admin.

/**
 * What a person would notice went wrong on a page: console errors (a CSP violation is one) and
 * requests the portal answered with an error. Read with `problems()` after the page settled.
 */
function watch(page: Page) {
  const problems: string[] = [];
  // Before anyone signed in, the sign-in page asks whether a session exists; 401 means no.
  const sessionProbe = (url: string) => /\/api\/auth\/\w+\/refresh\?optional/.test(url);
  // TechDocs' reader asks for an entity's built docs first; 404 means "not built yet", and it
  // then builds them and shows them (the TechDocs journey checks they render).
  const docsProbe = (url: string) => /\/api\/techdocs\/(metadata\/techdocs|static\/docs)\/[^/]+\/[^/]+\/[^/]+(\/index\.html)?$/.test(url);
  const expected = (status: number, url: string) => (status === 401 && sessionProbe(url)) || (status === 404 && docsProbe(url));
  page.on('console', message => {
    const url = message.location().url;
    if (message.type() === 'error' && !sessionProbe(url) && !docsProbe(url)) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('response', response => {
    if (response.status() >= 400 && !expected(response.status(), response.url())) {
      problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  return { problems: () => [...problems] };
}

async function personPage(browser: Browser, name: string, route: string) {
  const page = await (await browser.newContext()).newPage();
  const watcher = watch(page);
  await signInAs(page, name, route);
  return { page, ...watcher };
}

test('every tab of a component renders from the production build, with no CSP violation and no failed request', async ({ browser }) => {
  const { page, problems } = await personPage(browser, 'Bob Builder', '/catalog/default/component/developer-portal');
  await expect(page.getByRole('heading', { name: 'Acme Developer Portal', level: 2 })).toBeVisible();
  const tabs = page.getByRole('navigation', { name: 'Content navigation' }).getByRole('link');
  // The tabs appear as their plugins load; Self-service is the last.
  await expect(tabs.last()).toHaveText('Self-service');
  const names = await tabs.allInnerTexts();
  expect(names).toEqual(['Overview', 'TechDocs', 'APIs', 'ArgoCD', 'Cost', 'Datadog', 'DORA', 'Self-service']);
  for (const name of names) {
    const tab = page.getByRole('navigation', { name: 'Content navigation' }).getByRole('link', { name, exact: true });
    await tab.click();
    await expect(page).toHaveURL(new URL((await tab.getAttribute('href'))!, page.url()).toString());
    // Each tab has loaded when nothing is in progress.
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
  }
  await page.goto('/');
  await page.getByTestId('user-picker-all').click();
  await expect(page.getByRole('link', { name: 'Payments API', exact: true })).toBeVisible();
  expect(problems()).toEqual([]);
});

test("the portal's own APIs are in its catalog, each with the spec its routes are generated from", async ({ browser }) => {
  const { page, problems } = await personPage(browser, 'Bob Builder', '/catalog/default/component/developer-portal/apis');
  for (const title of ['Portal DORA metrics API', 'Portal Cost API', 'Portal Self-service actions API', 'Portal AI assistant API']) {
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Portal DORA metrics API' }).click();
  await page.getByRole('link', { name: 'Definition' }).click();
  await expect(page.getByRole('tab', { name: 'OpenAPI', selected: true })).toBeVisible();
  // Read from the image: the spec ships with the backend plugin.
  await expect(page.getByText('The DORA tab of a component, system or group.')).toBeVisible();
  await expect(page.getByText('/webhooks/github', { exact: true })).toBeVisible();
  expect(problems()).toEqual([]);
});

test("the Datadog tab's dashboard embed is let through by the production CSP", async ({ browser }) => {
  const { page, problems } = await personPage(browser, 'Bob Builder', '/catalog/default/component/status-page/datadog');
  const dashboard = page.frameLocator('iframe[title="Datadog dashboard"]');
  await expect(dashboard.getByRole('heading', { name: 'Shared dashboard acme-status-page' })).toBeVisible();
  expect(problems().filter(p => /Content Security Policy|Refused to frame/i.test(p))).toEqual([]);
});

test('TechDocs built in the sandbox and search answer in production', async ({ browser }) => {
  const { page } = await personPage(browser, 'Carol Chen', '/docs/default/component/developer-portal');
  await expect(page.getByRole('heading', { name: 'Acme Developer Portal' }).first()).toBeVisible({ timeout: 120_000 });
  await page.goto('/search?query=payments');
  await expect(page.getByRole('link', { name: /Payments API/ }).first()).toBeVisible({ timeout: 60_000 });
});

test('the owner syncs an Argo CD application across replicas; another team and a contractor get no sync', async ({ browser }) => {
  const bob = await personPage(browser, 'Bob Builder', '/catalog/default/component/developer-portal');
  const table = bob.page.getByRole('table', { name: 'Argo CD environments' });
  const staging = table.getByRole('row', { name: /staging developer-portal-staging/ });
  await staging.getByRole('button', { name: 'Sync developer-portal-staging' }).click();
  await bob.page.getByRole('button', { name: 'Sync now' }).click();
  await expect(bob.page.getByRole('status').getByText('Sync of developer-portal-staging started')).toBeVisible();
  await expect(bob.page.getByText(/user:default\/bob\.builder · sync developer-portal-staging · succeeded/)).toBeVisible();

  for (const name of ['Carol Chen', 'Ivan Ivanov (contractor)']) {
    const other = await personPage(browser, name, '/catalog/default/component/developer-portal');
    const row = other.page.getByRole('table', { name: 'Argo CD environments' }).getByRole('row', { name: /staging developer-portal-staging/ });
    await expect(row).toBeVisible();
    await expect(row.getByRole('button', { name: /^Sync / })).toHaveCount(0);
  }
});

// The bare repositories the GitHub stand-in keeps for the repositories created through its API
// (scripts/production/shape.mjs).
const githubRepositories = path.resolve(__dirname, '../../../../.portal/production/github');

test('a team member runs a golden path to the end: a GitHub repository pushed, the component registered from it', async ({ browser }) => {
  const { page, problems } = await personPage(browser, 'Carol Chen', '/create');
  const card = page.locator('.MuiCard-root').filter({ has: page.getByRole('heading', { name: 'Node.js / TypeScript API' }) });
  await card.getByRole('button', { name: 'Choose' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('shop-orders');
  await page.getByRole('textbox', { name: 'Description' }).fill('Orders placed by shops');
  await page.getByRole('textbox', { name: 'Owner' }).fill('payments');
  await page
    .getByRole('option', { name: /payments/i })
    .first()
    .click();
  await page.getByRole('textbox', { name: 'System' }).fill('payment');
  await page.getByRole('option', { name: 'Payment Gateway' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/\$\d[\d,.]* a month/)).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  // GitHub is where a company's golden paths publish, and the default.
  await expect(page.getByRole('button', { name: /^Repository host/ })).toHaveText(/GitHub \(acme organisation\)/);
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  // The task runs on one replica while the page polls whichever answers.
  const open = page.getByRole('link', { name: 'Open in the catalog' });
  await expect(open).toBeVisible({ timeout: 120_000 });
  const pushed = (args: string[]) => execFileSync('git', args, { cwd: path.join(githubRepositories, 'acme/shop-orders.git'), encoding: 'utf8' });
  expect(pushed(['ls-tree', '-r', '--name-only', 'main']).split('\n')).toEqual(expect.arrayContaining(['catalog-info.yaml', 'src/server.ts']));

  // The catalog read catalog-info.yaml back from GitHub, by the URL the template registered. It
  // processes the new location in its own time: on a busy machine the page can say "Entity not
  // found" for a while, and the person reloads.
  const beforeOpening = problems();
  await open.click();
  await expect(page.getByRole('heading', { name: 'shop-orders' })).toBeVisible();
  await expect(async () => {
    if (!(await page.getByText('Orders placed by shops').isVisible())) await page.reload();
    await expect(page.getByText('Orders placed by shops')).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
  await expect(page.getByRole('link', { name: /View Source/i })).toHaveAttribute('href', 'https://github.com/acme/shop-orders/tree/main/');
  expect(beforeOpening).toEqual([]);
  // While it waited, the only refusals were the lookups of the component not yet processed.
  const waiting = problems().slice(beforeOpening.length);
  expect(waiting.filter(p => !/404 GET .*\/api\/catalog\/entities\/by-name\/component\/default\/shop-orders|status of 404/.test(p))).toEqual([]);
});

test('an admin sees the catalog health page with the claims to decide', async ({ browser }) => {
  const { page, problems } = await personPage(browser, 'Alice Admin', '/catalog-health');
  await expect(page.getByRole('heading', { name: /Catalog health/i }).first()).toBeVisible();
  expect(problems()).toEqual([]);
});

test('a team member saves and submits the maturity assessment across replicas; another team reads it only', async ({ browser }) => {
  const bob = await personPage(browser, 'Bob Builder', '/catalog/default/group/platform-team/maturity');
  const question = (text: string) => bob.page.getByRole('group', { name: text });
  await question('Do all components of the IDP use version control?').getByRole('radio', { name: 'Yes' }).check();
  await bob.page.getByRole('button', { name: 'Save' }).click();
  await expect(bob.page.getByText('Saved.')).toBeVisible();
  // The next requests may land on the other replica: what was saved is in PostgreSQL.
  await bob.page.reload();
  await expect(question('Do all components of the IDP use version control?').getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(bob.page.getByText(/user:default\/bob\.builder changed version-control\.q1 \(unanswered → yes\)/)).toBeVisible();
  await bob.page.getByRole('button', { name: 'Submit quarter' }).click();
  await expect(bob.page.getByText('This quarter is submitted and locked.')).toBeVisible();
  expect(bob.problems()).toEqual([]);

  const carol = await personPage(browser, 'Carol Chen', '/catalog/default/group/platform-team/maturity');
  await expect(carol.page.getByText('This quarter is submitted and locked.')).toBeVisible();
  await expect(carol.page.getByRole('radio', { name: 'Yes' }).first()).toBeDisabled();
});

test('an owner sets a budget below the spend and is alerted; another team gets no budget form', async ({ browser }) => {
  const bob = await personPage(browser, 'Bob Builder', '/catalog/default/component/golden-path-cli/cost');
  // The demo FOCUS export is imported within seconds of the start, and its costs are the
  // component's once the catalog and its claims know it: wait for the spend, not only the form.
  await expect(async () => {
    await bob.page.reload();
    await expect(bob.page.getByRole('button', { name: 'Set a budget' })).toBeVisible({ timeout: 3000 });
    await expect(bob.page.getByRole('group', { name: /^This month/ }).getByRole('paragraph')).not.toHaveText('$0.00', { timeout: 3000 });
  }).toPass({ timeout: 90_000 });
  await bob.page.getByRole('button', { name: 'Set a budget' }).click();
  await bob.page.getByLabel('Monthly budget (USD)').fill('1');
  await bob.page.getByRole('button', { name: 'Save budget' }).click();
  await expect(bob.page.getByText('Over budget')).toBeVisible();
  await bob.page.goto('/notifications');
  await expect(bob.page.getByText(/golden-path-cli reached 100% of its \d{4}-\d{2} budget/)).toBeVisible();
  expect(bob.problems()).toEqual([]);

  const carol = await personPage(browser, 'Carol Chen', '/catalog/default/component/golden-path-cli/cost');
  await expect(carol.page.getByRole('group', { name: 'Last month' })).toBeVisible();
  await expect(carol.page.getByRole('button', { name: 'Set a budget' })).toBeHidden();
});

test('the DORA page shows the organisation to everyone, without a refused request', async ({ browser }) => {
  const { page, problems } = await personPage(browser, 'Carol Chen', '/dora');
  await expect(page.getByText(/^Whole organisation \(\d+ components\)$/)).toBeVisible();
  await expect(page.getByText('Events no component claims')).toHaveCount(0);
  expect(problems()).toEqual([]);
});

test('the built app is served compressed, its hashed assets immutable, index.html never cached, with the security headers', async ({ request }) => {
  const index = await request.get('/catalog', { headers: { 'accept-encoding': 'gzip' } });
  expect(index.status()).toBe(200);
  const headers = index.headers();
  expect(headers['cache-control']).toBe('no-store, max-age=0');
  expect(headers['content-encoding']).toBe('gzip');
  expect(headers['content-security-policy']).toMatch(/frame-src 'self' http:\/\/127\.0\.0\.1:7302/);
  expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
  // The main bundle, by the name the page links it with (a content hash).
  const script = /<script[^>]+src="\/static\/(main\.[0-9a-f]+\.js)"/.exec(await index.text())?.[1];
  expect(script).toBeDefined();
  const asset = await request.get(`/static/${script}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()['content-encoding']).toBe('gzip');
  // Under its hashed name it never changes: a year, without revalidation.
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
