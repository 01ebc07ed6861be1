import { coreServices, createServiceFactory, RootHealthService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import knexFactory, { Knex } from 'knex';

type Health = Awaited<ReturnType<RootHealthService['getReadiness']>>;

const notReady = (message: string): Health => ({ status: 503, payload: { status: 'error', message } });

/** Answers within `ms`, or counts as unreachable: a probe never waits on a dead connection. */
async function reachable(knex: Knex, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      knex.raw('select 1').then(() => true),
      new Promise<boolean>(resolve => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Readiness that a load balancer can trust with several replicas: 503 until the backend has
 * started, from the moment it is asked to stop (so no new requests come while in-flight ones
 * finish), and while PostgreSQL cannot be reached. Liveness stays 200 through a database outage:
 * restarting the pod would not bring the database back.
 */
export class PortalHealth implements RootHealthService {
  private state: 'starting' | 'up' | 'stopping' = 'starting';

  constructor(
    lifecycle: { addStartupHook(hook: () => void): void; addBeforeShutdownHook(hook: () => void): void },
    private readonly database?: Knex,
    private readonly probeTimeoutMs = 2_000,
  ) {
    lifecycle.addStartupHook(() => {
      this.state = 'up';
    });
    lifecycle.addBeforeShutdownHook(() => {
      this.state = 'stopping';
    });
  }

  async getLiveness(): Promise<Health> {
    return { status: 200, payload: { status: 'ok' } };
  }

  async getReadiness(): Promise<Health> {
    if (this.state === 'starting') return notReady('Backend has not started yet');
    if (this.state === 'stopping') return notReady('Backend is shutting down');
    if (this.database && !(await reachable(this.database, this.probeTimeoutMs))) return notReady('The database cannot be reached');
    return { status: 200, payload: { status: 'ok' } };
  }
}

/** A small pool of its own for the probe, so a busy application pool does not fail it. */
export function probeDatabase(config: Config): Knex | undefined {
  const database = config.getConfig('backend.database');
  if (database.getString('client') !== 'pg') return undefined;
  return knexFactory({
    client: 'pg',
    connection: database.get('connection') as Knex.StaticConnectionConfig,
    pool: { min: 0, max: 1 },
    acquireConnectionTimeout: 2_000,
  });
}

export const portalHealthServiceFactory = createServiceFactory({
  service: coreServices.rootHealth,
  deps: { lifecycle: coreServices.rootLifecycle, config: coreServices.rootConfig },
  async factory({ lifecycle, config }) {
    const database = probeDatabase(config);
    lifecycle.addShutdownHook(async () => {
      await database?.destroy();
    });
    return new PortalHealth(lifecycle, database);
  },
});
