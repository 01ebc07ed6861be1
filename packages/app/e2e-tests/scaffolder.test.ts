import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { signInAsGuest } from './signIn';

// The e2e backend publishes golden-path repositories to .portal/e2e-repos (app-config.e2e.yaml).
const repos = path.resolve(__dirname, '../../../.portal/e2e-repos');

test('a service made through the wizard is a git repository and a catalog component with its tabs', async ({ page }) => {
  await signInAsGuest(page, '/create');
  const card = page.locator('.MuiCard-root').filter({ has: page.getByRole('heading', { name: 'Node.js / TypeScript API' }) });
  await card.getByRole('button', { name: 'Choose' }).click();

  // The service: a bad name is refused by the form before anything is created.
  await page.getByRole('textbox', { name: 'Name' }).fill('Bad_Name');
  await page.getByRole('textbox', { name: 'Description' }).fill('Orders placed by shops');
  await page.getByRole('textbox', { name: 'Owner' }).fill('payments');
  await page
    .getByRole('option', { name: /payments/i })
    .first()
    .click();
  await page.getByRole('textbox', { name: 'System' }).fill('payment');
  await page.getByRole('option', { name: 'Payment Gateway' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/'Name' must match pattern/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill('shop-orders');
  await page.getByRole('button', { name: 'Next' }).click();

  // Size: the estimate comes from the cost plugin's price table (2 small replicas).
  await expect(page.getByText(/\$\d[\d,.]* a month/)).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();

  // Where: a local repository, since GitHub is out of reach here.
  await page.getByRole('button', { name: /^Repository host/ }).click();
  await page.getByRole('option', { name: /A local git repository/ }).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  const open = page.getByRole('link', { name: 'Open in the catalog' });
  await expect(open).toBeVisible({ timeout: 90_000 });
  expect(execFileSync('git', ['ls-files'], { cwd: path.join(repos, 'shop-orders'), encoding: 'utf8' })).toContain('src/server.ts');

  await open.click();
  await expect(page.getByRole('heading', { name: 'shop-orders' })).toBeVisible();
  await expect(page.getByText('Orders placed by shops')).toBeVisible();
  // Every tab the golden path's annotations switch on.
  const tabs = page.getByRole('navigation', { name: 'Content navigation' }).getByRole('link');
  await expect(tabs).toHaveText(['Overview', 'TechDocs', 'APIs', 'ArgoCD', 'Cost', 'Datadog', 'DORA', 'Self-service']);
  await tabs.getByText('Cost', { exact: true }).click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/shop-orders\/cost$/);
});
