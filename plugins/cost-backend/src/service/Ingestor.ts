import { LoggerService } from '@backstage/backend-plugin-api';
import { MetricsService } from '@backstage/backend-plugin-api/alpha';
import { ingestionRuns } from '@internal/portal-metrics';
import { CostStore } from '../database/CostStore';
import { CostSource, RangedResult } from '../sources/types';

export interface IngestorOptions {
  /** Attempts after the first one fails, waiting `backoffMs`, then 4x as long each time. */
  retries: number;
  backoffMs: number;
  sleep?: (ms: number) => Promise<void>;
}

const MAX_LOGGED_REASONS = 5;

/**
 * Runs a source and stores what it returns. A source that fails, or returns only rejected lines,
 * leaves the stored data as it was; the failure is recorded so the tab can say the data is stale
 * and why.
 */
export class Ingestor {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly runs = new Map<string, ReturnType<typeof ingestionRuns>>();

  constructor(
    private readonly store: CostStore,
    private readonly logger: LoggerService,
    private readonly options: IngestorOptions,
    private readonly metrics: MetricsService,
  ) {
    this.sleep = options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
  }

  /** The source's run counter, at 0 from the moment it is named, so dashboards see it before its first run. */
  runsOf(sourceId: string) {
    if (!this.runs.has(sourceId)) this.runs.set(sourceId, ingestionRuns(this.metrics, `cost:${sourceId}`));
    return this.runs.get(sourceId)!;
  }

  /** Ingests the days from `from` to `to`; resolves to the result stored, or undefined on failure. */
  async run(source: CostSource, from: string, to: string): Promise<RangedResult | undefined> {
    let lastError = '';
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (attempt > 0) await this.sleep(this.options.backoffMs * 4 ** (attempt - 1));
      try {
        const result = await source.fetch(from, to);
        this.logRejected(source.id, result);
        if (result.lines.length === 0 && result.rejected.length > 0) {
          throw new Error(`all ${result.rejected.length} lines were rejected (first: ${result.rejected[0].reason})`);
        }
        const range = result.range ?? { from, to };
        try {
          await this.store.replaceSourceDays(source.id, range.from, range.to, result.lines);
        } catch (error) {
          // The database's own message can be long and quote the data; it goes to the log only.
          this.logger.error(`Cost source ${source.id}: storing ${result.lines.length} lines failed`, error as Error);
          throw new Error('the data could not be stored (see the backend log)');
        }
        await this.store.recordAttempt(source.id, { ok: true });
        this.runsOf(source.id).add('succeeded');
        return result;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Cost source ${source.id}, attempt ${attempt + 1}: ${lastError}`);
      }
    }
    await this.store.recordAttempt(source.id, { ok: false, error: lastError });
    this.runsOf(source.id).add('failed');
    return undefined;
  }

  private logRejected(sourceId: string, result: RangedResult) {
    if (result.rejected.length === 0) return;
    const reasons = result.rejected
      .slice(0, MAX_LOGGED_REASONS)
      .map(r => `${r.where}: ${r.reason}`)
      .join('; ');
    this.logger.warn(`Cost source ${sourceId}: rejected ${result.rejected.length} lines (${reasons})`);
  }
}
