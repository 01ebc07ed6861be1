import { SchedulerServiceTaskFunction } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { portalPolicyForTests } from '@internal/plugin-permission-backend-module-portal-policy/testUtils';
import { signSha256 } from '@internal/open-routes';
import { recordedMetrics } from '@internal/test-fakes';
import { Knex } from 'knex';
import { n8nActionsPlugin } from '../plugin';
import claimsPlugin from '@internal/plugin-claims-backend';
import { ACTIONS, CONFIGURED_LOCATION, directory, entities } from './catalog';

export const CALLBACK_SECRET = 'callback-test-secret';
export const WEBHOOK_HEADER = { name: 'X-Portal-Token', value: 'webhook-test-token' };

const { userInfo, authorize, authorizeConditional } = portalPolicyForTests(directory);

export const signReport = (body: string) => signSha256(CALLBACK_SECRET, body);

/** The plugin on a test backend against `n8nUrl`, with its sweep and notifications in the test's hands. */
export async function startActionsBackend(knex: Knex, n8nUrl: string, overrides: object = {}) {
  const tasks: Record<string, SchedulerServiceTaskFunction> = {};
  const sent: Array<{ recipients: { entityRef: string[] }; payload: { title: string } }> = [];
  const metrics = recordedMetrics();
  const backend = await startTestBackend({
    features: [
      n8nActionsPlugin,
      metrics.factory,
      // The real claims backend: it says whether an entity may be acted on.
      claimsPlugin,
      mockServices.rootConfig.factory({
        data: {
          backend: { baseUrl: 'http://portal.test' },
          catalog: { locations: [{ type: 'file', target: CONFIGURED_LOCATION }] },
          n8nActions: {
            baseUrl: n8nUrl,
            webhookHeader: WEBHOOK_HEADER,
            apiKey: 'n8n-api-key',
            callbackSecret: CALLBACK_SECRET,
            triggerTimeoutMs: 500,
            runTimeout: { minutes: 15 },
            actions: ACTIONS,
            ...overrides,
          },
        },
      }),
      mockServices.database.factory({ knex }),
      catalogServiceMock.factory({ entities }),
      mockServices.userInfo.mock(userInfo).factory,
      mockServices.permissions.mock({ authorize: authorize as any, authorizeConditional: authorizeConditional as any }).factory,
      mockServices.scheduler.mock({
        async scheduleTask(task) {
          tasks[task.id] = task.fn as SchedulerServiceTaskFunction;
        },
      }).factory,
      createServiceFactory({ service: notificationService, deps: {}, factory: () => ({ send: async (n: any) => void sent.push(n) }) }),
    ],
  });
  return {
    server: backend.server,
    stop: () => backend.stop(),
    sweep: () => tasks['n8n-actions-sweep'](new AbortController().signal),
    notifications: sent,
    metrics,
  };
}
