import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { CostViews } from './service/CostViews';

/** Read-only actions for the actions registry (the AI assistant and MCP clients). */
export function registerCostActions(actionsRegistry: ActionsRegistryService, views: CostViews) {
  actionsRegistry.register({
    name: 'get-entity-cost',
    title: 'Get cost of an entity',
    description:
      'The cloud cost of a component, system or group (team): month to date, forecast, last month, the daily trend, the biggest changes and the budget, as on its Cost tab.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z => z.object({ entityRef: z.string().describe('A component, system or group entity ref, e.g. group:default/payments-team') }),
      output: z => z.object({}).passthrough(),
    },
    // The view checks the caller may see the entity, as the Cost tab does.
    action: async ({ input, credentials }) => ({ output: { ...(await views.entityView(input.entityRef, credentials, false)) } }),
  });
}
