import { test, expect } from '@playwright/test';
import { signInAsGuest } from './signIn';

// The e2e run starts stand-ins of Argo CD and Datadog (packages/test-fakes). The guest is in the
// Platform Team, which owns the portal's own component, developer-portal.
test('the portal component shows three environments; its owner syncs staging; Datadog shows the monitors', async ({ page }) => {
  await signInAsGuest(page, '/catalog/default/component/developer-portal/argocd');
  // The Roadie Argo CD tab: the applications of all three environments.
  for (const env of ['dev', 'staging', 'prod']) {
    await expect(page.getByText(`developer-portal-${env}`).first()).toBeVisible();
  }

  await page.goto('/catalog/default/component/developer-portal');
  const table = page.getByRole('table', { name: 'Argo CD environments' });
  const staging = table.getByRole('row', { name: /staging developer-portal-staging/ });
  await expect(staging.getByText('OutOfSync')).toBeVisible();
  await staging.getByRole('button', { name: 'Sync developer-portal-staging' }).click();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('status').getByText('Sync of developer-portal-staging started')).toBeVisible();
  await expect(staging.getByText('Synced')).toBeVisible();
  await expect(page.getByText(/user:default\/guest · sync developer-portal-staging · succeeded/)).toBeVisible();

  // Production asks for the application's name before it syncs.
  const prod = table.getByRole('row', { name: /prod developer-portal-prod/ });
  await prod.getByRole('button', { name: 'Sync developer-portal-prod' }).click();
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeDisabled();
  await page.getByLabel('Type developer-portal-prod to confirm (production)').fill('developer-portal-prod');
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.goto('/catalog/default/component/developer-portal/datadog');
  const monitors = page.getByRole('table', { name: 'Monitors of developer-portal' });
  await expect(monitors.getByRole('row', { name: /Alert Portal error rate above 2%/ })).toBeVisible();
  await expect(monitors.getByRole('row', { name: /OK Portal p95 latency above 800 ms/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^APM/ })).toBeVisible();
});
