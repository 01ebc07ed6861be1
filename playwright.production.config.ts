import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, laneSettings } from './packages/app/e2e-tests/lanes';

// The production lane: the production build served by two production backends on one
// PostgreSQL, behind nginx (round-robin, no stickiness), single sign-on through the OpenID
// Provider, the production configuration stack (scripts/production/). `./portal test` builds the
// frontend first; the tests sign in as people of the demo organisation.
export const PRODUCTION_URL = 'http://127.0.0.1:7300';
// n8n of this lane, for the tests that wait for its webhooks (the config is read by every worker).
process.env.E2E_N8N_URL ??= 'http://127.0.0.1:7303';

export default defineConfig({
  ...laneSettings,
  projects: [
    { name: 'journeys', testMatch: ['production/**/*.test.ts', 'selfService.test.ts', 'assistant.test.ts'] },
    // What the replicas' metrics show once every journey ran.
    { name: 'metrics', testMatch: ['production/metrics.scrape.ts'], dependencies: ['journeys'] },
  ],
  timeout: 180_000,
  outputDir: '.portal/test-reports/e2e-production-artifacts',
  webServer: {
    command: 'node scripts/production/start.mjs --no-build --replicas 2 --port 7300 --e2e',
    url: `${PRODUCTION_URL}/.backstage/health/v1/readiness`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
  use: {
    baseURL: PRODUCTION_URL,
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
