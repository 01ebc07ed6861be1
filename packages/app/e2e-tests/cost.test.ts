import { test, expect } from '@playwright/test';
import { signInAsGuest } from './signIn';

// The e2e backend reads the demo FOCUS export (scripts/demo/cost-focus.mjs). The guest is in the
// Platform Team, which owns golden-path-cli.
test('a component shows its costs, and a budget below its spend raises an alert for the owners', async ({ page }) => {
  await signInAsGuest(page, '/catalog/default/component/payments-api/cost');
  const month = page.getByRole('group', { name: /^This month \(\d{4}-\d{2}\) so far$/ });
  // The catalog, the map from tags to components and the first import catch up within seconds.
  await expect(async () => {
    await page.reload();
    await expect(month.getByText(/^\$[1-9][\d,]*(\.\d\d)?$/)).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 90_000 });
  await expect(page.getByRole('group', { name: 'Last month' }).getByText(/^\$[1-9]/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'End-of-month forecast' }).getByText(/vs last month/)).toBeVisible();
  await expect(page.getByText(/focus:focus\.csv: refreshed/)).toBeVisible();
  // Not the guest's team: no budget form.
  await expect(page.getByRole('button', { name: 'Set a budget' })).toBeHidden();

  await page.goto('/catalog/default/component/golden-path-cli/cost');
  await page.getByRole('button', { name: 'Set a budget' }).click();
  await page.getByLabel('Monthly budget (USD)').fill('1');
  await page.getByRole('button', { name: 'Save budget' }).click();
  await expect(page.getByText('Over budget')).toBeVisible();
  await expect(page.getByText(/Spent 80% of the budget. Spent 100% of the budget. The owners have been notified./)).toBeVisible();

  await page.goto('/notifications');
  await expect(page.getByText(/golden-path-cli reached 100% of its \d{4}-\d{2} budget/)).toBeVisible();
});
