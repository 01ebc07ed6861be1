import { HttpAuthService, PermissionsService, UserInfoService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult, BasicPermission } from '@backstage/plugin-permission-common';
import { parseInput } from '@internal/backend-validation';
import { n8nRunApprovePermission } from '@internal/plugin-n8n-actions-common';
import { verifySha256Signature } from '@internal/open-routes';
import express, { Request, RequestHandler } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
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

const runBody = z
  .object({
    actionId: z.string().min(1).max(128),
    entityRef: z.string().min(1).max(255),
    parameters: z.record(z.string(), z.unknown()).default({}),
    // The caller's idempotency key: sending the same request again returns the same run.
    requestKey: z.string().min(1).max(255).optional(),
  })
  .strict();

const decisionBody = z.object({ comment: z.string().max(2000).optional() }).strict();

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

  router.use(express.json({ limit: '256kb' }));

  async function caller(req: Request, permission?: BasicPermission): Promise<Caller> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    if (permission) {
      const [decision] = await permissions.authorize([{ permission }], { credentials });
      if (decision.result !== AuthorizeResult.ALLOW) throw new NotAllowedError('You may not decide on runs');
    }
    const info = await userInfo.getUserInfo(credentials);
    return { userRef: info.userEntityRef, credentials };
  }

  const entityRefOf = (value: unknown) => {
    if (typeof value !== 'string' || value.length === 0) throw new InputError('entityRef is required');
    return value;
  };

  router.get('/actions', async (req, res) => {
    res.json({ actions: await service.offered(entityRefOf(req.query.entityRef), await caller(req)) });
  });

  router.post('/runs', async (req, res) => {
    const who = await caller(req);
    const run = await service.request(parseInput(runBody, req.body, 'run request'), who);
    res.status(201).json(run);
  });

  router.get('/runs', async (req, res) => {
    const entityRef = entityRefOf(req.query.entityRef);
    res.json({ runs: await service.runsOf(entityRef, await caller(req)) });
  });

  router.get('/runs/:id', async (req, res) => {
    res.json(await service.get(req.params.id, await caller(req)));
  });

  router.get('/approvals', async (req, res) => {
    res.json({ runs: await service.approvalsFor(await caller(req)) });
  });

  for (const [path, decision] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ] as const) {
    router.post(`/runs/:id/${path}`, async (req, res) => {
      const who = await caller(req, n8nRunApprovePermission);
      const { comment } = parseInput(decisionBody, req.body ?? {}, 'decision');
      res.json(await service.decide(req.params.id, decision, who, comment));
    });
  }

  return router;
}
