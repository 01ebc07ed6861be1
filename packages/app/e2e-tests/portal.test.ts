import { test, expect } from '@playwright/test';
import { signInAs, signInAsGuest } from './signIn';

test('the sign-in page offers guest, GitHub and single sign-on in development', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Enter as a Guest User.')).toBeVisible();
  await expect(page.getByText('Sign in with your GitHub account')).toBeVisible();
  await expect(page.getByText('Sign in with single sign-on (OIDC)')).toBeVisible();
});

test('the catalog lists the demo components in a paginated table', async ({ page }) => {
  await signInAsGuest(page);
  await page.getByTestId('user-picker-all').click();
  // 13 components, less fraud-detector: confidential, and the guest is not in its owning team.
  await expect(page.getByText(/All Components \(12\)/)).toBeVisible();
  for (const name of ['Payments API', 'Checkout Web', 'Ledger Service', 'Legacy Orders']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: /next/i })).toBeVisible();
});

test('an entity page shows its overview and relations graph, confidential neighbours to their team only', async ({ page, browser }) => {
  await signInAsGuest(page, '/catalog/default/component/payments-api');
  await expect(page.getByRole('heading', { name: 'Payments API', level: 2 })).toBeVisible();
  await expect(page.getByText('Authorises, captures and refunds card payments.')).toBeVisible();
  const graph = page.locator('svg#dependency-graph');
  await expect(graph).toBeVisible();
  for (const node of ['Payments database', 'Ledger Service', 'Payments Team']) {
    await expect(graph.getByText(node, { exact: true })).toBeVisible();
  }
  // The Fraud Scoring API is confidential: the guest (Platform Team) does not see it, Carol (Payments Team) does.
  await expect(graph.getByText('Fraud Scoring API', { exact: true })).toHaveCount(0);
  const carol = await (await browser.newContext()).newPage();
  await signInAs(carol, 'Carol Chen', '/catalog/default/component/payments-api');
  await expect(carol.locator('svg#dependency-graph').getByText('Fraud Scoring API', { exact: true })).toBeVisible();
});

test('an API page renders its OpenAPI definition', async ({ page }) => {
  await signInAsGuest(page, '/catalog/default/api/payments-api');
  await page.getByRole('link', { name: 'Definition' }).click();
  await expect(page.getByRole('tab', { name: 'OpenAPI', selected: true })).toBeVisible();
  await expect(page.getByText('Authorise a payment')).toBeVisible();
  await expect(page.getByText('/payments/{paymentId}/refunds')).toBeVisible();
});

test("the portal's own docs render as TechDocs", async ({ page }) => {
  await signInAsGuest(page, '/docs/default/component/developer-portal');
  // The first view builds the site with MkDocs.
  await expect(page.getByRole('heading', { name: 'Acme Developer Portal', level: 1 })).toBeVisible({
    timeout: 90_000,
  });
  await page.getByRole('link', { name: 'Permissions' }).first().click();
  await expect(page.getByText('Writes are denied by default.')).toBeVisible();
});

test('search finds a component and a docs page', async ({ page }) => {
  await signInAsGuest(page, '/docs/default/component/developer-portal');
  // Docs are indexed after they are built; index runs every few seconds in the e2e config.
  await expect(page.getByRole('heading', { name: 'Acme Developer Portal', level: 1 })).toBeVisible({
    timeout: 90_000,
  });

  await page.goto('/search?query=ledger');
  await expect(page.getByRole('link', { name: 'Ledger Service' }).first()).toBeVisible();

  const docsResult = page.locator('a[href*="/docs/default/component/developer-portal/permissions"]');
  await expect(async () => {
    await page.goto('/search?query=contractors');
    await expect(docsResult.first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 90_000 });
});

test("catalog health shows the malformed file's error while the rest loads", async ({ page }) => {
  await signInAsGuest(page);
  await page.getByRole('link', { name: 'Catalog health' }).click();
  await expect(page.getByText('1 entity could not be processed.', { exact: false })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'component:default/orphaned-worker', exact: true })).toBeVisible();
  await expect(page.getByText(/must have required property 'owner'/)).toBeVisible();
  await expect(page.getByText(/demo\/catalog\/broken\/catalog-info\.yaml/)).toBeVisible();
});

test('the backend refuses requests without credentials', async ({ request }) => {
  const response = await request.get('http://localhost:7007/api/catalog/entities');
  expect(response.status()).toBe(401);
});
