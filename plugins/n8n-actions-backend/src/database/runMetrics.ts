import { MetricsService } from '@backstage/backend-plugin-api/alpha';
import { RUN_STATUSES, RunStatus } from '@internal/plugin-n8n-actions-common';
import { RunStore } from './RunStore';

/**
 * `portal.self_service.runs`: the runs of each configured action in each status now. Read from the
 * database at each scrape, so every replica reports the same figures (a dashboard takes the max),
 * and every status of every action is a series, 0 included.
 */
export function observeRunsByStatus(metrics: MetricsService, store: RunStore, actionIds: string[]) {
  metrics
    .createObservableGauge<{ action: string; status: RunStatus }>('portal.self_service.runs', {
      description: 'Self-service runs of each action in each status now',
    })
    .addCallback(async result => {
      const counts = await store.countByStatus().catch(() => undefined);
      if (!counts) return;
      const of = (action: string, status: RunStatus) => counts.find(c => c.actionId === action && c.status === status)?.count ?? 0;
      for (const action of actionIds) for (const status of RUN_STATUSES) result.observe(of(action, status), { action, status });
    });
}
