import { AuthenticationError, InputError, ServiceUnavailableError } from '@backstage/errors';
import { Request } from 'express';
import { z } from 'zod';
import { argoCdBody } from './ingest/deployments';
import { incidentBody } from './ingest/incidents';
import { parseInput } from '@internal/backend-validation';
import { sameSecret, verifySha256Signature } from '@internal/open-routes';
import { verifyPagerDutySignature } from './ingest/signatures';
import { NewDelivery } from './database/DoraStore';

/** The secrets the webhooks check; a webhook without its secret refuses every delivery. */
export interface WebhookSecrets {
  github?: string;
  argocd?: string;
  incidents?: string;
  pagerduty?: string;
}

/** A webhook: checks who sent a delivery, then says how it is stored. */
export interface Webhook {
  path: string;
  /** Throws AuthenticationError before anything is read when the sender is not proven. */
  authenticate(req: Request, body: Buffer): void;
  /** The delivery to store; throws InputError for a body the portal cannot take. */
  delivery(req: Request, json: unknown, raw: string): NewDelivery;
}

function requireSecret(secret: string | undefined, name: string): string {
  if (!secret) {
    throw new ServiceUnavailableError(`The ${name} webhook is not configured: its secret is not set`);
  }
  return secret;
}

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name.toLocaleLowerCase('en-US')];
  return Array.isArray(value) ? value[0] : value;
}

function requireHeader(req: Request, name: string): string {
  const value = header(req, name);
  if (!value) throw new InputError(`Missing ${name} header`);
  return value;
}

export function createWebhooks(secrets: WebhookSecrets): Webhook[] {
  return [
    {
      path: '/webhooks/github',
      authenticate(req, body) {
        const secret = requireSecret(secrets.github, 'GitHub');
        if (!verifySha256Signature(secret, body, header(req, 'X-Hub-Signature-256'))) {
          throw new AuthenticationError('Missing or invalid X-Hub-Signature-256');
        }
      },
      delivery(req, _json, raw) {
        return {
          source: 'github',
          deliveryKey: requireHeader(req, 'X-GitHub-Delivery'),
          eventType: requireHeader(req, 'X-GitHub-Event'),
          payload: raw,
        };
      },
    },
    {
      // Argo CD notifications cannot sign; a shared secret in a header stands in.
      path: '/webhooks/argocd',
      authenticate(req) {
        const secret = requireSecret(secrets.argocd, 'Argo CD');
        if (!sameSecret(secret, header(req, 'X-DORA-Token'))) {
          throw new AuthenticationError('Missing or invalid X-DORA-Token');
        }
      },
      delivery(_req, json, raw) {
        const body = parseInput(argoCdBody, json, 'Argo CD notification');
        // The same sync reported twice counts once.
        return { source: 'argocd', deliveryKey: `${body.app}|${body.revision}|${body.phase}`, eventType: 'sync', payload: raw };
      },
    },
    {
      path: '/webhooks/incidents',
      authenticate(req, body) {
        const secret = requireSecret(secrets.incidents, 'incident');
        if (!verifySha256Signature(secret, body, header(req, 'X-Signature-256'))) {
          throw new AuthenticationError('Missing or invalid X-Signature-256');
        }
      },
      delivery(req, json, raw) {
        const body = parseInput(incidentBody, json, 'incident');
        return {
          source: 'incident',
          deliveryKey: header(req, 'X-Delivery-Id') ?? `${body.id}|${body.status}`,
          eventType: body.status,
          payload: raw,
        };
      },
    },
    {
      path: '/webhooks/pagerduty',
      authenticate(req, body) {
        const secret = requireSecret(secrets.pagerduty, 'PagerDuty');
        if (!verifyPagerDutySignature(secret, body, header(req, 'X-PagerDuty-Signature'))) {
          throw new AuthenticationError('Missing or invalid X-PagerDuty-Signature');
        }
      },
      delivery(_req, json, raw) {
        const { event } = parseInput(z.object({ event: z.object({ id: z.string().min(1), event_type: z.string().min(1) }) }), json, 'PagerDuty event');
        return { source: 'pagerduty', deliveryKey: event.id, eventType: event.event_type, payload: raw };
      },
    },
  ];
}

/** Parses a JSON body already known to come from the sender. */
export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new InputError(`Body is not valid JSON: ${(error as Error).message}`);
  }
}
