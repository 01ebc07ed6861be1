import { MetricsService } from '@backstage/backend-plugin-api/alpha';

/** What a run of an outside source ended with. */
export type IngestionOutcome = 'succeeded' | 'failed';

/**
 * `portal.ingestion.runs`: each run of a source the portal reads on a schedule (a cost source,
 * Argo CD's applications), by outcome. A run that failed and left the stored data as it was
 * counts as failed even though its task completed, which the scheduler's own metric cannot tell.
 */
export function ingestionRuns(metrics: MetricsService, source: string) {
  const counter = metrics.createCounter<{ source: string; outcome: IngestionOutcome }>('portal.ingestion.runs', {
    description: 'Runs of a source the portal reads on a schedule, by outcome',
  });
  for (const outcome of ['succeeded', 'failed'] as const) counter.add(0, { source, outcome });
  return { add: (outcome: IngestionOutcome) => counter.add(1, { source, outcome }) };
}
