import { Content, Header, Page, Progress, ResponseErrorPanel, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Box, Button, TextField } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { ActionRun, reasonOf } from '@internal/plugin-n8n-actions-common';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { n8nActionsApiRef } from '../api';
import { when } from './RunStatus';

function Decision({ run, onDone }: { run: ActionRun; onDone(message: string): void }) {
  const api = useApi(n8nActionsApiRef);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const decide = async (decision: 'approve' | 'reject') => {
    try {
      const after = await api.decide(run.id, decision, comment || undefined);
      onDone(`${after.actionTitle} for ${after.entityRef}: ${decision === 'approve' ? 'approved' : 'rejected'}.`);
    } catch (e) {
      setError(reasonOf(e));
    }
  };
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" style={{ gap: 8 }}>
      <TextField
        size="small"
        label="Comment"
        value={comment}
        onChange={e => setComment(e.target.value)}
        inputProps={{ 'aria-label': `Comment on ${run.actionTitle} for ${run.requester}` }}
      />
      <Button variant="contained" color="primary" onClick={() => decide('approve')} aria-label={`Approve ${run.actionTitle} for ${run.requester}`}>
        Approve
      </Button>
      <Button variant="outlined" onClick={() => decide('reject')} aria-label={`Reject ${run.actionTitle} for ${run.requester}`}>
        Reject
      </Button>
      {error && <Alert severity="error">{error}</Alert>}
    </Box>
  );
}

/** The approvals inbox: every run waiting for a decision the signed-in user may take. */
export function ApprovalsPage() {
  const api = useApi(n8nActionsApiRef);
  const runs = useAsyncRetry(() => api.getApprovals(), [api]);
  const [message, setMessage] = useState<string>();
  const columns: TableColumn<ActionRun>[] = [
    { title: 'Action', field: 'actionTitle' },
    { title: 'Entity', field: 'entityRef' },
    { title: 'Requested by', field: 'requester' },
    {
      title: 'Parameters',
      render: run =>
        Object.entries(run.parameters)
          .map(([k, v]) => `${k}: ${String(v)}`)
          .join(', '),
    },
    { title: 'Requested', render: run => when(run.createdAt) },
    {
      title: 'Decision',
      render: run => (
        <Decision
          run={run}
          onDone={text => {
            setMessage(text);
            runs.retry();
          }}
        />
      ),
    },
  ];
  return (
    <Page themeId="tool">
      <Header title="Approvals" subtitle="Self-service runs waiting for your decision" />
      <Content>
        {message && (
          <Box mb={2}>
            <Alert severity="success">{message}</Alert>
          </Box>
        )}
        {runs.loading && !runs.value && <Progress />}
        {runs.error && <ResponseErrorPanel error={runs.error} />}
        {runs.value && (
          <Table<ActionRun>
            title="Waiting for you"
            options={{ paging: false, search: false }}
            columns={columns}
            data={runs.value}
            emptyContent={<Box p={2}>Nothing is waiting for your approval.</Box>}
          />
        )}
      </Content>
    </Page>
  );
}
