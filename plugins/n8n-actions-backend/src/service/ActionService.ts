import { AuditorService, BackstageCredentials, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { RollupScopes, entityByRef, ownersOf } from '@internal/plugin-catalog-scopes-node';
import {
  ActionDefinition,
  ActionRun,
  ApprovalPolicy,
  OfferedAction,
  approvalOutcome,
  approvalRefusal,
  appliesTo,
  durationMs,
  rulesFor,
  validateParameters,
} from '@internal/plugin-n8n-actions-common';
import { randomUUID } from 'node:crypto';
import { RunStore, StoredRun } from '../database/RunStore';
import { N8nClient, TriggerPayload } from '../n8n/N8nClient';
import { RunAuthorizer, RunTarget } from './permissions';

export interface Caller {
  userRef: string;
  credentials: BackstageCredentials;
}

// Date.now() at every call, so one clock governs requests, reports and expiry.
const now = () => new Date(Date.now()).toISOString();

/**
 * Self-service action runs: request, approval, the one call of the workflow, its report, and
 * expiry. Every step is stored before it is acted on, so a restart loses nothing.
 */
export class ActionService {
  private readonly actions: Map<string, ActionDefinition>;

  constructor(
    private readonly options: {
      actions: ActionDefinition[];
      store: RunStore;
      n8n: N8nClient;
      catalog: CatalogService;
      scopes: RollupScopes;
      notifications: NotificationService;
      logger: LoggerService;
      auditor?: AuditorService;
      callbackUrl: string;
      runTimeoutMs: number;
      authorizeRuns: RunAuthorizer;
      /** Whether the entity itself may be acted on (claims: configured, from the organisation, or approved). */
      verifyEntity: (entityRef: string) => Promise<{ verified: boolean; reason: string }>;
    },
  ) {
    this.actions = new Map(options.actions.map(a => [a.id, a]));
  }

  /** The actions offered on an entity, and whether the caller may run each. */
  async offered(entityRef: string, caller: Caller): Promise<OfferedAction[]> {
    const entity = await this.entity(entityRef, caller.credentials);
    const [mayRun, verification] = await Promise.all([this.options.authorizeRuns(caller.credentials), this.options.verifyEntity(stringifyEntityRef(entity))]);
    return [...this.actions.values()]
      .filter(action => appliesTo(action, entity))
      .map(action => {
        const reason = verification.verified ? this.runnerRefusal(action, action.runners, entity, mayRun) : verification.reason;
        return {
          id: action.id,
          title: action.title,
          description: action.description,
          parameters: action.parameters,
          approval: action.approval,
          production: action.production,
          timeToLive: action.timeToLive,
          canRun: !reason,
          ...(reason && { reason }),
        };
      });
  }

  async request(input: { actionId: string; entityRef: string; parameters: Record<string, unknown>; requestKey?: string }, caller: Caller): Promise<ActionRun> {
    const action = this.actions.get(input.actionId);
    if (!action) throw new NotFoundError(`No self-service action '${input.actionId}'`);
    const entity = await this.entity(input.entityRef, caller.credentials);
    if (!appliesTo(action, entity)) throw new InputError(`'${action.title}' is not offered on ${stringifyEntityRef(entity)}`);
    const problems = validateParameters(action.parameters, input.parameters);
    if (problems.length) throw new InputError(`Invalid parameters: ${problems.map(p => `${p.field}: ${p.message}`).join('; ')}`);
    // A production run is under the action's production rules, if it has them.
    const rules = rulesFor(action, input.parameters);
    const refusal = this.runnerRefusal(action, rules.runners, entity, await this.options.authorizeRuns(caller.credentials));
    if (refusal) throw new NotAllowedError(refusal);
    // An entity anyone registered from anywhere does not make what a workflow acts on theirs.
    const verification = await this.options.verifyEntity(stringifyEntityRef(entity));
    if (!verification.verified) throw new NotAllowedError(verification.reason);
    const approval = rules.approval;

    // Approvers are resolved now, from the catalog as it is when the run is requested.
    const approvers = await this.approversOf(approval, entity, caller.credentials);
    const eligible = approvers.filter(a => a !== caller.userRef);
    if (approval.type !== 'none' && eligible.length < approval.count) {
      throw new InputError(
        `'${action.title}' needs ${approval.count} approver(s) other than you, but ${this.approverSource(approval, entity)} has ${eligible.length}`,
      );
    }
    const { run, created } = await this.options.store.insert(
      {
        id: randomUUID(),
        actionId: action.id,
        entityRef: stringifyEntityRef(entity),
        requester: caller.userRef,
        requestKey: input.requestKey,
        parameters: input.parameters,
        status: approval.type === 'none' ? 'running' : 'pending_approval',
        approvers,
        requiredApprovals: approval.type === 'none' ? 0 : approval.count,
        createdAt: now(),
      },
      { at: now(), actor: caller.userRef, event: 'requested', detail: { parameters: input.parameters } },
    );
    if (!created) return this.view(run);
    await this.options.auditor
      ?.createEvent({ eventId: 'run-requested', severityLevel: 'medium', meta: { runId: run.id, actionId: action.id, entityRef: run.entityRef } })
      .then(e => e.success());

    if (run.status === 'running') {
      await this.trigger(run);
    } else {
      await this.notify(eligible, {
        title: `Approval needed: ${action.title} for ${run.entityRef}`,
        description: `${caller.userRef} asks to run ${action.title}.`,
        link: '/self-service/approvals',
        severity: 'high',
      });
    }
    return this.view((await this.options.store.get(run.id))!);
  }

  async decide(runId: string, decision: 'approved' | 'rejected', caller: Caller, comment?: string): Promise<ActionRun> {
    const run = await this.options.store.require(runId);
    const refusal = approvalRefusal(run, caller.userRef);
    if (refusal) throw run.status === 'pending_approval' ? new NotAllowedError(refusal) : new ConflictError(refusal);
    const approval = { by: caller.userRef, at: now(), decision, ...(comment && { comment }) };
    const outcome = approvalOutcome([...run.approvals, approval], run.requiredApprovals);
    const status = { approved: 'running' as const, rejected: 'rejected' as const, pending: 'pending_approval' as const }[outcome];
    const recorded = await this.options.store.recordDecision(
      run,
      approval,
      status,
      outcome === 'rejected' ? `Rejected by ${caller.userRef}${comment ? `: ${comment}` : ''}` : undefined,
    );
    if (!recorded) throw new ConflictError('The run changed while you were deciding; reload it and decide again');
    const action = this.actions.get(run.actionId);
    if (outcome === 'approved') {
      await this.trigger((await this.options.store.get(run.id))!);
    } else if (outcome === 'rejected') {
      await this.notify([run.requester], {
        title: `Rejected: ${action?.title ?? run.actionId} for ${run.entityRef}`,
        description: comment,
        link: this.linkOf(run),
        severity: 'normal',
      });
    }
    return this.view((await this.options.store.get(run.id))!);
  }

  /** A workflow's report. Reports for runs that are not running are recorded and ignored. */
  async report(input: { runId: string; status: 'succeeded' | 'failed'; message?: string; executionId?: string }): Promise<ActionRun> {
    const run = await this.options.store.require(input.runId);
    const action = this.actions.get(run.actionId);
    const at = now();
    // The grant lasts exactly its time to live from the moment it was recorded as finished.
    const ttl = input.status === 'succeeded' && action?.timeToLive ? new Date(Date.parse(at) + durationMs(action.timeToLive)).toISOString() : undefined;
    const updated = await this.options.store.transition(
      run,
      input.status,
      { at, actor: 'n8n', event: 'callback', detail: { status: input.status, message: input.message, executionId: input.executionId } },
      {
        finishedAt: at,
        reason: input.status === 'failed' ? input.message ?? 'The workflow reported a failure' : undefined,
        expiresAt: ttl,
        executionId: input.executionId,
      },
    );
    if (!updated) {
      await this.options.store.audit({
        runId: run.id,
        at,
        actor: 'n8n',
        event: 'callback',
        detail: { status: input.status, ignored: `the run was ${run.status}` },
      });
      return this.view(run);
    }
    await this.notify([run.requester], {
      title: `${input.status === 'succeeded' ? 'Done' : 'Failed'}: ${action?.title ?? run.actionId} for ${run.entityRef}`,
      description: input.message,
      link: this.linkOf(run),
      severity: input.status === 'succeeded' ? 'normal' : 'high',
    });
    return this.view(updated);
  }

  /** A run with its audit trail, for whoever may see its entity in the catalog. */
  async get(runId: string, caller: Caller) {
    const run = await this.options.store.require(runId);
    await this.entity(run.entityRef, caller.credentials).catch(error => {
      throw (error as Error)?.name === 'NotFoundError' ? new NotFoundError(`No run ${runId}`) : error;
    });
    return { run: this.view(run), audit: await this.options.store.auditTrail(runId) };
  }

  /** An entity's runs; an entity the caller cannot see in the catalog is 404, runs and all. */
  async runsOf(entityRef: string, caller: Caller) {
    const entity = await this.entity(entityRef, caller.credentials);
    return (await this.options.store.listForEntity(stringifyEntityRef(entity))).map(r => this.view(r));
  }

  /** Runs waiting for a decision the caller may take. */
  async approvalsFor(caller: Caller) {
    return (await this.options.store.listPending()).filter(r => !approvalRefusal(r, caller.userRef)).map(r => this.view(r));
  }

  /**
   * The scheduled sweep: calls the workflows of approved runs a restart left uncalled, fails runs
   * that never reported, and revokes what expired. Each step is claimed in the database first.
   */
  async sweep(): Promise<void> {
    for (const run of await this.options.store.listUntriggered()) await this.trigger(run);
    const overdueBefore = new Date(Date.now() - this.options.runTimeoutMs).toISOString();
    for (const run of await this.options.store.listOverdue(overdueBefore)) await this.failOverdue(run);
    for (const run of await this.options.store.listExpiring(now())) await this.expire(run);
  }

  private async failOverdue(run: StoredRun) {
    const action = this.actions.get(run.actionId);
    // Ask n8n before giving up: the workflow may have finished without reporting.
    const execution = action?.workflow.workflowId ? await this.options.n8n.findExecution(action.workflow.workflowId, run.id) : undefined;
    if (execution?.status === 'success') {
      await this.report({ runId: run.id, status: 'succeeded', message: 'n8n shows the execution succeeded (no report came)', executionId: execution.id });
      return;
    }
    if (execution?.status === 'running' || execution?.status === 'waiting') return;
    const reason = execution
      ? `n8n execution ${execution.id} ended with status ${execution.status}`
      : `No report from the workflow within ${this.options.runTimeoutMs / 60_000} min`;
    await this.report({ runId: run.id, status: 'failed', message: reason, executionId: execution?.id });
  }

  private async expire(run: StoredRun) {
    const action = this.actions.get(run.actionId);
    if (action?.revoke) {
      const result = await this.options.n8n.trigger(action.revoke.webhookPath, this.payload(run, 'revoke'));
      if (result.outcome !== 'accepted') {
        // Tried again on the next sweep; the grant stays recorded as active until it is revoked.
        this.options.logger.warn(`Revoking run ${run.id} failed: ${result.reason}`);
        await this.options.store.audit({ runId: run.id, at: now(), actor: 'portal', event: 'failed', detail: { phase: 'revoke', reason: result.reason } });
        return;
      }
    }
    const at = now();
    const expired = await this.options.store.transition(run, 'expired', { at, actor: 'portal', event: 'expired' }, { expiredAt: at });
    if (expired) {
      await this.notify([run.requester], { title: `Expired: ${action?.title ?? run.actionId} for ${run.entityRef}`, link: this.linkOf(run), severity: 'low' });
    }
  }

  /** Calls the workflow once per run: the database claim decides who calls it. */
  private async trigger(run: StoredRun) {
    const action = this.actions.get(run.actionId);
    if (!action) return;
    if (!(await this.options.store.claimTrigger(run.id, now()))) return;
    await this.options.store.audit({ runId: run.id, at: now(), actor: 'portal', event: 'triggered', detail: { webhookPath: action.workflow.webhookPath } });
    const result = await this.options.n8n.trigger(action.workflow.webhookPath, this.payload(run, 'run'));
    if (result.outcome === 'refused') {
      await this.report({ runId: run.id, status: 'failed', message: result.reason });
    } else if (result.outcome === 'unknown') {
      // It may have started: wait for its report, or for the run timeout and n8n's executions.
      await this.options.store.audit({ runId: run.id, at: now(), actor: 'portal', event: 'triggered', detail: { warning: result.reason } });
    }
  }

  private payload(run: StoredRun, phase: TriggerPayload['phase']): TriggerPayload {
    return {
      runId: run.id,
      action: run.actionId,
      phase,
      requester: run.requester,
      entityRef: run.entityRef,
      parameters: run.parameters,
      approvers: run.approvals.filter(a => a.decision === 'approved').map(a => a.by),
      callbackUrl: this.options.callbackUrl,
    };
  }

  /** Why the caller may not run the action on the entity, by the policy's decision; undefined when they may. */
  private runnerRefusal(action: ActionDefinition, runners: ActionDefinition['runners'], entity: Entity, mayRun: (target: RunTarget) => boolean) {
    const target = { entityRef: stringifyEntityRef(entity), owners: ownersOf(entity), runnerGroups: runners?.groups ?? [] };
    if (mayRun(target)) return undefined;
    const who = [`the owners of ${target.entityRef}`, ...(runners ? [`members of ${runners.groups.join(', ')}`] : [])];
    return `Only ${who.join(', ')} and platform admins may run '${action.title}'${runners !== action.runners ? ' in production' : ''}`;
  }

  private async approversOf(approval: ApprovalPolicy, entity: Entity, credentials: BackstageCredentials): Promise<string[]> {
    if (approval.type === 'none') return [];
    const sources = approval.type === 'owners' ? ownersOf(entity) : [approval.group];
    const members = await Promise.all(sources.map(ref => this.options.scopes.membersOf(ref, credentials)));
    return [...new Set(members.flat())].sort();
  }

  private approverSource(approval: ApprovalPolicy, entity: Entity) {
    return approval.type === 'group' ? approval.group : `the owners of ${stringifyEntityRef(entity)} (${ownersOf(entity).join(', ') || 'none'})`;
  }

  private entity(entityRef: string, credentials: BackstageCredentials): Promise<Entity> {
    return entityByRef(this.options.catalog, entityRef, credentials);
  }

  private linkOf(run: StoredRun) {
    const { kind, namespace, name } = parseEntityRef(run.entityRef);
    return `/catalog/${namespace}/${kind}/${name}/self-service`;
  }

  private async notify(recipients: string[], payload: { title: string; description?: string; link?: string; severity: 'low' | 'normal' | 'high' }) {
    if (recipients.length === 0) return;
    try {
      await this.options.notifications.send({ recipients: { type: 'entity', entityRef: recipients }, payload });
    } catch (error) {
      // A notification that cannot be sent does not undo the step it reports.
      this.options.logger.warn(`Could not send notification '${payload.title}': ${error}`);
    }
  }

  private view(run: StoredRun): ActionRun {
    return { ...run, actionTitle: this.actions.get(run.actionId)?.title ?? run.actionId };
  }
}
