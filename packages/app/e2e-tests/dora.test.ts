import { test, expect, APIRequestContext } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { E2E_SECRETS } from './secrets';
import { signInAsGuest } from './signIn';

const HOUR = 60 * 60 * 1000;
const repo = 'acme/payments-api';
const repository = { full_name: repo, default_branch: 'main', html_url: `https://github.com/${repo}` };

async function postGitHub(request: APIRequestContext, event: string, id: string, payload: object) {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac('sha256', E2E_SECRETS.DORA_GITHUB_WEBHOOK_SECRET).update(body).digest('hex')}`;
  const response = await request.post('http://127.0.0.1:7007/api/dora/webhooks/github', {
    headers: { 'Content-Type': 'application/json', 'X-GitHub-Event': event, 'X-GitHub-Delivery': id, 'X-Hub-Signature-256': signature },
    data: body,
  });
  expect(response.status()).toBe(202);
}

test('signed GitHub events show up as DORA tiles and deployments on the component', async ({ page, request }) => {
  const now = Date.now();
  const iso = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();
  // Two commits pushed to main, deployed to production two hours ago: lead times 3 h and 2 h.
  await postGitHub(request, 'push', 'e2e-push-1', {
    ref: 'refs/heads/main',
    repository: { ...repository, pushed_at: (now - 3 * HOUR) / 1000 },
    commits: [
      { id: 'e2e0000000000001', timestamp: iso(5) },
      { id: 'e2e0000000000002', timestamp: iso(4) },
    ],
  });
  await postGitHub(request, 'deployment_status', 'e2e-deploy-1', {
    action: 'created',
    repository,
    deployment: { id: 4242, sha: 'e2e0000000000002', environment: 'production', payload: {} },
    deployment_status: {
      state: 'success',
      environment: 'production',
      created_at: iso(2),
      target_url: `https://github.com/${repo}/actions/runs/4242`,
    },
  });
  // A forged delivery is refused.
  const forged = await request.post('http://127.0.0.1:7007/api/dora/webhooks/github', {
    headers: { 'X-GitHub-Event': 'push', 'X-GitHub-Delivery': 'forged', 'X-Hub-Signature-256': 'sha256=00' },
    data: '{}',
  });
  expect(forged.status()).toBe(401);

  await signInAsGuest(page, '/catalog/default/component/payments-api/dora');
  const leadTime = page.getByRole('group', { name: 'Lead time for changes' });
  // The catalog and the service map catch up within seconds of start; reload until they have.
  await expect(async () => {
    await page.reload();
    await expect(leadTime.getByText('2.5 h')).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 60_000 });
  await expect(leadTime.getByText('elite')).toBeVisible();
  const failures = page.getByRole('group', { name: 'Change failure rate' });
  await expect(failures.getByText('0%')).toBeVisible();
  await expect(failures.getByText('0 of 1 deployments failed')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Deployment frequency' }).getByText('1 deployment day, 1 deployment')).toBeVisible();
  const deployments = page.getByRole('table', { name: 'Production deployments' });
  await expect(deployments.getByRole('link', { name: /e2e00000/ })).toBeVisible();

  // The team that owns payments-api sees it in the organisation overview.
  await page.goto('/dora');
  await expect(page.getByRole('table', { name: 'Teams ranked by DORA bands' }).getByRole('link', { name: /payments/i })).toBeVisible();
});
