// What both end-to-end lanes (playwright.config.ts, playwright.production.config.ts) share.

/** One browser at a time, no retries: a flaky journey fails the run. */
export const laneSettings = {
  testDir: 'packages/app/e2e-tests',
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json']] as [string][],
};

/**
 * Debian's Chromium (Playwright's own browser download is not needed), headless, with the
 * background networking a closed network refuses turned off.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
