import { z } from 'zod';
import { DeliveryReader, EventBatch, KeyedIncident, emptyBatch } from './types';
import { time } from './parse';
import { parseInput } from '@internal/backend-validation';
import { serviceRef } from './entityService';

/** An incident as the generic webhook and the REST API take it. */
export const incidentBody = z
  .object({
    id: z.string().min(1).max(200),
    status: z.enum(['opened', 'resolved']),
    service: serviceRef,
    openedAt: time,
    resolvedAt: time.optional(),
    deploymentId: z.string().max(255).optional(),
    revision: z.string().max(255).optional(),
    title: z.string().max(500).optional(),
    url: z.string().url().max(2000).optional(),
  })
  .strict()
  .refine(b => b.status === 'opened' || b.resolvedAt !== undefined, {
    message: 'is required when status is resolved',
    path: ['resolvedAt'],
  });

export function incidentFromBody(body: z.infer<typeof incidentBody>, idPrefix: string): KeyedIncident {
  return {
    serviceKind: 'entity',
    serviceKey: body.service,
    id: `${idPrefix}:${body.id}`,
    openedAt: body.openedAt,
    resolvedAt: body.status === 'resolved' ? body.resolvedAt : undefined,
    deploymentId: body.deploymentId,
    revision: body.revision,
    title: body.title,
    url: body.url,
  };
}

/** The generic signed incident webhook. */
export const readIncidentDelivery: DeliveryReader = ({ payload }) => {
  const batch: EventBatch = emptyBatch();
  batch.incidents.push(incidentFromBody(parseInput(incidentBody, payload, 'incident'), 'incident'));
  return batch;
};

const pagerDutyEvent = z.object({
  event: z.object({
    id: z.string(),
    event_type: z.string(),
    occurred_at: time,
    data: z
      .object({
        id: z.string(),
        type: z.string().optional(),
        title: z.string().optional(),
        html_url: z.string().optional(),
        created_at: time.optional(),
        service: z.object({ id: z.string() }).optional(),
      })
      .passthrough(),
  }),
});

/** PagerDuty v3 webhooks: triggered opens an incident, resolved resolves it. */
export const readPagerDutyDelivery: DeliveryReader = ({ payload }) => {
  const batch: EventBatch = emptyBatch();
  const { event } = parseInput(pagerDutyEvent, payload, 'PagerDuty event');
  const data = event.data;
  const type = event.event_type;
  if ((type !== 'incident.triggered' && type !== 'incident.resolved') || !data.service) return batch;
  batch.incidents.push({
    serviceKind: 'pagerduty',
    serviceKey: data.service.id,
    id: `pagerduty:${data.id}`,
    openedAt: data.created_at ?? event.occurred_at,
    resolvedAt: type === 'incident.resolved' ? event.occurred_at : undefined,
    title: data.title,
    url: data.html_url,
  });
  return batch;
};
