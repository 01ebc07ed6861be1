import { HttpAuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult, BasicPermission } from '@backstage/plugin-permission-common';
import { DEFAULT_REPORT, WindowDays, doraEventCreatePermission, doraUnmappedListPermission, isWindowDays } from '@internal/plugin-dora-common';
import express, { Request, RequestHandler } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { createOpenApiRouter } from './schema/openapi.generated';
import { DoraStore, NewDelivery } from './database/DoraStore';
import { deploymentBody } from './ingest/deployments';
import { incidentBody } from './ingest/incidents';
import { InboxProcessor } from './ingest/InboxProcessor';
import { parseInput } from '@internal/backend-validation';
import { DoraMetrics } from './service/DoraMetrics';
import { Webhook, parseJson } from './webhooks';

export interface RouterOptions {
  store: DoraStore;
  processor: InboxProcessor;
  metrics: DoraMetrics;
  webhooks: Webhook[];
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  /** Larger bodies are refused with 413 before they are read. */
  maxBodyBytes: number;
  /** The per-source rate limit of the webhooks, which are open routes. */
  webhookLimiter: RequestHandler;
}

const DEFAULT_WINDOW: WindowDays = 30;

export function windowOf(value: unknown): WindowDays {
  if (value === undefined) return DEFAULT_WINDOW;
  const days = Number(value);
  if (!isWindowDays(days)) throw new InputError(`window must be one of 7, 30, 90, 180 (days), not ${String(value)}`);
  return days;
}

export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { store, processor, metrics, httpAuth, permissions } = options;
  const router = Router();
  // Signatures are checked over the exact bytes received, before anything is parsed: the
  // webhooks read their bodies raw, ahead of the validated router (the spec documents them).
  const rawBody = express.raw({ type: () => true, limit: options.maxBodyBytes });

  const accept = async (delivery: NewDelivery) => {
    const stored = await store.enqueue(delivery);
    if (stored) processor.kick();
    return { status: stored ? ('accepted' as const) : ('duplicate' as const) };
  };

  for (const webhook of options.webhooks) {
    router.post(webhook.path, options.webhookLimiter, rawBody, async (req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      webhook.authenticate(req, body);
      const raw = body.toString('utf8');
      const delivery = webhook.delivery(req, parseJson(raw), raw);
      res.status(202).json(await accept(delivery));
    });
  }

  const api = await createOpenApiRouter({ middleware: [express.json({ limit: options.maxBodyBytes })] });
  router.use(api);

  const authorize = async (req: Request, permission: BasicPermission) => {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize([{ permission }], { credentials });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  };

  // The spec checked the shape; the inbox's reader (the same for every later read of the stored
  // payload) is asked too, so a body it would not read (a time that is no time) is a 400 here.
  const postEvent = (
    path: '/events/deployments' | '/events/incidents',
    what: string,
    schema: z.ZodType,
    toDelivery: (body: any, raw: string) => NewDelivery,
  ) => {
    api.post(path, async (req, res) => {
      await authorize(req, doraEventCreatePermission);
      const raw = JSON.stringify(req.body);
      const body = parseInput(schema, req.body, what);
      res.status(202).json(await accept(toDelivery(body, raw)));
    });
  };
  postEvent('/events/deployments', 'deployment', deploymentBody, (body, raw) => ({
    source: 'api-deployment',
    deliveryKey: String(body.id),
    eventType: 'deployment',
    payload: raw,
  }));
  postEvent('/events/incidents', 'incident', incidentBody, (body, raw) => ({
    source: 'api-incident',
    deliveryKey: `${body.id}|${body.status}`,
    eventType: body.status,
    payload: raw,
  }));

  api.get('/metrics', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await metrics.entityView(req.query.entityRef, windowOf(req.query.window), req.query.report ?? DEFAULT_REPORT, credentials));
  });

  api.get('/deployments', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await metrics.deployments(req.query.entityRef, windowOf(req.query.window), credentials));
  });

  api.get('/overview', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await metrics.overview(windowOf(req.query.window), req.query.report ?? DEFAULT_REPORT, credentials));
  });

  api.get('/unmapped', async (req, res) => {
    await authorize(req, doraUnmappedListPermission);
    res.json({ sources: await store.unmapped(), unreadable: await store.unreadable() });
  });

  // Which of the given components have production deployments recorded: for other plugins.
  api.post('/coverage', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['service'] });
    res.json({ tracked: await metrics.tracked(req.body.entityRefs) });
  });

  return router;
}
