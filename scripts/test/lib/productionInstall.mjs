// An installation of the portal in the production shape for the process-level tests: the
// configuration stack the chart layers (app-config.yaml, app-config.production.yaml, then an
// overlay of the installation's own), and the environment variables the production config reads,
// with random secrets.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './processes.mjs';

const SECRET_NAMES = [
  'DORA_GITHUB_WEBHOOK_SECRET',
  'DORA_ARGOCD_TOKEN',
  'DORA_INCIDENT_WEBHOOK_SECRET',
  'DORA_PAGERDUTY_WEBHOOK_SECRET',
  'ARGOCD_TOKEN',
  'DATADOG_API_KEY',
  'DATADOG_APP_KEY',
  'N8N_WEBHOOK_TOKEN',
  'N8N_API_KEY',
  'N8N_CALLBACK_SECRET',
  'GITHUB_TOKEN',
  'AUTH_SESSION_SECRET',
  'AUTH_GITHUB_CLIENT_SECRET',
  'AUTH_OIDC_CLIENT_SECRET',
];

/** Random values for every secret the production config reads. */
export const randomSecrets = () => Object.fromEntries(SECRET_NAMES.map(name => [name, `${name.toLowerCase()}-${randomBytes(12).toString('hex')}`]));

/**
 * The production environment of an installation on 127.0.0.1: its PostgreSQL, and where its
 * outside services are (`services`: oidc, argocd, n8n ports; unset ones point at nothing).
 */
export function productionEnv({ port, postgres, secrets, services = {} }) {
  const pg = new URL(postgres.connectionString);
  const local = p => `http://127.0.0.1:${p ?? 9}`; // port 9 (discard): nothing answers
  return {
    ...secrets,
    PORTAL_BASE_URL: `http://127.0.0.1:${port}`,
    POSTGRES_HOST: pg.hostname,
    POSTGRES_PORT: pg.port,
    POSTGRES_USER: pg.username,
    POSTGRES_PASSWORD: decodeURIComponent(pg.password),
    GITHUB_ORG: 'acme',
    AUTH_GITHUB_CLIENT_ID: 'portal-github-app',
    AUTH_OIDC_METADATA_URL: `${local(services.oidc)}/.well-known/openid-configuration`,
    AUTH_OIDC_CLIENT_ID: 'portal',
    ARGOCD_URL: local(services.argocd),
    DATADOG_SITE: 'datadoghq.eu',
    N8N_URL: local(services.n8n),
  };
}

/**
 * Writes the installation's overlay (YAML) and the port of a backend on `port`, and returns the
 * stack in order.
 */
export function productionConfigs({ dir, port, overlay }) {
  const installation = path.join(dir, 'app-config.installation.yaml');
  fs.writeFileSync(installation, overlay);
  const listen = path.join(dir, `app-config.listen-${port}.yaml`);
  fs.writeFileSync(listen, `backend:\n  listen: ':${port}'\n`);
  return [path.join(root, 'app-config.yaml'), path.join(root, 'app-config.production.yaml'), installation, listen];
}

/**
 * The catalog locations of an installation on this machine, as YAML list items under
 * `catalog.locations`: the portal itself, the demo organisation, then `extra` entries (whole
 * flow mappings, e.g. `{ type: file, target: ... }`).
 */
export function demoCatalogLocations(extra = []) {
  const demo = name => path.join(root, 'demo/catalog', name);
  return [
    `{ type: file, target: ${path.join(root, 'catalog-info.yaml')} }`,
    `{ type: file, target: ${demo('org.yaml')}, rules: [{ allow: [User, Group] }] }`,
    ...['systems.yaml', 'components.yaml', 'apis.yaml', 'resources.yaml'].map(f => `{ type: file, target: ${demo(f)} }`),
    ...extra,
  ]
    .map(item => `    - ${item}`)
    .join('\n');
}
