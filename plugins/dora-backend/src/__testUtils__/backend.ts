import { SchedulerServiceTaskFunction } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceFactory } from '@backstage/backend-defaults/alpha';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { portalPolicyForTests } from '@internal/plugin-permission-backend-module-portal-policy/testUtils';
import { Knex } from 'knex';
import { doraPlugin } from '../plugin';
import claimsPlugin from '@internal/plugin-claims-backend';
import { CONFIGURED_LOCATION, entities } from './catalog';

export const SECRETS = {
  github: 'github-test-secret',
  argocd: 'argocd-test-token',
  incidents: 'incident-test-secret',
  pagerduty: 'pagerduty-test-secret',
};

const { userInfo, authorize: decide } = portalPolicyForTests({
  'user:default/carol': ['group:default/payments-team'],
  'user:default/alice': ['group:default/platform-admins'],
});

/** The DORA plugin on a test backend, with its scheduled tasks in the test's hands. */
export async function startDoraBackend(knex: Knex, dora: object = {}) {
  const tasks: Record<string, SchedulerServiceTaskFunction> = {};
  const backend = await startTestBackend({
    features: [
      doraPlugin,
      // The real claims backend: it settles which component each repository and application belongs to.
      claimsPlugin,
      // The real registry: its actions answer over HTTP, as the assistant and MCP clients call them.
      actionsRegistryServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          catalog: { locations: [{ type: 'file', target: CONFIGURED_LOCATION }] },
          dora: {
            maxBodyBytes: 4096,
            github: { webhookSecret: SECRETS.github },
            argocd: { token: SECRETS.argocd },
            incidents: { webhookSecret: SECRETS.incidents },
            pagerduty: { webhookSecret: SECRETS.pagerduty },
            ...dora,
          },
        },
      }),
      mockServices.database.factory({ knex }),
      catalogServiceMock.factory({ entities }),
      mockServices.userInfo.mock(userInfo).factory,
      mockServices.permissions.mock({ authorize: decide as any }).factory,
      mockServices.scheduler.mock({
        async scheduleTask(task) {
          tasks[task.id] = task.fn as SchedulerServiceTaskFunction;
        },
      }).factory,
    ],
  });
  const runTask = (id: string) => tasks[id](new AbortController().signal);
  // The catalog is read into the service map as the scheduled task would.
  await runTask('dora-service-map');
  return {
    server: backend.server,
    stop: () => backend.stop(),
    /** Reads every stored delivery into events, as the scheduled run would. */
    process: () => runTask('dora-inbox'),
  };
}

export { signSha256 as sign } from '@internal/open-routes';
