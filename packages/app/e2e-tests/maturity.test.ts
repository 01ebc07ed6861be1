import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { signInAsGuest } from './signIn';

// The guest is a member of the Platform Team, not of the Payments Team.
test('a team member fills in, saves, submits, and sees the score and the heatmap', async ({ page }) => {
  await signInAsGuest(page, '/catalog/default/group/platform-team/maturity');
  const question = (text: string) => page.getByRole('group', { name: text });
  await question('Do all components of the IDP use version control?').getByRole('radio', { name: 'Yes' }).check();
  await question('Is there a clear branching and merging strategy?').getByRole('radio', { name: 'Partly' }).check();
  await expect(page.getByText('2 of 55 questions answered')).toBeVisible();
  // The portal's own knowledge, offered next to the question: the platform team's components.
  await expect(
    question('Is there comprehensive, up-to-date documentation for the IDP?').getByText(
      'Suggested by the portal: TechDocs for 1 of 2 components (suggests Partly)',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  await page.reload();
  await expect(question('Is there a clear branching and merging strategy?').getByRole('radio', { name: 'Partly' })).toBeChecked();
  // Version Control scores 5 x 1.5 / 2 = 3.75; the other 25 categories are unanswered (0).
  await expect(page.getByText('Score 3.8 / 5')).toBeVisible();
  await expect(page.getByTestId('overall-score')).toHaveText('0.1 / 5 · Not started');

  await expect(page.getByText(/user:default\/guest changed version-control.q1 \(unanswered → yes\), version-control.q2 \(unanswered → partly\)/)).toBeVisible();
  await expect(page.getByText('The first assessed quarter: nothing to compare with yet.')).toBeVisible();

  // An action for the unmet question, due in the past: it stands out as overdue.
  const branching = question('Is there a clear branching and merging strategy?');
  await branching.getByRole('button', { name: 'Plan an action' }).click();
  await branching.getByLabel('Action', { exact: true }).fill('Write the branching guide');
  await branching.getByLabel('Owner (user or group)').fill('group:default/platform-team');
  await branching.getByLabel('Due date').fill('2026-01-15');
  await branching.getByRole('button', { name: 'Add action' }).click();
  await expect(branching.getByText(/Action: Write the branching guide · group:default\/platform-team · due 2026-01-15/)).toBeVisible();
  await expect(branching.getByText('Overdue')).toBeVisible();
  await expect(page.getByText('1 open actions, 1 overdue')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
  const markdown = fs.readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain('# IDP maturity: group:default/platform-team');
  expect(markdown).toContain('| Version Control | 3.8 | Developing |');

  await page.getByRole('button', { name: 'Submit quarter' }).click();
  await expect(page.getByText('This quarter is submitted and locked.')).toBeVisible();
  await expect(question('Do all components of the IDP use version control?').getByRole('radio', { name: 'No', exact: true })).toBeDisabled();

  // The Maturity page is in the sidebar.
  await page.locator('a[href="/maturity"]').first().click();
  await expect(page).toHaveURL(/\/maturity$/);
  const heatmap = page.getByRole('table', { name: /Maturity heatmap/ });
  const row = heatmap.getByRole('row', { name: /group:default\/platform-team \(submitted\)/ });
  await expect(row).toBeVisible();
  // The first cell names the scope; the second is the overall score.
  await expect(row.getByRole('cell').nth(1)).toHaveText('0.1');
  await expect(heatmap.getByRole('row', { name: /Platform rollup/ })).toBeVisible();
  // The platform-wide assessment is edited on the same page by the platform team.
  await expect(page.getByRole('heading', { name: 'Platform assessment' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();

  await page.goto('/catalog/default/group/platform-team');
  await expect(page.getByText('0.1 / 5 · Not started')).toBeVisible();
  await expect(page.getByText('2 of 55 answered · submitted')).toBeVisible();
});

test('someone outside the team can read but not edit its assessment', async ({ page }) => {
  await signInAsGuest(page, '/catalog/default/group/payments-team/maturity');
  await expect(page.getByText('Only the members of the owning group and platform admins can edit')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Yes' }).first()).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
});
