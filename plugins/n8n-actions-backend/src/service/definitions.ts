import { ActionDefinition, durationMs, schemaProblems } from '@internal/plugin-n8n-actions-common';
import fs from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'must be lower-case letters, digits and dashes');
// A path under n8n's /webhook/: never a URL, so no caller or definition can point the portal elsewhere.
const webhookPath = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_/-]{0,200}$/, 'must be a webhook path such as portal/production-access, not a URL')
  .refine(p => !p.includes('..'), 'must not contain ..');
const entityRef = z.string().regex(/^[a-z]+:[a-z0-9-_.]+\/[a-z0-9-_.]+$/i, 'must be an entity reference such as group:default/sre');

const runners = z.object({ groups: z.array(entityRef).min(1) }).strict();
const approval = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }).strict(),
  z.object({ type: z.literal('owners'), count: z.number().int().min(1).default(1) }).strict(),
  z.object({ type: z.literal('group'), group: entityRef, count: z.number().int().min(1).default(1) }).strict(),
]);

const definition = z
  .object({
    id: slug,
    title: z.string().min(1),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()),
    appliesTo: z.array(z.object({ kind: z.string().optional(), type: z.string().optional(), tags: z.array(z.string()).optional() }).strict()).min(1),
    workflow: z.object({ webhookPath, workflowId: z.string().optional() }).strict(),
    runners: runners.optional(),
    approval,
    production: z
      .object({
        parameter: z.string().min(1),
        values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1),
        approval: approval.optional(),
        runners: runners.optional(),
      })
      .strict()
      .optional(),
    timeToLive: z
      .string()
      .refine(v => {
        try {
          return durationMs(v) > 0;
        } catch {
          return false;
        }
      }, 'must be an ISO 8601 duration such as PT8H')
      .optional(),
    revoke: z.object({ webhookPath }).strict().optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    for (const problem of schemaProblems(d.parameters)) ctx.addIssue({ code: 'custom', path: ['parameters'], message: problem });
    if (d.timeToLive && !d.revoke) ctx.addIssue({ code: 'custom', path: ['revoke'], message: 'is required with timeToLive' });
    if (d.production && !((d.parameters.properties ?? {}) as Record<string, unknown>)[d.production.parameter]) {
      ctx.addIssue({ code: 'custom', path: ['production', 'parameter'], message: `'${d.production.parameter}' is not a parameter of the action` });
    }
  });

function parse(value: unknown, where: string): ActionDefinition {
  const result = definition.safeParse(value);
  if (!result.success) {
    const id = (value as { id?: unknown })?.id;
    const problems = result.error.issues.map(i => `${i.path.join('.') || 'definition'}: ${i.message}`).join('; ');
    throw new Error(`Invalid self-service action ${typeof id === 'string' ? `'${id}' ` : ''}in ${where}: ${problems}`);
  }
  return result.data as ActionDefinition;
}

/**
 * The actions of the YAML files (each a list, or `{ actions: [...] }`) and of config, checked
 * at start: a bad definition stops the plugin with the file, the action and the field.
 */
export function loadDefinitions(files: string[], inline: unknown[]): ActionDefinition[] {
  const actions: ActionDefinition[] = [];
  for (const file of files) {
    const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
    const list = Array.isArray(doc) ? doc : doc?.actions;
    if (!Array.isArray(list)) throw new Error(`${file} must hold a list of actions, or 'actions:' with one`);
    actions.push(...list.map(value => parse(value, file)));
  }
  actions.push(...inline.map(value => parse(value, 'n8nActions.actions')));
  const seen = new Set<string>();
  for (const action of actions) {
    if (seen.has(action.id)) throw new Error(`Self-service action '${action.id}' is defined twice`);
    seen.add(action.id);
  }
  return actions;
}
