import { components } from './schema/openapi.generated';

/**
 * The life of a run:
 *   pending_approval -> running (enough approvals) | rejected
 *   running -> succeeded | failed (the workflow's report, or no report in time)
 *   succeeded -> expired (time to live over and the revoke workflow ran)
 * An action without approval starts at running. Rejected, failed and expired are final.
 */
export const RUN_STATUSES = ['pending_approval', 'rejected', 'running', 'succeeded', 'failed', 'expired'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export type RunEvent = 'approved' | 'rejected' | 'succeeded' | 'failed' | 'expired';

export const FINAL_STATUSES: ReadonlySet<RunStatus> = new Set(['rejected', 'failed', 'expired']);

const TRANSITIONS: Record<RunStatus, Partial<Record<RunEvent, RunStatus>>> = {
  pending_approval: { approved: 'running', rejected: 'rejected' },
  running: { succeeded: 'succeeded', failed: 'failed' },
  succeeded: { expired: 'expired' },
  rejected: {},
  failed: {},
  expired: {},
};

/** The status after an event, or undefined when the event does not apply in this status. */
export function nextStatus(status: RunStatus, event: RunEvent): RunStatus | undefined {
  return TRANSITIONS[status][event];
}

type Schemas = components['schemas'];

export type Approval = Schemas['Approval'];
/** A run as the API shows it. */
export type ActionRun = Schemas['ActionRun'];
export type AuditEntry = Schemas['AuditEntry'];

/**
 * Whether a user may decide on a run now, and if not, why. The requester never approves their
 * own run, an approver decides once, and only the approvers resolved at request time count.
 */
export function approvalRefusal(run: Pick<ActionRun, 'status' | 'requester' | 'approvers' | 'approvals'>, user: string): string | undefined {
  if (run.status !== 'pending_approval') return `The run is ${run.status.replace('_', ' ')}, not waiting for approval`;
  if (user === run.requester) return 'You cannot approve your own request';
  if (!run.approvers.includes(user)) return 'You are not one of the approvers of this run';
  if (run.approvals.some(a => a.by === user)) return 'You have already decided on this run';
  return undefined;
}

/** What the decisions so far amount to: one rejection rejects, `required` approvals approve. */
export function approvalOutcome(approvals: Approval[], required: number): 'approved' | 'rejected' | 'pending' {
  if (approvals.some(a => a.decision === 'rejected')) return 'rejected';
  const approvers = new Set(approvals.filter(a => a.decision === 'approved').map(a => a.by));
  return approvers.size >= required ? 'approved' : 'pending';
}
