import { Browser, Page, expect, test } from '@playwright/test';
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
  page.on('console', message => {
    if (message.type() === 'error' && !sessionProbe(message.location().url)) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('response', response => {
    if (response.status() >= 400 && !(response.status() === 401 && sessionProbe(response.url()))) {
      problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  return { problems: () => [...problems] };
}

async function personPage(browser: Browser, name: string, path: string) {
  const page = await (await browser.newContext()).newPage();
  const watcher = watch(page);
  await signInAs(page, name, path);
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

test('an admin sees the catalog health page with the claims to decide', async ({ browser }) => {
  const { page, problems } = await personPage(browser, 'Alice Admin', '/catalog-health');
  await expect(page.getByRole('heading', { name: /Catalog health/i }).first()).toBeVisible();
  expect(problems()).toEqual([]);
});
