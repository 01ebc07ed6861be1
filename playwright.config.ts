import { defineConfig } from '@playwright/test';
import { E2E_SECRETS } from './packages/app/e2e-tests/secrets';
import { chromiumLaunchOptions, laneSettings } from './packages/app/e2e-tests/lanes';

// End-to-end tests: Debian's Chromium (Playwright's own browser download is not needed) against
// the real backend and frontend, both started here with the e2e configuration.
const configArgs = '--config ../../app-config.yaml --config ../../app-config.development.yaml --config ../../app-config.e2e.yaml';

export default defineConfig({
  ...laneSettings,
  // The production lane's own (playwright.production.config.ts).
  testIgnore: 'production/**',
  timeout: 120_000,
  outputDir: '.portal/test-reports/e2e-artifacts',
  webServer: [
    {
      // Stand-ins of Argo CD and Datadog, and the OpenID Provider, on 127.0.0.1:7101, :7102 and :7103.
      command: 'node --require @backstage/cli/config/nodeTransform.cjs packages/test-fakes/src/cli.ts',
      url: 'http://127.0.0.1:7101/api/v1/applications',
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: E2E_SECRETS,
    },
    {
      // n8n with the self-service workflows on 127.0.0.1:5678 (installed by ./portal test).
      command: 'node --require @backstage/cli/config/nodeTransform.cjs plugins/n8n-actions-backend/src/dev/startN8n.ts',
      url: 'http://127.0.0.1:5678/healthz',
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: E2E_SECRETS,
    },
    {
      command: `yarn workspace backend start ${configArgs}`,
      url: 'http://127.0.0.1:7007/.backstage/health/v1/readiness',
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: E2E_SECRETS,
    },
    {
      command: `yarn workspace app start ${configArgs}`,
      url: 'http://127.0.0.1:3000',
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
  use: {
    baseURL: 'http://localhost:3000',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
