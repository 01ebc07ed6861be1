import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { DEFAULT_REPORT } from '@internal/plugin-dora-common';
import { windowOf } from './router';
import { DoraMetrics } from './service/DoraMetrics';

/** Read-only actions for the actions registry (the AI assistant and MCP clients). */
export function registerDoraActions(actionsRegistry: ActionsRegistryService, metrics: DoraMetrics) {
  actionsRegistry.register({
    name: 'get-dora-metrics',
    title: 'Get DORA metrics',
    description:
      'The DORA metrics (deployment frequency, lead time for changes, change failure rate, failed deployment recovery time, rework rate) of a component, system or group (team) over a window of days, with their performance bands and weekly trend.',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entityRef: z.string().describe('A component, system or group entity ref, e.g. component:default/payments-api'),
          window: z.number().optional().describe('7, 30, 90 or 180 days; 30 when omitted'),
        }),
      output: z => z.object({}).passthrough(),
    },
    // The view checks the caller may see the entity, as the DORA tab does.
    action: async ({ input, credentials }) => ({
      output: { ...(await metrics.entityView(input.entityRef, windowOf(input.window), DEFAULT_REPORT, credentials)) },
    }),
  });
}
