import { PortalClient, PortalError, TaskEvent } from './client';

export interface CreateOptions {
  /** What is being created: must be the template's spec.type (service, website, resource...). */
  kind: string;
  name: string;
  template: string;
  values: Record<string, unknown>;
  wait: boolean;
}

/**
 * The form's defaults for every field the caller left out, so the terminal gets what the wizard
 * would have sent. Values given on the command line always win.
 */
export function withDefaults(schema: Awaited<ReturnType<PortalClient['parameterSchema']>>, given: Record<string, unknown>) {
  const values: Record<string, unknown> = {};
  for (const step of schema.steps) {
    for (const [key, property] of Object.entries(step.schema.properties ?? {})) {
      if (property.default !== undefined) values[key] = property.default;
    }
  }
  return { ...values, ...given };
}

/** Runs a template through the portal and reports its steps as they happen. */
export async function create(client: PortalClient, options: CreateOptions, out: (line: string) => void): Promise<TaskEvent['body']['output']> {
  const templates = await client.templates();
  const template = templates.find(t => t.name === options.template);
  if (!template) {
    const names = templates.filter(t => t.type === options.kind).map(t => t.name);
    throw new PortalError(`There is no template named ${options.template}. Templates for a ${options.kind}: ${names.join(', ') || 'none'}`);
  }
  if (template.type !== options.kind) {
    throw new PortalError(`Template ${options.template} creates a ${template.type}, not a ${options.kind}`);
  }
  const values = withDefaults(await client.parameterSchema(options.template), { ...options.values, name: options.name });
  const taskId = await client.createTask(options.template, values);
  out(`Started ${template.title ?? template.name} for ${options.name} (task ${taskId})`);
  if (!options.wait) return undefined;

  let after: number | undefined;
  let failedStep: string | undefined;
  const logs = new Map<string, string[]>();
  for (;;) {
    const events = await client.taskEvents(taskId, after);
    for (const event of events) {
      after = Math.max(after ?? 0, event.id);
      const { stepId, status, message } = event.body;
      if (event.type === 'log' && stepId && status) {
        out(`  ${stepId}: ${status}`);
        if (status === 'failed') failedStep = stepId;
      } else if (event.type === 'log' && stepId && message) {
        logs.set(stepId, [...(logs.get(stepId) ?? []), message].slice(-5));
      }
      if (event.type === 'cancelled') throw new PortalError(`Task ${taskId} was cancelled`);
      if (event.type === 'completion') {
        if (event.body.error) {
          const where = failedStep ? ` in step ${failedStep}:\n    ${(logs.get(failedStep) ?? []).join('\n    ')}` : '';
          throw new PortalError(`Task ${taskId} failed: ${event.body.error.message}${where}`);
        }
        return event.body.output;
      }
    }
  }
}
