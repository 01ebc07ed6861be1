import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { tokenFetchApi } from '@internal/api-client';
import { N8nActionsClient, reasonOf } from '@internal/plugin-n8n-actions-common';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * `n8n:trigger`: runs a self-service action for an entity as the person running the template,
 * through the self-service backend, so its schema, runners, approvals and audit all apply. The
 * request key is the task's, so a retried task never starts the workflow twice.
 */
export function createN8nTriggerAction(options: { auth: AuthService; discovery: DiscoveryService; pollIntervalMs?: number }) {
  return createTemplateAction({
    id: 'n8n:trigger',
    description: 'Runs a self-service action (an n8n workflow) for an entity, with its checks and approvals.',
    supportsDryRun: true,
    schema: {
      input: {
        action: z => z.string().describe('The id of the self-service action, e.g. preview-environment'),
        entityRef: z => z.string().describe('The entity the action is for'),
        parameters: z => z.record(z.string(), z.unknown()).default({}).describe("The action's parameters"),
        wait: z => z.boolean().default(true).describe('Wait until the workflow reports (or approval is pending)'),
        timeoutSeconds: z => z.number().int().min(1).max(3600).default(300),
      },
      output: {
        runId: z => z.string(),
        status: z => z.string(),
      },
    },
    async handler(ctx) {
      if (ctx.isDryRun) {
        ctx.logger.info(`Would run ${ctx.input.action} for ${ctx.input.entityRef}`);
        ctx.output('runId', 'dry-run');
        ctx.output('status', 'dry-run');
        return;
      }
      // As the person running the template: their permissions and their name on the run.
      const client = new N8nActionsClient({
        discoveryApi: options.discovery,
        fetchApi: tokenFetchApi(async () => {
          const { token } = await options.auth.getPluginRequestToken({ onBehalfOf: await ctx.getInitiatorCredentials(), targetPluginId: 'n8n-actions' });
          return token;
        }, 30_000),
      });
      const refusal = (error: unknown) => {
        throw new Error(reasonOf(error));
      };

      let run = await client
        .requestRun({
          actionId: ctx.input.action,
          entityRef: ctx.input.entityRef,
          parameters: ctx.input.parameters,
          requestKey: `scaffolder:${ctx.task.id}:${ctx.input.action}:${ctx.input.entityRef}`,
        })
        .catch(refusal);
      ctx.logger.info(`${run.actionTitle} for ${run.entityRef}: run ${run.id} is ${run.status}`);
      const deadline = Date.now() + ctx.input.timeoutSeconds * 1000;
      while (ctx.input.wait && run.status === 'running' && Date.now() < deadline) {
        await sleep(options.pollIntervalMs ?? 2000);
        run = (await client.getRun(run.id).catch(refusal)).run;
      }
      ctx.output('runId', run.id);
      ctx.output('status', run.status);
      if (run.status === 'failed' || run.status === 'rejected') {
        throw new Error(`${run.actionTitle} ${run.status}: ${run.reason ?? 'no reason given'}`);
      }
      if (run.status === 'pending_approval') {
        ctx.logger.info(`Waiting for approval by ${run.approvers.filter(a => a !== run.requester).join(', ')}; the template goes on`);
      } else if (run.status === 'running') {
        ctx.logger.warn(`No report from the workflow within ${ctx.input.timeoutSeconds} s; the run goes on in n8n`);
      }
    },
  });
}
