import { OfferedAction, durationMs } from '@internal/plugin-n8n-actions-common';

/** "Needs 1 approval from the owners", in words for the Run button's neighbourhood. */
export function approvalText(approval: OfferedAction['approval']): string {
  if (approval.type === 'none') return 'Runs at once, no approval needed';
  const n = `${approval.count} approval${approval.count === 1 ? '' : 's'}`;
  return approval.type === 'owners' ? `Needs ${n} from the owners` : `Needs ${n} from ${approval.group}`;
}

/** "In production (environment prod): needs 1 approval from the owners", when the action has such rules. */
export function productionText(production: OfferedAction['production']): string | undefined {
  if (!production) return undefined;
  const rules = [
    production.approval && approvalText(production.approval).replace(/^N/, 'n').replace(/^R/, 'r'),
    production.runners && `run by ${production.runners.groups.join(', ')} too`,
  ].filter(Boolean);
  return `In production (${production.parameter} ${production.values.join(' or ')}): ${rules.join('; ')}`;
}

/** "8 hours", "1 day 12 hours", "30 seconds". */
export function durationText(iso: string): string {
  let seconds = Math.round(durationMs(iso) / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ] as const) {
    const n = Math.floor(seconds / size);
    seconds -= n * size;
    if (n > 0) parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
  }
  return parts.join(' ');
}
