// The portal as an attacker meets it: the production backend (NODE_ENV=production, the
// production configuration stack as the chart layers it) on PostgreSQL, single sign-on, and
// fakes of Argo CD, Datadog and GitHub on 127.0.0.1. Four people of the demo organisation are
// signed in: an admin, a member of the team that owns the target, a member of another team and a
// contractor.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoFocusCsv } from '../../demo/cost-focus.mjs';
import { startPostgres } from '../postgres.mjs';
import { eventually, freePort, nodeTransform, root, sleep, startBackend } from '../lib/processes.mjs';
import { signInWithOidc } from '../lib/oidcSignIn.mjs';
import { demoCatalogLocations, productionConfigs, productionEnv, randomSecrets } from '../lib/productionInstall.mjs';

export const PEOPLE = {
  admin: 'alice@acme.example', // platform-admins
  owner: 'erin@acme.example', // checkout-team, which owns checkout-api
  otherTeam: 'carol@acme.example', // payments-team
  contractor: 'ivan@contractor.example', // contractors and payments-team
};

export const SECRETS = randomSecrets();

/** Signs a body as GitHub does (X-Hub-Signature-256). */
export const githubSignature = body => `sha256=${createHmac('sha256', SECRETS.DORA_GITHUB_WEBHOOK_SECRET).update(body).digest('hex')}`;

/** The environment the threat tests share; `start()` fills it in. */
export const env = {
  scratch: '',
  postgres: undefined,
  backend: undefined,
  /** The production environment variables the backend runs with. */
  backendEnv: {},
  /** The config files, in order, for a backend of this installation on a port. */
  configsFor,
  ports: {},
  /** Authorization headers by person (keys of PEOPLE). */
  as: {},
  /** Writes a repository of the GitHub fake: its files and symbolic links (path -> target). */
  setRepository(fullName, files, symlinks = {}) {
    const file = path.join(this.scratch, 'github-repos.json');
    const repos = JSON.parse(fs.readFileSync(file, 'utf8'));
    repos[fullName] = { defaultBranch: 'main', files, symlinks };
    fs.writeFileSync(file, JSON.stringify(repos));
  },
  api(pathname, { as, method = 'GET', body, headers = {} } = {}) {
    return fetch(`${this.backend.url}${pathname}`, {
      method,
      headers: { ...(as && this.as[as]), ...(body !== undefined && typeof body !== 'string' && { 'content-type': 'application/json' }), ...headers },
      body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  },
  async json(pathname, options) {
    const res = await this.api(pathname, options);
    const text = await res.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, headers: res.headers, body };
  },
  /** Registers a catalog file of the GitHub fake as `as`, and waits for `entityRef` to appear. */
  async register(as, fullName, files, entityRef, symlinks) {
    this.setRepository(fullName, files, symlinks);
    const target = `https://github.com/${fullName}/blob/main/catalog-info.yaml`;
    const res = await this.json('/api/catalog/locations', { as, method: 'POST', body: { type: 'url', target } });
    if (res.status !== 201) throw new Error(`registering ${target} answered ${res.status}: ${JSON.stringify(res.body)}`);
    const [kind, rest] = entityRef.split(':');
    const [namespace, name] = rest.split('/');
    await eventually(
      async () => (await this.api(`/api/catalog/entities/by-name/${kind}/${namespace}/${name}`, { as: 'admin' })).status === 200,
      `${entityRef} in the catalog`,
      60_000,
    );
  },
};

/** The production stack with this installation's overlay, for a backend listening on `port`. */
function configsFor(port) {
  return productionConfigs({
    dir: env.scratch,
    port,
    overlay: `# The chart's overlay for this installation: the demo organisation, fakes on 127.0.0.1.
backend:
  # As behind the chart's load balancer: the client is the last address it adds to X-Forwarded-For.
  trustProxy: loopback
integrations:
  github:
    - host: github.com
      apiBaseUrl: http://127.0.0.1:${env.ports.github}
      token: \${GITHUB_TOKEN}
catalog:
  locations:
${demoCatalogLocations()}
datadog:
  apiUrl: http://127.0.0.1:${env.ports.datadog}
portal:
  claims:
    refresh: PT3S
cost:
  dimensionMapRefresh: PT3S
  focus:
    files: [${path.join(env.scratch, 'focus.csv')}]
dora:
  serviceMapRefresh: PT3S
  inboxRetry: PT2S
techdocs:
  publisher:
    local:
      publishDirectory: ${path.join(env.scratch, 'techdocs')}
`,
  });
}

async function startFakes() {
  fs.writeFileSync(path.join(env.scratch, 'github-repos.json'), '{}');
  const log = fs.openSync(path.join(env.scratch, 'fakes.log'), 'w');
  const child = spawn(process.execPath, ['--require', nodeTransform, 'packages/test-fakes/src/cli.ts'], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      ...SECRETS,
      FAKE_OIDC_CLIENT_SECRET: SECRETS.AUTH_OIDC_CLIENT_SECRET,
      FAKE_ARGOCD_PORT: String(env.ports.argocd),
      FAKE_DATADOG_PORT: String(env.ports.datadog),
      FAKE_OIDC_PORT: String(env.ports.oidc),
      FAKE_OIDC_REDIRECT_URIS: `http://127.0.0.1:${env.ports.backend}/api/auth/oidc/handler/frame`,
      FAKE_LLM_PORT: String(env.ports.llm),
      FAKE_GITHUB_PORT: String(env.ports.github),
      FAKE_GITHUB_REPOS: path.join(env.scratch, 'github-repos.json'),
      FAKE_GITHUB_GIT_DIR: path.join(env.scratch, 'github'),
    },
  });
  env.fakes = child;
  await eventually(async () => (await fetch(`http://127.0.0.1:${env.ports.oidc}/.well-known/openid-configuration`)).ok, 'the fakes', 60_000);
}

export async function start() {
  env.scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-threats-'));
  for (const name of ['backend', 'argocd', 'datadog', 'oidc', 'llm', 'github', 'n8n']) env.ports[name] = await freePort();
  fs.writeFileSync(path.join(env.scratch, 'focus.csv'), demoFocusCsv(Date.now()));
  env.postgres = await startPostgres();
  await startFakes();
  env.backendEnv = productionEnv({
    port: env.ports.backend,
    postgres: env.postgres,
    secrets: SECRETS,
    services: { oidc: env.ports.oidc, argocd: env.ports.argocd, n8n: env.ports.n8n },
  });
  const baseUrl = env.backendEnv.PORTAL_BASE_URL;
  env.backend = await startBackend({
    name: 'backend',
    port: env.ports.backend,
    configs: configsFor(env.ports.backend),
    env: env.backendEnv,
    logDir: env.scratch,
  });
  // Users and groups are read once the catalog has processed the demo organisation.
  await eventually(
    async () => {
      env.as.admin = { Authorization: `Bearer ${await signInWithOidc(baseUrl, PEOPLE.admin)}` };
      return true;
    },
    'the admin to sign in',
    120_000,
  );
  for (const [who, email] of Object.entries(PEOPLE)) {
    env.as[who] = { Authorization: `Bearer ${await signInWithOidc(baseUrl, email)}` };
  }
}

export async function stop() {
  await env.backend?.stop();
  env.fakes?.kill('SIGTERM');
  await env.postgres?.stop();
  await sleep(100);
  if (process.env.KEEP_THREATS_SCRATCH) console.log(`scratch kept in ${env.scratch}`);
  else fs.rmSync(env.scratch, { recursive: true, force: true });
}
