import { Entity } from '@backstage/catalog-model';

/** Who must approve a run before its workflow is called. */
export type ApprovalPolicy =
  | { type: 'none' }
  /** Members of the group(s) that own the entity. */
  | { type: 'owners'; count: number }
  /** Members of a named group. */
  | { type: 'group'; group: string; count: number };

/** Which entities an action is offered on; a selector matches when every field it sets matches. */
export interface EntitySelector {
  kind?: string;
  type?: string;
  /** Every listed tag must be on the entity. */
  tags?: string[];
}

/**
 * A self-service action, defined by the platform team (YAML files or config, validated at start).
 */
export interface ActionDefinition {
  id: string;
  title: string;
  description?: string;
  /** A JSON Schema (type object) for the form; the backend validates runs against it too. */
  parameters: Record<string, unknown>;
  appliesTo: EntitySelector[];
  /** The n8n workflow: the path of its webhook under the configured n8n base URL. */
  workflow: { webhookPath: string; workflowId?: string };
  /** Who may run it besides the entity's owners (and admins): members of these groups. */
  runners?: { groups: string[] };
  approval: ApprovalPolicy;
  /** Stricter rules for runs that target production. */
  production?: ProductionRules;
  /** When set, what the run granted is revoked after this long (ISO 8601 duration, e.g. PT8H). */
  timeToLive?: string;
  /** The workflow that revokes it; required with timeToLive. */
  revoke?: { webhookPath: string };
}

/**
 * A run targets production when its `parameter` has one of `values` (e.g. environment: prod);
 * then these rules replace the action's own.
 */
export interface ProductionRules {
  parameter: string;
  values: Array<string | number | boolean>;
  approval?: ApprovalPolicy;
  runners?: { groups: string[] };
}

/** The rules a run with these parameters is under: the action's, or its production ones. */
export function rulesFor(action: Pick<ActionDefinition, 'approval' | 'runners' | 'production'>, parameters: Record<string, unknown>) {
  const production = !!action.production && action.production.values.includes(parameters[action.production.parameter] as string);
  return {
    production,
    approval: (production && action.production?.approval) || action.approval,
    runners: (production && action.production?.runners) || action.runners,
  };
}

/** Whether an action is offered on an entity. */
export function appliesTo(action: Pick<ActionDefinition, 'appliesTo'>, entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const type = typeof entity.spec?.type === 'string' ? entity.spec.type : undefined;
  const tags = new Set(entity.metadata.tags ?? []);
  return action.appliesTo.some(
    s =>
      (s.kind === undefined || s.kind.toLocaleLowerCase('en-US') === kind) &&
      (s.type === undefined || s.type === type) &&
      (s.tags ?? []).every(t => tags.has(t)),
  );
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Milliseconds of an ISO 8601 duration of days, hours, minutes and seconds (PT8H, P1DT12H). */
export function durationMs(iso: string): number {
  const m = DURATION.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) throw new Error(`'${iso}' is not an ISO 8601 duration such as PT8H or P1D`);
  const [d, h, min, s] = m.slice(1).map(v => Number(v ?? 0));
  return (((d * 24 + h) * 60 + min) * 60 + s) * 1000;
}
