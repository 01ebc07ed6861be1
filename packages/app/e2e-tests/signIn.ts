import { Page, expect } from '@playwright/test';

/** Signs in as the development guest and waits until the app has replaced the sign-in page. */
export async function signInAsGuest(page: Page, path = '/') {
  await page.goto(path);
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click();
  await expect(enter).toBeHidden();
}

/**
 * Signs in through single sign-on as one of the people of the demo organisation, picked on the
 * login page of the OpenID Provider (oidc-provider, packages/test-fakes), then allowing the portal
 * on its consent page, in a browser context of their own.
 */
export async function signInAs(page: Page, name: string, path = '/') {
  await page.goto(path);
  const popup = page.waitForEvent('popup');
  await page.getByRole('listitem').filter({ hasText: 'single sign-on' }).getByRole('button', { name: 'Sign In' }).click();
  const login = await popup;
  await login.getByRole('button', { name: `Sign in as ${name}` }).click();
  await login.getByRole('button', { name: 'Allow' }).click();
  await login.waitForEvent('close');
  await expect(page.getByRole('button', { name: 'Sign In' })).toHaveCount(0);
}
