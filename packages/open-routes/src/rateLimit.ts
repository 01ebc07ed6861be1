import { DatabaseService, LoggerService, RootConfigService } from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { MetricsService } from '@backstage/backend-plugin-api/alpha';
import { RequestHandler } from 'express';
import { Knex } from 'knex';
import { countDeliveries, webhookDeliveries } from '@internal/portal-metrics';

/** Requests one source may make to the open routes in a window. */
export interface OpenRouteLimit {
  limit: number;
  windowMs: number;
}

export const DEFAULT_OPEN_ROUTE_LIMIT: OpenRouteLimit = { limit: 600, windowMs: 60_000 };

/** Reads `portal.openRoutes.rateLimit` ({ limit, window }). */
export function readOpenRouteLimit(config: RootConfigService): OpenRouteLimit {
  const c = config.getOptionalConfig('portal.openRoutes.rateLimit');
  if (!c) return DEFAULT_OPEN_ROUTE_LIMIT;
  const limit = c.getOptionalNumber('limit') ?? DEFAULT_OPEN_ROUTE_LIMIT.limit;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`portal.openRoutes.rateLimit.limit must be a whole number above 0, not ${limit}`);
  const windowMs = c.has('window') ? durationToMilliseconds(readDurationFromConfig(c, { key: 'window' })) : DEFAULT_OPEN_ROUTE_LIMIT.windowMs;
  return { limit, windowMs };
}

const TABLE = 'open_route_hits';

/** The table of counts, made by whichever replica gets there first. */
async function ensureTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(TABLE)) return;
  try {
    await knex.schema.createTable(TABLE, table => {
      table.string('route', 64).notNullable();
      table.string('source', 64).notNullable();
      table.bigInteger('window_start').notNullable();
      table.integer('hits').notNullable();
      table.primary(['route', 'source', 'window_start']);
      table.index(['window_start']);
    });
  } catch (error) {
    // Another replica made it at the same moment.
    if (!(await knex.schema.hasTable(TABLE))) throw error;
  }
}

/**
 * Counts of requests per route, source address and window, shared through the plugin's database:
 * each replica counts in memory and adds what it counted to the one row of the window every
 * `flushMs`, reading back the total of all replicas. So a request costs no database write, the
 * database sees one write per source and second from each replica, and a source gets `limit`
 * requests per window in all however the load balancer spreads them, give or take what the
 * other replicas took since their last flush.
 */
export class OpenRouteCounter {
  /** Per window and source: the total of every replica at the last flush, and what came since. */
  private readonly counts = new Map<string, { window: number; route: string; source: string; shared: number; pending: number }>();

  private constructor(private readonly knex: Knex, private readonly windowMs: number) {}

  static async create(knex: Knex, windowMs: number): Promise<OpenRouteCounter> {
    await ensureTable(knex);
    return new OpenRouteCounter(knex, windowMs);
  }

  windowOf(now: number): number {
    return Math.floor(now / this.windowMs) * this.windowMs;
  }

  /** Counts one request and returns the count of its window so far, this one included. */
  hit(route: string, source: string, now = Date.now()): number {
    const window = this.windowOf(now);
    const key = `${window}\u0000${route}\u0000${source}`;
    const count = this.counts.get(key) ?? { window, route, source: source.slice(0, 64), shared: 0, pending: 0 };
    count.pending += 1;
    this.counts.set(key, count);
    return count.shared + count.pending;
  }

  /** Adds what this replica counted to the shared rows and reads back every replica's total. */
  async flush(now = Date.now()): Promise<void> {
    const current = this.windowOf(now);
    for (const [key, count] of this.counts) {
      if (count.window < current) {
        this.counts.delete(key);
        continue;
      }
      const { pending } = count;
      const [row] = await this.knex(TABLE)
        .insert({ route: count.route, source: count.source, window_start: count.window, hits: pending })
        .onConflict(['route', 'source', 'window_start'])
        .merge({ hits: this.knex.raw('??.?? + ?', [TABLE, 'hits', pending]) })
        .returning('hits');
      count.pending -= pending;
      count.shared = Number((row as { hits: number }).hits);
    }
  }

  /** Drops windows that have ended. */
  async prune(now = Date.now()): Promise<void> {
    await this.knex(TABLE)
      .where('window_start', '<', this.windowOf(now) - this.windowMs)
      .delete();
  }
}

/** How often each replica adds its counts to the shared ones. */
const FLUSH_MS = 1_000;

/**
 * A rate limit for a route open to the internet (a webhook, a callback): past `limit` requests
 * from one source address in a window, 429 with Retry-After until the window ends. It runs
 * before the body is read or a signature checked, and counts in memory, so a flood costs no
 * database work per request; the counts of all replicas meet in the database every second. If
 * the database cannot be reached the replica goes on counting alone (the route itself then
 * answers 503). Every request's outcome is counted as `portal.webhook.deliveries`.
 */
export async function createOpenRouteLimiter(options: {
  route: string;
  database: DatabaseService;
  config: RootConfigService;
  logger: LoggerService;
  /** Where each request's outcome is counted (`portal.webhook.deliveries`). */
  metrics: MetricsService;
}): Promise<RequestHandler> {
  const count = countDeliveries(webhookDeliveries(options.metrics, options.route));
  const { limit, windowMs } = readOpenRouteLimit(options.config);
  const counter = await OpenRouteCounter.create(await options.database.getClient(), windowMs);
  let flushing = false;
  const flush = setInterval(async () => {
    if (flushing) return;
    flushing = true;
    try {
      await counter.flush();
    } catch (error) {
      options.logger.warn(`Could not share the counts of ${options.route} for its rate limit: ${error}`);
    } finally {
      flushing = false;
    }
  }, FLUSH_MS);
  flush.unref();
  const pruning = setInterval(() => counter.prune().catch(() => undefined), windowMs);
  pruning.unref();

  return (req, res, next) =>
    count(req, res, () => {
      const now = Date.now();
      const source = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      if (counter.hit(options.route, source, now) <= limit) return next();
      const retryAfter = Math.max(1, Math.ceil((counter.windowOf(now) + windowMs - now) / 1000));
      res.setHeader('Retry-After', String(retryAfter));
      return res.status(429).json({
        error: { name: 'TooManyRequestsError', message: `Too many requests from this address to ${options.route}; try again in ${retryAfter} s` },
        response: { statusCode: 429 },
      });
    });
}
