import { Page, expect } from '@playwright/test';

/** Signs in as the development guest and waits until the app has replaced the sign-in page. */
export async function signInAsGuest(page: Page, path = '/') {
  await page.goto(path);
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click();
  await expect(enter).toBeHidden();
}
