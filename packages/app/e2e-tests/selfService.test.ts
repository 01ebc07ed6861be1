import { test, expect } from '@playwright/test';
import { signInAs } from './signIn';

// Both lanes start n8n with the portal's example workflows (127.0.0.1:5678, or E2E_N8N_URL), and
// single sign-on through the OpenID Provider. Carol and Dave are in the Payments Team, which owns
// payments-api; production access lasts 20 seconds here (e2e-tests/fixtures/actions.yaml).
test('production access: requested by Carol, approved by Dave, granted by n8n, then expired', async ({ browser }) => {
  // n8n registers the published workflows' webhooks shortly after it answers.
  await expect(async () => {
    const res = await fetch(`${process.env.E2E_N8N_URL ?? 'http://127.0.0.1:5678'}/webhook/portal/production-access`);
    expect(await res.text()).toContain('not registered for GET');
  }).toPass({ timeout: 60_000 });

  const carol = await (await browser.newContext()).newPage();
  await signInAs(carol, 'Carol Chen', '/catalog/default/component/payments-api/self-service');
  await carol.getByRole('button', { name: 'Run Request production access' }).click();
  const form = carol.getByRole('dialog');
  await form.getByRole('textbox', { name: /Reason/ }).fill('too short');
  await form.getByRole('button', { name: 'Submit' }).click();
  await expect(form.getByText('must NOT have fewer than 10 characters')).toBeVisible();
  await form.getByRole('textbox', { name: /Reason/ }).fill('INC-4711: checkout errors, need the payment logs');
  await form.getByRole('button', { name: 'Submit' }).click();
  await expect(carol.getByText('Request production access is waiting for approval.')).toBeVisible();
  // The newest run is the table's first row.
  const run = carol.getByRole('table').filter({ hasText: 'Request production access' }).locator('tbody tr').first();
  await expect(run.getByText('Waiting for approval')).toBeVisible();

  const dave = await (await browser.newContext()).newPage();
  await signInAs(dave, 'Dave Diaz', '/self-service/approvals');
  await dave.getByRole('textbox', { name: 'Comment on Request production access for user:default/carol.payments' }).fill('ok for INC-4711');
  await dave.getByRole('button', { name: 'Approve Request production access for user:default/carol.payments' }).click();
  await expect(dave.getByText('Request production access for component:default/payments-api: approved.')).toBeVisible();

  // n8n runs the workflow and reports back; the tab follows the run by itself.
  await expect(run.getByText('Granted')).toBeVisible({ timeout: 60_000 });
  await expect(run.getByText(/^Until /)).toBeVisible();
  // Twenty seconds later the revoke workflow runs and the grant is over.
  await expect(run.getByText('Expired')).toBeVisible({ timeout: 90_000 });
});
