import { MetricsService } from '@backstage/backend-plugin-api/alpha';
import { RequestHandler } from 'express';

/** What became of a request to an open route, as `portal.webhook.deliveries` counts it. */
export type DeliveryOutcome = 'accepted' | 'refused' | 'rate_limited' | 'failed' | 'dead_lettered';

/** The one counter of deliveries to the portal's open routes, with the route's name attached. */
export function webhookDeliveries(metrics: MetricsService, route: string) {
  const counter = metrics.createCounter<{ route: string; outcome: DeliveryOutcome }>('portal.webhook.deliveries', {
    description: 'Deliveries to a route open to the internet (a webhook, a callback), by what became of them',
  });
  // Every outcome is a series from the start, so a dashboard's rate shows 0, not nothing.
  for (const outcome of ['accepted', 'refused', 'rate_limited', 'failed'] as const) counter.add(0, { route, outcome });
  return { add: (outcome: DeliveryOutcome) => counter.add(1, { route, outcome }) };
}

/** The outcome a response's status stands for: 2xx taken, 429 limited, other 4xx refused, 5xx failed. */
export function outcomeOf(status: number): Exclude<DeliveryOutcome, 'dead_lettered'> {
  if (status < 400) return 'accepted';
  if (status === 429) return 'rate_limited';
  return status < 500 ? 'refused' : 'failed';
}

/** Counts each request to an open route by its outcome once the response is sent. */
export function countDeliveries(deliveries: ReturnType<typeof webhookDeliveries>): RequestHandler {
  return (_req, res, next) => {
    res.once('finish', () => deliveries.add(outcomeOf(res.statusCode)));
    next();
  };
}
