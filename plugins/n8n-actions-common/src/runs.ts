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

export interface Approval {
  by: string;
  at: string;
  decision: 'approved' | 'rejected';
  comment?: string;
}

/** A run as the API shows it. */
export interface ActionRun {
  id: string;
  actionId: string;
  actionTitle: string;
  entityRef: string;
  requester: string;
  parameters: Record<string, unknown>;
  status: RunStatus;
  /** Why it failed or was rejected, in words. */
  reason?: string;
  /** Who may approve, resolved from the catalog when the run was requested. */
  approvers: string[];
  requiredApprovals: number;
  approvals: Approval[];
  createdAt: string;
  triggeredAt?: string;
  finishedAt?: string;
  expiresAt?: string;
  expiredAt?: string;
  /** The n8n execution, when n8n reported it. */
  executionId?: string;
}

export interface AuditEntry {
  runId: string;
  at: string;
  actor: string;
  event: 'requested' | 'approved' | 'rejected' | 'triggered' | 'callback' | 'failed' | 'expired';
  detail?: Record<string, unknown>;
}

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
