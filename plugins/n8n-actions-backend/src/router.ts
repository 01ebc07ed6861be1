import { HttpAuthService, PermissionsService, UserInfoService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult, BasicPermission } from '@backstage/plugin-permission-common';
import { parseInput } from '@internal/backend-validation';
import { n8nRunApprovePermission } from '@internal/plugin-n8n-actions-common';
import { verifySha256Signature } from '@internal/open-routes';
import express, { Request, RequestHandler } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { createOpenApiRouter } from './schema/openapi.generated';
import { ActionService, Caller } from './service/ActionService';

export interface RouterOptions {
  service: ActionService;
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  permissions: PermissionsService;
  callbackSecret: string;
  /** The per-source rate limit of the callback, an open route. */
  callbackLimiter: RequestHandler;
}

// The callback is checked here, after its signature and before the spec's router reads any body.
const callbackBody = z
  .object({
    runId: z.string().min(1).max(64),
    status: z.enum(['succeeded', 'failed']),
    message: z.string().max(5000).optional(),
    executionId: z.union([z.string(), z.number()]).transform(String).optional(),
  })
  .strict();

export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { service, httpAuth, userInfo, permissions } = options;
  const router = Router();

  // n8n's report: signed over the raw body with the callback secret, so no portal token is needed.
  router.post('/callback', options.callbackLimiter, express.raw({ type: () => true, limit: 64 * 1024 }), async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!verifySha256Signature(options.callbackSecret, raw, req.header('x-portal-signature'))) {
      res.status(401).json({ error: { name: 'AuthenticationError', message: 'Missing or wrong X-Portal-Signature' } });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new InputError('The report is not JSON');
    }
    res.json(await service.report(parseInput(callbackBody, json, 'report')));
  });

  const api = await createOpenApiRouter({ middleware: [express.json({ limit: '256kb' })] });
  router.use(api);

  async function caller(req: Request, permission?: BasicPermission): Promise<Caller> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    if (permission) {
      const [decision] = await permissions.authorize([{ permission }], { credentials });
      if (decision.result !== AuthorizeResult.ALLOW) throw new NotAllowedError('You may not decide on runs');
    }
    const info = await userInfo.getUserInfo(credentials);
    return { userRef: info.userEntityRef, credentials };
  }

  api.get('/actions', async (req, res) => {
    res.json({ actions: await service.offered(req.query.entityRef, await caller(req)) });
  });

  api.post('/runs', async (req, res) => {
    const who = await caller(req);
    const run = await service.request({ ...req.body, parameters: req.body.parameters ?? {} }, who);
    res.status(201).json(run);
  });

  api.get('/runs', async (req, res) => {
    res.json({ runs: await service.runsOf(req.query.entityRef, await caller(req)) });
  });

  api.get('/runs/:id', async (req, res) => {
    res.json(await service.get(req.params.id, await caller(req)));
  });

  api.get('/approvals', async (req, res) => {
    res.json({ runs: await service.approvalsFor(await caller(req)) });
  });

  api.post('/runs/:id/approve', async (req, res) => {
    res.json(await service.decide(req.params.id, 'approved', await caller(req, n8nRunApprovePermission), req.body?.comment));
  });
  api.post('/runs/:id/reject', async (req, res) => {
    res.json(await service.decide(req.params.id, 'rejected', await caller(req, n8nRunApprovePermission), req.body?.comment));
  });

  return router;
}
