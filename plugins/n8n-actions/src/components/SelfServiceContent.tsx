import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Progress, ResponseErrorPanel, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Button, Grid, List, ListItem, ListItemText, Tooltip, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { ActionRun, OfferedAction } from '@internal/plugin-n8n-actions-common';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useInterval from 'react-use/esm/useInterval';
import { n8nActionsApiRef } from '../api';
import { approvalText, durationText, productionText } from './describe';
import { RunDialog } from './RunDialog';
import { RunStatus, when } from './RunStatus';

const ACTIVE = new Set(['pending_approval', 'running']);

function details(run: ActionRun): string {
  if (run.status === 'pending_approval') {
    const left = run.requiredApprovals - run.approvals.filter(a => a.decision === 'approved').length;
    return `${left} more approval${left === 1 ? '' : 's'} from ${run.approvers.filter(a => a !== run.requester).join(', ')}`;
  }
  if (run.status === 'succeeded' && run.expiresAt) return `Until ${when(run.expiresAt)}`;
  if (run.status === 'expired') return `Revoked ${when(run.expiredAt)}`;
  return run.reason ?? '';
}

const columns: TableColumn<ActionRun>[] = [
  { title: 'Action', field: 'actionTitle' },
  { title: 'Requested by', field: 'requester' },
  { title: 'Status', render: run => <RunStatus run={run} /> },
  { title: 'Details', render: run => details(run) },
  { title: 'Requested', render: run => when(run.createdAt) },
];

function ActionItem({ action, onRun }: { action: OfferedAction; onRun(): void }) {
  const button = (
    <Button variant="outlined" color="primary" disabled={!action.canRun} onClick={onRun} aria-label={`Run ${action.title}`}>
      Run
    </Button>
  );
  return (
    <ListItem divider>
      <ListItemText
        primary={action.title}
        secondary={[
          `${action.description ? `${action.description} ` : ''}${approvalText(action.approval)}${
            action.timeToLive ? `; revoked after ${durationText(action.timeToLive)}` : ''
          }.`,
          productionText(action.production),
        ]
          .filter(Boolean)
          .join(' ')}
      />
      <Box ml={2}>
        {action.canRun ? (
          button
        ) : (
          <Tooltip title={action.reason ?? ''}>
            <span>{button}</span>
          </Tooltip>
        )}
      </Box>
    </ListItem>
  );
}

/** The Self-service tab: the entity's actions, and its runs as they move on. */
export function SelfServiceContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(n8nActionsApiRef);
  const actions = useAsyncRetry(() => api.getActions(entityRef), [api, entityRef]);
  const runs = useAsyncRetry(() => api.getRuns(entityRef), [api, entityRef]);
  const [open, setOpen] = useState<OfferedAction>();
  const [message, setMessage] = useState<string>();
  // Follow runs while any is waiting or running, and grants until they expire (less often).
  let every: number | null = null;
  if (runs.value?.some(r => ACTIVE.has(r.status))) every = 3000;
  else if (runs.value?.some(r => r.status === 'succeeded' && r.expiresAt)) every = 15_000;
  useInterval(runs.retry, every);

  if (actions.loading && !actions.value) return <Progress />;
  if (actions.error) return <ResponseErrorPanel error={actions.error} />;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={5}>
        <InfoCard title="Actions">
          {actions.value?.length ? (
            <List aria-label="Self-service actions">
              {actions.value.map(action => (
                <ActionItem key={action.id} action={action} onRun={() => setOpen(action)} />
              ))}
            </List>
          ) : (
            <Typography>No self-service actions apply to {entity.metadata.name}.</Typography>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={7}>
        {message && (
          <Box mb={2}>
            <Alert severity="success" onClose={() => setMessage(undefined)}>
              {message}
            </Alert>
          </Box>
        )}
        {runs.error ? (
          <ResponseErrorPanel error={runs.error} />
        ) : (
          <Table<ActionRun>
            title="Runs"
            options={{ paging: false, search: false, padding: 'dense' }}
            columns={columns}
            data={runs.value ?? []}
            isLoading={runs.loading && !runs.value}
            emptyContent={<Box p={2}>No runs yet.</Box>}
          />
        )}
      </Grid>
      <RunDialog
        action={open}
        entityRef={entityRef}
        onClose={() => setOpen(undefined)}
        onRequested={run => {
          setOpen(undefined);
          setMessage(run.status === 'pending_approval' ? `${run.actionTitle} is waiting for approval.` : `${run.actionTitle}: ${run.status}.`);
          runs.retry();
        }}
      />
    </Grid>
  );
}
