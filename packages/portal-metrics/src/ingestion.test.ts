import { recordedMetrics } from '@internal/test-fakes';
import { ingestionRuns } from './ingestion';
import { outcomeOf } from './deliveries';

describe('the portal metrics several plugins share', () => {
  it('counts ingestion runs per source and outcome, each a series from the start', async () => {
    const metrics = recordedMetrics();
    const focus = ingestionRuns(metrics.service, 'focus');
    ingestionRuns(metrics.service, 'opencost').add('failed');
    expect(await metrics.value('portal.ingestion.runs', { source: 'focus', outcome: 'failed' })).toBe(0);
    focus.add('succeeded');
    focus.add('succeeded');
    expect(await metrics.value('portal.ingestion.runs', { source: 'focus', outcome: 'succeeded' })).toBe(2);
    expect(await metrics.value('portal.ingestion.runs', { source: 'opencost', outcome: 'failed' })).toBe(1);
  });

  it('reads an open route response status as the outcome of its delivery', () => {
    expect([200, 202, 400, 401, 413, 429, 500, 503].map(outcomeOf)).toEqual([
      'accepted',
      'accepted',
      'refused',
      'refused',
      'refused',
      'rate_limited',
      'failed',
      'failed',
    ]);
  });
});
