// The portal in its production shape on 127.0.0.1, as the chart runs it: the production build of
// the frontend served by the backend (app-backend), the backend with NODE_ENV=production and the
// production configuration stack (app-config.yaml, app-config.production.yaml, an installation
// overlay), PostgreSQL, single sign-on through an OpenID Provider (oidc-provider), and with two
// replicas or more, nginx in front doing what the ALB does: round-robin, no stickiness.
// Outside services that cannot run here are the stand-ins of packages/test-fakes; n8n is real.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { demoFocusCsv } from '../demo/cost-focus.mjs';
import { startPostgres } from '../test/postgres.mjs';
import { eventually, freePort, nodeTransform, root, sleep, startBackend } from '../test/lib/processes.mjs';
import { demoCatalogLocations, productionConfigs, productionEnv, randomSecrets } from '../test/lib/productionInstall.mjs';
import { startNginx } from './nginx.mjs';

/** Starts a helper process from the repository root, logging to `<dir>/<name>.log`. */
function helper(dir, name, args, env) {
  const log = fs.openSync(path.join(dir, `${name}.log`), 'w');
  const child = spawn(process.execPath, ['--require', nodeTransform, ...args], { cwd: root, stdio: ['ignore', log, log], env: { ...process.env, ...env } });
  return {
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([new Promise(r => child.once('exit', r)), sleep(10_000).then(() => child.kill('SIGKILL'))]);
    },
  };
}

/** The installation's overlay: the demo organisation, the stand-ins, and what the chart sets. */
function overlay({ dir, ports, actionsFile, extraLocations }) {
  const datadog = `http://127.0.0.1:${ports.datadog}`;
  return `# The overlay of this installation (the chart's appConfig): the demo organisation, the
# stand-ins on 127.0.0.1 in place of Argo CD, Datadog, GitHub's API and a model provider.
backend:
  # The load balancer is the one proxy in front, on this machine.
  trustProxy: loopback
  csp:
    # The Datadog stand-in's dashboards, as frame-src holds the Datadog site's in production.
    frame-src: ["'self'", '${datadog}']
# GitHub's stand-in: its API and git for the repositories the golden paths create; organisation
# discovery finds no repository here.
integrations:
  github:
    - host: github.com
      apiBaseUrl: http://127.0.0.1:${ports.github}
      token: \${GITHUB_TOKEN}
catalog:
  locations:
${demoCatalogLocations([
  `{ type: file, target: ${path.join(root, 'templates/all.yaml')}, rules: [{ allow: [Template, Location] }] }`,
  ...extraLocations.map(f => `{ type: file, target: ${f} }`),
])}
datadog:
  apiUrl: ${datadog}
cost:
  focus:
    files: [${path.join(dir, 'focus.csv')}]
n8nActions:
  actionFiles: [${actionsFile}]
aiAssistant:
  providers:
    - id: portal-demo-model
      type: openai
      baseUrl: http://127.0.0.1:${ports.llm}/v1
      model: portal-demo
techdocs:
  publisher:
    local:
      publishDirectory: ${path.join(dir, 'techdocs')}
`;
}

/**
 * Starts the shape. `port` is the public port (nginx's with two replicas or more, else the
 * backend's); `postgresUrl` an existing server (else an embedded one); `dir` the scratch folder;
 * `fixedPorts` of the stand-ins, n8n and each backend's metrics (else free ones); `extraLocations` more catalog files;
 * `bundle` an unpacked backend bundle to run (scripts/production/bundle.mjs; else the sources).
 * Every process logs into `dir`. Returns the public `url`, the `backends`, the `secrets` and `stop`.
 */
