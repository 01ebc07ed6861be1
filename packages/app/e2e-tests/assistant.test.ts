import { test, expect } from '@playwright/test';
import { signInAs } from './signIn';

// The assistant answers with the stand-in model of packages/test-fakes, which
// looks up the entity a question names and describes it from what the portal sent it.
test('ask about a component from its page: a streamed, AI-marked answer with links to its sources', async ({ page }) => {
  await signInAs(page, 'Carol Chen', '/catalog/default/component/payments-api');
  await page.getByRole('link', { name: 'Ask about this' }).click();
  await expect(page.getByRole('heading', { name: 'About component:default/payments-api' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Ask the assistant' }).fill('Who owns payments-api?');
  await page.getByRole('button', { name: 'Send' }).click();

  const answer = page.getByRole('region', { name: 'Assistant answer' });
  await expect(answer.getByText('AI-generated')).toBeVisible();
  await expect(answer.getByText('answered by portal-demo-model')).toBeVisible();
  await expect(answer.getByText(/Authorises, captures and refunds card payments\. It is owned by payments-team\./)).toBeVisible();
  await expect(answer.getByText(/^Looked up with: .*catalog:get-catalog-entity/)).toBeVisible();
  const sources = answer.getByRole('list', { name: 'Sources' });
  await sources.locator('a[href="/catalog/default/component/payments-api"]').click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/payments-api$/);

  // The conversation is kept in the history.
  await page.goto('/assistant');
  await expect(page.getByRole('list', { name: 'Conversations' }).getByText('Who owns payments-api?')).toBeVisible();
});
