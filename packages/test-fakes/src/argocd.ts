import { FakeRequest, FakeServer, startFakeServer } from './server';

interface FakeApp {
  metadata: { name: string; namespace: string; labels: Record<string, string> };
  spec: { project: string; source: { repoURL: string; targetRevision: string }; syncPolicy: { automated?: { prune: boolean } | null } };
  status: {
    sync: { status: string; revision: string };
    health: { status: string };
    operationState?: { phase: string; startedAt: string; finishedAt: string; message: string };
    history: Array<{ id: number; revision: string; deployedAt: string; deployStartedAt: string }>;
  };
}

const sha = (n: number) => n.toString(16).padStart(8, '0').repeat(5);
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

function app(name: string, environment: string, sync: string, health: string, automated: boolean, revisions: number): FakeApp {
  const history = Array.from({ length: revisions }, (_, i) => ({
    id: i,
    revision: sha(0xa000 + i),
    deployStartedAt: daysAgo(revisions - i),
    deployedAt: daysAgo(revisions - i),
  }));
  return {
    metadata: { name, namespace: 'argocd', labels: { environment, 'app.kubernetes.io/part-of': name.replace(/-[^-]+$/, '') } },
    spec: {
      project: 'default',
      source: { repoURL: `https://github.com/acme/${name.replace(/-[^-]+$/, '')}-deploy`, targetRevision: 'main' },
      syncPolicy: { automated: automated ? { prune: true } : null },
    },
    status: {
      sync: { status: sync, revision: history[history.length - 1].revision },
      health: { status: health },
      operationState: {
        phase: 'Succeeded',
        startedAt: history[history.length - 1].deployStartedAt,
        finishedAt: history[history.length - 1].deployedAt,
        message: 'successfully synced (all tasks run)',
      },
      history,
    },
  };
}

/** The demo organisation's applications: three environments of two components, and the confidential fraud detector's production. */
export function demoApplications(): FakeApp[] {
  return [
    app('developer-portal-dev', 'dev', 'Synced', 'Healthy', true, 6),
    app('developer-portal-staging', 'staging', 'OutOfSync', 'Healthy', false, 4),
    app('developer-portal-prod', 'prod', 'Synced', 'Healthy', true, 3),
    app('checkout-api-dev', 'dev', 'Synced', 'Healthy', true, 5),
    app('checkout-api-staging', 'staging', 'Synced', 'Progressing', false, 4),
    app('checkout-api-prod', 'prod', 'Synced', 'Degraded', true, 3),
    app('fraud-detector-prod', 'prod', 'Synced', 'Healthy', false, 4),
  ];
}

const notFound = (name: string) => ({
  status: 404,
  body: { error: `applications.argoproj.io "${name}" not found`, message: `applications.argoproj.io "${name}" not found`, code: 5 },
});

/** Label selectors as Argo CD takes them: `key=value` pairs joined by commas. */
function matches(a: FakeApp, selector: string | null) {
  if (!selector) return true;
  return selector.split(',').every(term => {
    const [k, v] = term.split('=');
    return a.metadata.labels[k.trim()] === v?.trim();
  });
}

/**
 * A fake of Argo CD's REST API (`/api/v1/applications`: list, get, resource tree, revision
 * metadata, sync, rollback, patch), with a bearer token, on 127.0.0.1. A rollback of an
 * application with automated sync is refused, as Argo CD does.
 */
export async function startFakeArgoCd(options: { token: string; apps?: FakeApp[]; port?: number }): Promise<FakeServer & { apps: FakeApp[] }> {
  const apps = options.apps ?? demoApplications();
  const find = (name: string) => apps.find(a => a.metadata.name === name);
  const route = (req: FakeRequest) => {
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      return { status: 401, body: { error: 'no session information', message: 'no session information', code: 16 } };
    }
    const m = /^\/api\/v1\/applications(?:\/([^/]+))?(?:\/(sync|rollback|resource-tree|revisions)(?:\/([^/]+)\/metadata)?)?$/.exec(req.path);
    if (!m) return { status: 404, body: { error: 'Not Found', message: 'Not Found', code: 5 } };
    const [, name, verb, revision] = m;
    if (!name) {
      const byName = req.query.get('name');
      return { status: 200, body: { items: apps.filter(a => (!byName || a.metadata.name === byName) && matches(a, req.query.get('selector'))) } };
    }
    const a = find(decodeURIComponent(name));
    if (!a) return notFound(name);
    const now = new Date().toISOString();
    if (req.method === 'GET' && !verb) return { status: 200, body: a };
    if (req.method === 'GET' && verb === 'resource-tree')
      return { status: 200, body: { nodes: [{ kind: 'Deployment', name: a.metadata.name, health: a.status.health }] } };
    if (req.method === 'GET' && verb === 'revisions') {
      return { status: 200, body: { author: 'Dev Eloper <dev@acme.example>', date: now, message: `Release ${revision?.slice(0, 8)}` } };
    }
    if (req.method === 'POST' && verb === 'sync') {
      const next = a.status.history.length;
      const rev = sha(0xa000 + next);
      a.status.history.push({ id: next, revision: rev, deployStartedAt: now, deployedAt: now });
      a.status.sync = { status: 'Synced', revision: rev };
      a.status.health = { status: 'Healthy' };
      a.status.operationState = { phase: 'Succeeded', startedAt: now, finishedAt: now, message: 'successfully synced (all tasks run)' };
      return { status: 200, body: a };
    }
    if (req.method === 'POST' && verb === 'rollback') {
      if (a.spec.syncPolicy.automated) {
        return {
          status: 400,
          body: { error: 'rollback cannot be initiated when auto-sync is enabled', message: 'rollback cannot be initiated when auto-sync is enabled', code: 9 },
        };
      }
      const target = a.status.history.find(h => h.id === req.body?.id);
      if (!target)
        return {
          status: 400,
          body: {
            error: `application ${a.metadata.name} does not have deployment with id ${req.body?.id}`,
            message: `application ${a.metadata.name} does not have deployment with id ${req.body?.id}`,
            code: 3,
          },
        };
      const next = a.status.history.length;
      a.status.history.push({ id: next, revision: target.revision, deployStartedAt: now, deployedAt: now });
      a.status.sync = { status: 'OutOfSync', revision: target.revision };
      a.status.operationState = { phase: 'Succeeded', startedAt: now, finishedAt: now, message: 'successfully synced (all tasks run)' };
      return { status: 200, body: a };
    }
    if (req.method === 'PATCH' && !verb) {
      const patch = JSON.parse(req.body?.patch ?? '{}');
      if (patch?.spec?.syncPolicy && 'automated' in patch.spec.syncPolicy) a.spec.syncPolicy.automated = patch.spec.syncPolicy.automated;
      return { status: 200, body: a };
    }
    return { status: 405, body: { error: 'method not allowed', message: 'method not allowed', code: 12 } };
  };
  // Argo CD answers errors as { error, message, code } (gRPC codes).
  const server = await startFakeServer(route, options.port, (status, message) => ({ error: message, message, code: status === 401 ? 16 : 13 }));
  return Object.assign(server, { apps });
}
