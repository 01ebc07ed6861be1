import { DEPLOYMENT_KINDS } from '@internal/plugin-dora-common';
import { z } from 'zod';
import { DeliveryReader, EventBatch, emptyBatch } from './types';
import { time } from './parse';
import { parseInput } from '@internal/backend-validation';
import { serviceRef } from './entityService';

const sha = z.string().min(1).max(64);

/** A deployment as the REST API takes it, with the changes it carried if the sender knows them. */
export const deploymentBody = z
  .object({
    id: z.string().min(1).max(200),
    service: serviceRef,
    environment: z.string().min(1).max(255),
    revision: sha.optional(),
    deployedAt: time,
    status: z.enum(['succeeded', 'failed']).default('succeeded'),
    kind: z.enum(DEPLOYMENT_KINDS as [string, ...string[]]).default('normal'),
    url: z.string().url().max(2000).optional(),
    changes: z
      .array(z.object({ sha, firstCommitAt: time, landedAt: time.optional(), url: z.string().url().max(2000).optional() }).strict())
      .max(1000)
      .default([]),
  })
  .strict();

/** Deployments posted to the REST API. */
export const readApiDeployment: DeliveryReader = ({ payload }) => {
  const body = parseInput(deploymentBody, payload, 'deployment');
  const key = { serviceKind: 'entity' as const, serviceKey: body.service };
  const batch: EventBatch = emptyBatch();
  batch.deployments.push({
    ...key,
    id: `api:${body.id}`,
    environment: body.environment,
    revision: body.revision,
    deployedAt: body.deployedAt,
    status: body.status,
    kind: body.kind as 'normal' | 'rollback' | 'hotfix',
    url: body.url,
  });
  for (const c of body.changes) {
    // Without a landing time, a change the sender says this deployment carried is taken to have
    // landed when it was deployed, so it is counted with this deployment.
    batch.changes.push({
      ...key,
      sha: c.sha,
      firstCommitAt: c.firstCommitAt,
      landedAt: c.landedAt ?? body.deployedAt,
      url: c.url,
    });
  }
  return batch;
};

/** The body the Argo CD notifications template posts (see the DORA docs for the template). */
export const argoCdBody = z.object({
  // A Kubernetes resource name, as every Argo CD application's is.
  app: z
    .string()
    .min(1)
    .max(253)
    .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'must be an Argo CD application name (lower-case letters, digits, "-" and ".")'),
  revision: sha,
  phase: z.string().min(1).max(32),
  finishedAt: time,
  environment: z.string().max(255).optional(),
  kind: z.enum(DEPLOYMENT_KINDS as [string, ...string[]]).optional(),
  url: z.string().max(2000).optional(),
});

const ARGO_PHASES = new Map<string, 'succeeded' | 'failed'>([
  ['Succeeded', 'succeeded'],
  ['Failed', 'failed'],
  ['Error', 'failed'],
]);

/** Argo CD sync results: Succeeded is a deployment, Failed and Error a failed attempt. */
export const readArgoCdDelivery: DeliveryReader = ({ payload }) => {
  const body = parseInput(argoCdBody, payload, 'Argo CD notification');
  const batch: EventBatch = emptyBatch();
  const status = ARGO_PHASES.get(body.phase);
  if (!status) return batch;
  batch.deployments.push({
    serviceKind: 'argocd',
    serviceKey: body.app,
    id: `argocd:${body.app}:${body.revision}`,
    environment: body.environment || undefined,
    revision: body.revision,
    deployedAt: body.finishedAt,
    status,
    kind: (body.kind ?? 'normal') as 'normal' | 'rollback' | 'hotfix',
    url: body.url || undefined,
  });
  return batch;
};
