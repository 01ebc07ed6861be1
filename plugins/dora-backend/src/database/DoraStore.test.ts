import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { recordedMetrics } from '@internal/test-fakes';
import { DoraStore } from './DoraStore';
import { InboxProcessor, MAX_ATTEMPTS } from '../ingest/InboxProcessor';
import { createGitHubReader } from '../ingest/github';
import { deploymentStatusPayload, pushPayload } from '../__testUtils__/github';

jest.setTimeout(60_000);

const readers = {
  github: createGitHubReader({ incidentLabel: 'incident', deploymentWorkflowPattern: /^deploy/, workflowEnvironment: 'production' }),
};
const T = Date.parse('2026-11-02T10:00:00Z');
const iso = (hours: number) => new Date(T + hours * 3600_000).toISOString();

describe.each(TestDatabases.create().eachSupportedId())('DoraStore on %s', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });

  const storeFor = async () => {
    const knex = await databases.init(databaseId);
    const database = mockServices.database({ knex });
    return { knex, store: await DoraStore.create(database), reopen: () => DoraStore.create(database) };
  };

  it('loses nothing when the process stops between receipt and processing', async () => {
    const { store, reopen } = await storeFor();
    await store.enqueue({
      source: 'github',
      deliveryKey: 'd-1',
      eventType: 'push',
      payload: JSON.stringify(pushPayload('acme/payments-api', [{ id: 'c1', timestamp: iso(0) }], iso(1))),
    });
    await store.enqueue({
      source: 'github',
      deliveryKey: 'd-2',
      eventType: 'deployment_status',
      payload: JSON.stringify(deploymentStatusPayload('acme/payments-api', { id: 5, sha: 'c1', environment: 'production', state: 'success', at: iso(2) })),
    });
    // A new process starts on the same database, finds both deliveries and reads them.
    const restarted = await reopen();
    expect(await restarted.pendingCount()).toBe(2);
    const processed = await new InboxProcessor(restarted, readers, mockServices.logger.mock(), recordedMetrics().service).run();
    expect(processed).toBe(2);
    expect(await restarted.pendingCount()).toBe(0);
    await restarted.replaceServiceMap([
      { serviceKind: 'github', serviceKey: 'acme/payments-api', entityRef: 'component:default/payments-api', productionEnvironment: 'production' },
    ]);
    const [events] = await restarted.eventsFor(['component:default/payments-api'], { from: T, changesFrom: T - 1, to: T + 10 * 3600_000 });
    expect(events.deployments.map(d => d.revision)).toEqual(['c1']);
    expect(events.changes.map(c => c.sha)).toEqual(['c1']);
  });

  it('merges copies of an event whatever order they arrive in', async () => {
    const { store, knex } = await storeFor();
    const key = { serviceKind: 'github' as const, serviceKey: 'acme/payments-api' };
    await store.enqueue({ source: 'x', deliveryKey: '1', eventType: 't', payload: '{}' });
    await store.enqueue({ source: 'x', deliveryKey: '2', eventType: 't', payload: '{}' });
    // The resolution arrives before the opening, and a failure report after the success.
    await store.apply(
      {
        deployments: [{ ...key, id: 'd', deployedAt: T, status: 'succeeded', kind: 'normal', revision: 'r1' }],
        changes: [{ ...key, sha: 'r1', firstCommitAt: T - 5000, landedAt: T - 1000 }],
        incidents: [{ ...key, id: 'i', openedAt: T + 60_000, resolvedAt: T + 120_000 }],
      },
      1,
    );
    await store.apply(
      {
        deployments: [{ ...key, id: 'd', deployedAt: T + 10, status: 'failed', kind: 'normal', environment: 'production' }],
        changes: [{ ...key, sha: 'r1', firstCommitAt: T - 9000, landedAt: T - 500 }],
        incidents: [{ ...key, id: 'i', openedAt: T + 30_000, title: 'Checkout errors' }],
      },
      2,
    );
    const deployment = await knex('dora_deployments').where({ id: 'd' }).first();
    expect(deployment).toMatchObject({ status: 'succeeded', environment: 'production', revision: 'r1' });
    expect(Number(deployment.deployed_at)).toBe(T);
    const change = await knex('dora_changes').where({ sha: 'r1' }).first();
    expect([Number(change.first_commit_at), Number(change.landed_at)]).toEqual([T - 9000, T - 1000]);
    const incident = await knex('dora_incidents').where({ id: 'i' }).first();
    expect([Number(incident.opened_at), Number(incident.resolved_at), incident.title]).toEqual([T + 30_000, T + 120_000, 'Checkout errors']);
    expect(await store.pendingCount()).toBe(0);
  });

  it('keeps unreadable deliveries, with the reason, out of the queue', async () => {
    const { store } = await storeFor();
    await store.enqueue({ source: 'github', deliveryKey: 'bad', eventType: 'push', payload: '{"ref": 1}' });
    await new InboxProcessor(store, readers, mockServices.logger.mock(), recordedMetrics().service).run();
    expect(await store.pendingCount()).toBe(0);
    expect(await store.unreadable()).toEqual([
      expect.objectContaining({ source: 'github', eventType: 'push', error: expect.stringContaining('Invalid push event') }),
    ]);
  });

  it('stores events holding NULs and over-long keys, and sets aside what it can never store', async () => {
    const { store } = await storeFor();
    const long = `app-${'x'.repeat(300)}`;
    const poison = {
      // Normalised: NUL dropped, the key hashed to fit its column.
      normal: () => ({
        deployments: [
          {
            id: long,
            serviceKind: 'argocd' as const,
            serviceKey: 'a\u0000pp',
            deployedAt: T,
            status: 'succeeded' as const,
            kind: 'normal' as const,
            url: 'https://x/\u0000y',
          },
        ],
        changes: [],
        incidents: [],
      }),
      // Never storable: a deployment without a time.
      broken: () => ({
        deployments: [
          { id: 'd', serviceKind: 'argocd' as const, serviceKey: 'app', deployedAt: Number.NaN, status: 'succeeded' as const, kind: 'normal' as const },
        ],
        changes: [],
        incidents: [],
      }),
    };
    await store.enqueue({ source: 'normal', deliveryKey: 'n-1', eventType: 'sync', payload: '{}' });
    await store.enqueue({ source: 'broken', deliveryKey: 'b-1', eventType: 'sync', payload: '{}' }, Date.now() - 90_000);
    const metrics = recordedMetrics();
    const processor = new InboxProcessor(store, poison, mockServices.logger.mock(), metrics.service);
    expect(await processor.run()).toBe(1);
    const [stored] = await store.knex('dora_deployments').select('id', 'service_key', 'url');
    expect(stored).toEqual({ id: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), service_key: 'app', url: 'https://x/y' });
    // The broken one is tried a bounded number of times, then listed for admins with its reason.
    expect(await store.pendingCount()).toBe(1);
    // What waits shows as the inbox's lag: the broken delivery arrived 90 seconds ago.
    expect(await metrics.value('portal.inbox.lag.seconds', { inbox: 'dora' })).toBeGreaterThanOrEqual(90);
    for (let i = 1; i < MAX_ATTEMPTS; i++) await processor.run();
    expect(await store.pendingCount()).toBe(0);
    const [aside] = await store.unreadable();
    expect(aside).toMatchObject({
      source: 'broken',
      error: expect.stringMatching(new RegExp(`^Set aside after ${MAX_ATTEMPTS} attempts to store its events: `)),
    });
    // Set aside once, counted once, and the inbox is empty again.
    expect(await metrics.value('portal.webhook.deliveries', { route: 'DORA webhooks', outcome: 'dead_lettered' })).toBe(1);
    expect(await metrics.value('portal.inbox.lag.seconds', { inbox: 'dora' })).toBe(0);
  });
});
