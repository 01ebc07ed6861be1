import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import { createOpenApiRouter } from './schema/openapi.generated';
import { MonitoringService } from './service/MonitoringService';

export interface RouterOptions {
  monitoring: MonitoringService;
  httpAuth: HttpAuthService;
}

/** The Datadog API: requests validated against its spec. */
export async function createRouter({ monitoring, httpAuth }: RouterOptions): Promise<express.Router> {
  const router = await createOpenApiRouter();
  router.get('/monitoring', async (req, res) => {
    res.json(await monitoring.forEntity(req.query.entityRef, await httpAuth.credentials(req)));
  });
  return router;
}
