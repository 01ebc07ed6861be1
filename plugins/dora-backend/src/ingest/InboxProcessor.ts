import { LoggerService } from '@backstage/backend-plugin-api';
import { MetricsService } from '@backstage/backend-plugin-api/alpha';
import { webhookDeliveries } from '@internal/portal-metrics';
import { DoraStore } from '../database/DoraStore';
import { storableBatch } from './storable';
import { DeliveryReader } from './types';

const BATCH = 200;
/** The name the DORA webhooks' deliveries are counted under (their open-route limiter's). */
export const WEBHOOKS_ROUTE = 'DORA webhooks';
/** Tries to store a delivery's events before it is set aside as a dead letter. */
export const MAX_ATTEMPTS = 5;

/**
 * Reads stored deliveries into events. Deliveries are acknowledged as soon as they are stored;
 * this runs right after, and on a schedule for anything a crash left behind. Storing events is
 * idempotent, so two replicas reading the same delivery do no harm.
 */
export class InboxProcessor {
  private running?: Promise<number>;
  private again = false;
  private readonly deadLetters: ReturnType<typeof webhookDeliveries>;

  constructor(
    private readonly store: DoraStore,
    private readonly readers: Record<string, DeliveryReader>,
    private readonly logger: LoggerService,
    metrics: MetricsService,
  ) {
    // The same series the webhooks count their deliveries in, so one panel shows every outcome.
    this.deadLetters = webhookDeliveries(metrics, WEBHOOKS_ROUTE);
    // Read from the database, so every replica reports the one inbox: a dashboard takes the max.
    metrics
      .createObservableGauge<{ inbox: string }>('portal.inbox.lag.seconds', {
        description: 'Age in seconds of the oldest delivery waiting to be read into events (0 when none waits)',
        unit: 's',
      })
      .addCallback(async result => {
        const oldest = await store.oldestPendingAt().catch(() => undefined);
        result.observe(oldest === undefined ? 0 : Math.max(0, (Date.now() - oldest) / 1000), { inbox: 'dora' });
      });
  }

  /** Starts a run without waiting for it; during a run, asks for one more after it. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.start().catch(error => this.logger.error(`DORA inbox processing failed: ${error}`));
  }

  /** Processes everything pending now; resolves to the number of deliveries read into events. */
  async run(): Promise<number> {
    while (this.running) {
      await this.running.catch(() => undefined);
    }
    return this.start();
  }

  private start(): Promise<number> {
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
    return this.running;
  }

  private async drain(): Promise<number> {
    let processed = 0;
    let afterId = 0;
    for (;;) {
      const deliveries = await this.store.pendingDeliveries(BATCH, afterId);
      if (deliveries.length === 0) return processed;
      for (const delivery of deliveries) {
        afterId = delivery.id;
        const reader = this.readers[delivery.source];
        let batch;
        try {
          if (!reader) throw new Error(`no reader for source '${delivery.source}'`);
          batch = reader({ ...delivery, payload: JSON.parse(delivery.payload) });
        } catch (error) {
          await this.store.markUnreadable(delivery.id, error instanceof Error ? error.message : String(error));
          this.deadLetters.add('dead_lettered');
          continue;
        }
        try {
          await this.store.apply(storableBatch(batch), delivery.id);
          processed += 1;
        } catch (error) {
          // Left pending for the scheduled run to try again (the database may be away), but
          // only so often: then it is kept aside with the reason, in the admins' list.
          const attempts = await this.store.failedAttempt(delivery.id, `${error}`, MAX_ATTEMPTS);
          if (attempts >= MAX_ATTEMPTS) this.deadLetters.add('dead_lettered');
          this.logger.warn(
            attempts >= MAX_ATTEMPTS
              ? `DORA delivery ${delivery.id} could not be stored after ${attempts} attempts and was set aside: ${error}`
              : `Could not store events of DORA delivery ${delivery.id} (attempt ${attempts} of ${MAX_ATTEMPTS}): ${error}`,
          );
        }
      }
    }
  }
}