export async function startProductionShape({
  dir,
  port,
  replicas = 1,
  postgresUrl,
  actionsFile = path.join(root, 'self-service/actions.yaml'),
  fixedPorts = {},
  extraLocations = [],
  n8n: withN8n = true,
  bundle,
}) {
  fs.mkdirSync(dir, { recursive: true });
  const ports = {
    argocd: fixedPorts.argocd ?? (await freePort()),
    datadog: fixedPorts.datadog ?? (await freePort()),
    oidc: fixedPorts.oidc ?? (await freePort()),
    llm: fixedPorts.llm ?? (await freePort()),
    n8n: fixedPorts.n8n ?? (await freePort()),
    github: fixedPorts.github ?? (await freePort()),
  };
  const backendPorts = replicas > 1 ? await Promise.all(Array.from({ length: replicas }, () => freePort())) : [port];
  // Each backend's Prometheus endpoint, on a port of its own as in a pod.
  const metricsPorts = fixedPorts.metrics ?? (await Promise.all(backendPorts.map(() => freePort())));
  const url = `http://127.0.0.1:${port}`;
  const secrets = randomSecrets();
  const stoppers = [];
  const stop = async () => {
    for (const s of stoppers.reverse()) await s().catch(() => {});
  };
  try {
    const postgres = postgresUrl ? { connectionString: postgresUrl, stop: async () => {} } : await startPostgres();
    stoppers.push(() => postgres.stop());
    fs.writeFileSync(path.join(dir, 'focus.csv'), demoFocusCsv(Date.now()));
    fs.writeFileSync(path.join(dir, 'github-repos.json'), '{}');

    const fakes = helper(dir, 'stand-ins', ['packages/test-fakes/src/cli.ts'], {
      ...secrets,
      FAKE_OIDC_CLIENT_SECRET: secrets.AUTH_OIDC_CLIENT_SECRET,
      FAKE_OIDC_REDIRECT_URIS: `${url}/api/auth/oidc/handler/frame`,
      FAKE_ARGOCD_PORT: String(ports.argocd),
      FAKE_DATADOG_PORT: String(ports.datadog),
      FAKE_OIDC_PORT: String(ports.oidc),
      FAKE_LLM_PORT: String(ports.llm),
      FAKE_GITHUB_PORT: String(ports.github),
      FAKE_GITHUB_REPOS: path.join(dir, 'github-repos.json'),
      // The repositories the golden paths create, as bare git repositories.
      FAKE_GITHUB_GIT_DIR: path.join(dir, 'github'),
    });
    stoppers.push(() => fakes.stop());
    if (withN8n) {
      const n8n = helper(dir, 'n8n', ['plugins/n8n-actions-backend/src/dev/startN8n.ts'], {
        ...secrets,
        N8N_PORT: String(ports.n8n),
        N8N_DATA_DIR: path.join(dir, 'n8n'),
      });
      stoppers.push(() => n8n.stop());
    }
    await eventually(async () => (await fetch(`http://127.0.0.1:${ports.oidc}/.well-known/openid-configuration`)).ok, 'the stand-ins', 60_000);

    const env = productionEnv({ port, postgres, secrets, services: { oidc: ports.oidc, argocd: ports.argocd, n8n: ports.n8n } });
    const installation = overlay({ dir, ports, actionsFile, extraLocations });
    // One after the other: the first runs the migrations, as the first pod of a rollout does.
    const backends = [];
    for (const [i, backendPort] of backendPorts.entries()) {
      const backend = await startBackend({
        name: `backend-${i + 1}`,
        port: backendPort,
        configs: productionConfigs({ dir, port: backendPort, overlay: installation }),
        env: { ...env, PORTAL_BASE_URL: url, OTEL_EXPORTER_PROMETHEUS_HOST: '127.0.0.1', OTEL_EXPORTER_PROMETHEUS_PORT: String(metricsPorts[i]) },
        logDir: dir,
        timeoutMs: 300_000,
        instrumented: true,
        bundle,
      });
      backend.metricsUrl = `http://127.0.0.1:${metricsPorts[i]}/metrics`;
      backends.push(backend);
      stoppers.push(() => backend.stop());
    }
    if (replicas > 1) {
      const nginx = await startNginx({ dir, port, upstreams: backendPorts });
      stoppers.push(() => nginx.stop());
    }
    // n8n imports and publishes its workflows before it listens: minutes on a busy machine.
    if (withN8n) await eventually(async () => (await fetch(`http://127.0.0.1:${ports.n8n}/healthz`)).ok, 'n8n (n8n.log)', 300_000);
    return { url, backends, secrets, ports, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
