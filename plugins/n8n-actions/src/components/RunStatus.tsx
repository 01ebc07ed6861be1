import { StatusAborted, StatusError, StatusOK, StatusPending, StatusRunning, StatusWarning } from '@backstage/core-components';
import { ActionRun } from '@internal/plugin-n8n-actions-common';

const LABEL: Record<ActionRun['status'], string> = {
  pending_approval: 'Waiting for approval',
  running: 'Running',
  succeeded: 'Granted',
  failed: 'Failed',
  rejected: 'Rejected',
  expired: 'Expired',
};

/** A run's status in words, with the portal's status colours. */
export function RunStatus({ run }: { run: Pick<ActionRun, 'status' | 'expiresAt'> }) {
  const label = run.status === 'succeeded' && !run.expiresAt ? 'Succeeded' : LABEL[run.status];
  switch (run.status) {
    case 'succeeded':
      return <StatusOK>{label}</StatusOK>;
    case 'running':
      return <StatusRunning>{label}</StatusRunning>;
    case 'pending_approval':
      return <StatusPending>{label}</StatusPending>;
    case 'failed':
      return <StatusError>{label}</StatusError>;
    case 'rejected':
      return <StatusWarning>{label}</StatusWarning>;
    default:
      return <StatusAborted>{label}</StatusAborted>;
  }
}

export const when = (iso?: string) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '');
