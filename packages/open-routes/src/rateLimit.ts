import { DatabaseService, LoggerService, RootConfigService } from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { RequestHandler } from 'express';
import { Knex } from 'knex';

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
 * Counts of requests per route, source address and window, in the plugin's database: every
 * replica adds to the same row, so a source gets `limit` requests per window in all, however the
 * load balancer spreads them.
 */
export class OpenRouteCounter {
  private constructor(
    private readonly knex: Knex,
    private readonly windowMs: number,
  ) {}

  static async create(knex: Knex, windowMs: number): Promise<OpenRouteCounter> {
    await ensureTable(knex);
    return new OpenRouteCounter(knex, windowMs);
  }

  windowOf(now: number): number {
    return Math.floor(now / this.windowMs) * this.windowMs;
  }

  /** Adds one request and returns the count of its window so far, this one included. */
  async hit(route: string, source: string, now = Date.now()): Promise<number> {
    const [row] = await this.knex(TABLE)
      .insert({ route, source: source.slice(0, 64), window_start: this.windowOf(now), hits: 1 })
      .onConflict(['route', 'source', 'window_start'])
      .merge({ hits: this.knex.raw('??.?? + 1', [TABLE, 'hits']) })
      .returning('hits');
    return Number((row as { hits: number }).hits);
  }

  /** Drops windows that have ended. */
  async prune(now = Date.now()): Promise<void> {
    await this.knex(TABLE).where('window_start', '<', this.windowOf(now) - this.windowMs).delete();
  }
}

/**
 * A rate limit for a route open to the internet (a webhook, a callback): past `limit` requests
 * from one source address in a window, 429 with Retry-After until the window ends. It runs
 * before the body is read or a signature checked, so a flood costs one counter update per
 * request. Each replica also counts for itself and refuses a source that is over the limit on
 * its own without asking the database. If the database cannot be reached the request goes on:
 * the route itself then answers 503.
 */
export async function createOpenRouteLimiter(options: {
  route: string;
  database: DatabaseService;
  config: RootConfigService;
  logger: LoggerService;
}): Promise<RequestHandler> {
  const { limit, windowMs } = readOpenRouteLimit(options.config);
  const counter = await OpenRouteCounter.create(await options.database.getClient(), windowMs);
  const local = new Map<string, number>();
  let localWindow = 0;
  const pruning = setInterval(() => counter.prune().catch(() => undefined), windowMs);
  pruning.unref();

  return async (req, res, next) => {
    const now = Date.now();
    const window = counter.windowOf(now);
    if (window !== localWindow) {
      local.clear();
      localWindow = window;
    }
    const source = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const seenHere = (local.get(source) ?? 0) + 1;
    local.set(source, seenHere);
    let count = seenHere;
    if (seenHere <= limit) {
      try {
        count = await counter.hit(options.route, source, now);
      } catch (error) {
        options.logger.warn(`Could not count a request to ${options.route} for its rate limit: ${error}`);
        return next();
      }
    }
    if (count <= limit) return next();
    const retryAfter = Math.max(1, Math.ceil((window + windowMs - now) / 1000));
    res.setHeader('Retry-After', String(retryAfter));
    return res.status(429).json({
      error: { name: 'TooManyRequestsError', message: `Too many requests from this address to ${options.route}; try again in ${retryAfter} s` },
      response: { statusCode: 429 },
    });
  };
}
