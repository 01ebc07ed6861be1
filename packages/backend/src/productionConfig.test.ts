import { loadConfig, loadConfigSchema } from '@backstage/config-loader';
import { ConfigReader } from '@backstage/config';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { developmentSwitchesOn, unrestrictedStaticTokens } from './startup/productionSafety';

// Reading the configuration schemas of every installed plugin takes seconds on two cores.
jest.setTimeout(60_000);

const root = path.resolve(__dirname, '../../..');
const productionEnv = {
  PORTAL_BASE_URL: 'https://portal.acme.example',
  POSTGRES_HOST: 'portal.cluster-x.eu-west-1.rds.amazonaws.com',
  POSTGRES_PORT: '5432',
  POSTGRES_USER: 'portal',
  POSTGRES_PASSWORD: 'pw',
  GITHUB_TOKEN: 'ghs_token',
  DORA_GITHUB_WEBHOOK_SECRET: 'dora-github',
  DORA_ARGOCD_TOKEN: 'dora-argocd',
  DORA_INCIDENT_WEBHOOK_SECRET: 'dora-incidents',
  DORA_PAGERDUTY_WEBHOOK_SECRET: 'dora-pagerduty',
  ARGOCD_URL: 'https://argocd.acme.example',
  ARGOCD_TOKEN: 'argocd-token',
  DATADOG_SITE: 'datadoghq.eu',
  DATADOG_API_KEY: 'dd-api',
  DATADOG_APP_KEY: 'dd-app',
  N8N_URL: 'http://n8n.n8n.svc:5678',
  N8N_WEBHOOK_TOKEN: 'n8n-webhook',
  N8N_API_KEY: 'n8n-api',
  N8N_CALLBACK_SECRET: 'n8n-callback',
  GITHUB_ORG: 'acme',
  AUTH_SESSION_SECRET: 'session',
  AUTH_GITHUB_CLIENT_ID: 'gh-id',
  AUTH_GITHUB_CLIENT_SECRET: 'gh-secret',
  AUTH_OIDC_METADATA_URL: 'https://keycloak.acme.example/realms/acme/.well-known/openid-configuration',
  AUTH_OIDC_CLIENT_ID: 'portal',
  AUTH_OIDC_CLIENT_SECRET: 'oidc-secret',
};

async function loadProductionConfig(files = ['app-config.yaml', 'app-config.production.yaml']) {
  const saved = { ...process.env };
  Object.assign(process.env, productionEnv);
  try {
    const { appConfigs } = await loadConfig({
      configRoot: root,
      configTargets: files.map(f => ({ path: path.isAbsolute(f) ? f : path.join(root, f) })),
    });
    return appConfigs;
  } finally {
    process.env = saved;
  }
}

describe('app-config.production.yaml', () => {
  it('passes the configuration schema of every installed plugin', async () => {
    const configs = await loadProductionConfig();
    const schema = await loadConfigSchema({
      dependencies: [require(path.join(root, 'packages/backend/package.json')).name],
      packagePaths: [path.join(root, 'packages/backend/package.json')],
    });
    expect(() => schema.process(configs)).not.toThrow();
  });

  it('uses PostgreSQL, GitHub discovery and org ingestion, GitHub and OIDC sign-in', async () => {
    const config = ConfigReader.fromConfigs(await loadProductionConfig());
    expect(config.getString('backend.database.client')).toBe('pg');
    expect(config.getString('backend.database.connection.host')).toBe(productionEnv.POSTGRES_HOST);
    expect(config.getString('catalog.providers.github.organisation.organization')).toBe('acme');
    expect(config.getConfigArray('catalog.providers.githubOrg')[0].getStringArray('orgs')).toEqual(['acme']);
    expect(config.getString('auth.environment')).toBe('production');
    const resolverOf = (provider: string) => config.getConfigArray(`auth.providers.${provider}.production.signIn.resolvers`)[0].getString('resolver');
    expect(resolverOf('github')).toBe('usernameMatchingUserEntityName');
    expect(resolverOf('oidc')).toBe('emailMatchingUserEntityProfileEmail');
  });

  it('never loads the demo organisation and keeps people, groups and templates out of locations', async () => {
    const config = ConfigReader.fromConfigs(await loadProductionConfig());
    const targets = config.getConfigArray('catalog.locations').map(l => l.getString('target'));
    expect(targets.some(t => t.includes('demo/'))).toBe(false);
    const allowed = config.getConfigArray('catalog.rules').flatMap(r => r.getStringArray('allow'));
    for (const kind of ['User', 'Group', 'Template']) expect(allowed).not.toContain(kind);
  });
});

describe('the production CSP', () => {
  it("frames only the portal itself and the Datadog site's shared dashboards and graphs", async () => {
    const config = ConfigReader.fromConfigs(await loadProductionConfig());
    const site = productionEnv.DATADOG_SITE;
    expect(config.getStringArray('backend.csp.frame-src')).toEqual(["'self'", `https://app.${site}`, `https://p.${site}`]);
  });
});

describe('development-only settings', () => {
  it('are on in none of the production stack, and no outside service points at this machine', async () => {
    const configs = await loadProductionConfig();
    const config = ConfigReader.fromConfigs(configs);
    expect(developmentSwitchesOn(config)).toEqual([]);
    expect(unrestrictedStaticTokens(config)).toEqual([]);
    const text = JSON.stringify(configs.map(c => c.data));
    expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(text).not.toContain('.portal/');
  });

  it('are all on the laptop, which is why its file never joins the production stack', async () => {
    const config = ConfigReader.fromConfigs(await loadProductionConfig(['app-config.yaml', 'app-config.development.yaml']));
    expect(developmentSwitchesOn(config).map(s => s.split(' ')[0])).toEqual(['scaffolder.localPublish', 'auth.providers.guest']);
  });

  it('make a production start stop before anything starts, naming each', () => {
    const overlay = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dev-switch-')), 'app-config.overlay.yaml');
    fs.writeFileSync(overlay, 'scaffolder:\n  localPublish:\n    directory: /tmp/repos\npermission:\n  enabled: false\n');
    const result = spawnSync(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        path.join(root, 'packages/backend/src/index.ts'),
        ...['app-config.yaml', 'app-config.production.yaml'].flatMap(f => ['--config', path.join(root, f)]),
        '--config',
        overlay,
      ],
      // A database nobody listens on: the refusal comes before anything would connect.
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 90_000,
        env: { PATH: process.env.PATH, NODE_ENV: 'production', ...productionEnv, POSTGRES_HOST: '127.0.0.1', POSTGRES_PORT: '9' },
      },
    );
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('refuses to start in production with development-only settings on');
    expect(output).toContain('scaffolder.localPublish (local publishing');
    expect(output).toContain('permission.enabled (without the permission framework');
  }, 100_000);
});

describe('a production start without its environment', () => {
  it('stops before starting anything and names every missing variable', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        path.join(root, 'packages/backend/src/index.ts'),
        '--config',
        path.join(root, 'app-config.yaml'),
        '--config',
        path.join(root, 'app-config.production.yaml'),
      ],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
        env: { PATH: process.env.PATH, NODE_ENV: 'production', POSTGRES_HOST: 'db' },
      },
    );
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('required environment variables are not set');
    expect(result.stderr).toContain('POSTGRES_PASSWORD (used in app-config.production.yaml)');
    expect(result.stderr).toContain('AUTH_OIDC_CLIENT_SECRET');
    expect(result.stderr).toContain('DORA_GITHUB_WEBHOOK_SECRET (used in app-config.yaml)');
    expect(result.stderr).not.toContain('POSTGRES_HOST');
  });
});
