import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Quarter } from '@internal/plugin-maturity-common';
import { Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../api';

const describe = (change: { kind: string; changes: Array<{ questionId: string; from: any; to: any }> }) => {
  if (change.kind === 'submit') return 'submitted the quarter';
  if (change.kind === 'reopen') return 'reopened the quarter';
  if (change.changes.length === 0) return 'saved without changes';
  return `changed ${change.changes.map(c => `${c.questionId} (${c.from?.value ?? 'unanswered'} → ${c.to?.value ?? 'cleared'})`).join(', ')}`;
};

/** Who changed what and when, newest first. */
export function ChangeLogCard(props: { scopeRef: string; quarter: Quarter; refreshKey: number }) {
  const api = useApi(maturityApiRef);
  const { value, error } = useAsync(() => api.getChanges(props.scopeRef, props.quarter), [api, props.scopeRef, props.quarter, props.refreshKey]);
  return (
    <InfoCard title="Changes">
      {error && <Typography color="error">{error.message}</Typography>}
      {value?.length === 0 && <Typography variant="body2">No changes yet.</Typography>}
      {[...(value ?? [])].reverse().map(c => (
        <Typography key={c.revision} variant="body2">
          {new Date(c.at).toLocaleString()}: {c.actor} {describe(c)}
        </Typography>
      ))}
    </InfoCard>
  );
}
