import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ApplicationView } from '@internal/plugin-argocd-common';
import {
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { argoCdActionsApiRef } from '../api';

const STATUS_COLOURS: Record<string, string> = {
  Synced: '#2e7d32',
  Healthy: '#2e7d32',
  OutOfSync: '#ef6c00',
  Progressing: '#1976d2',
  Degraded: '#c62828',
  Missing: '#c62828',
};

function Status(props: { value: string }) {
  return <Chip size="small" label={props.value} style={{ background: STATUS_COLOURS[props.value] ?? '#9e9e9e', color: 'white' }} />;
}

interface Pending {
  app: ApplicationView;
  action: 'sync' | 'rollback';
}

/** The entity's Argo CD applications per environment, with sync and rollback for its owners. */
export function EnvironmentsCard() {
  const { entity } = useEntity();
  const api = useApi(argoCdActionsApiRef);
  const entityRef = stringifyEntityRef(entity);
  const apps = useAsyncRetry(() => api.getApplications(entityRef), [api, entityRef]);
  const actions = useAsyncRetry(() => api.getActions(entityRef), [api, entityRef]);
  const [pending, setPending] = useState<Pending>();
  const [confirm, setConfirm] = useState('');
  const [historyId, setHistoryId] = useState<number>();
  const [result, setResult] = useState<{ severity: 'success' | 'error'; message: string }>();
  const [working, setWorking] = useState(false);

  const start = (app: ApplicationView, action: Pending['action']) => {
    setPending({ app, action });
    setConfirm('');
    setHistoryId(app.history[1]?.id ?? app.history[0]?.id);
  };

  const run = async () => {
    if (!pending) return;
    const target = { entityRef, instance: pending.app.instance, application: pending.app.name, confirm: confirm || undefined };
    setWorking(true);
    try {
      const done = pending.action === 'sync' ? await api.sync(target) : await api.rollback({ ...target, historyId: historyId ?? 0 });
      setResult({ severity: 'success', message: done.message });
    } catch (error) {
      setResult({ severity: 'error', message: (error as Error).message });
    } finally {
      setWorking(false);
      setPending(undefined);
      apps.retry();
      actions.retry();
    }
  };

  return (
    <InfoCard title="Argo CD environments">
      {apps.loading && !apps.value && <Progress />}
      {apps.error && (
        <Alert severity="error" action={<Button onClick={apps.retry}>Retry</Button>}>
          {apps.error.message}
        </Alert>
      )}
      {apps.value?.errors.map(e => (
        <Alert key={e.instance} severity="warning" action={<Button onClick={apps.retry}>Retry</Button>}>
          {e.message}
        </Alert>
      ))}
      {result && (
        <Alert severity={result.severity} onClose={() => setResult(undefined)} role="status">
          {result.message}
        </Alert>
      )}
      {apps.value && (
        <Table size="small" aria-label="Argo CD environments">
          <TableHead>
            <TableRow>
              <TableCell>Environment</TableCell>
              <TableCell>Application</TableCell>
              <TableCell>Sync</TableCell>
              <TableCell>Health</TableCell>
              <TableCell>Revision</TableCell>
              <TableCell>Last sync</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {apps.value.applications.map(app => (
              <TableRow key={`${app.instance}/${app.name}`} aria-label={`${app.environment} ${app.name}`}>
                <TableCell>
                  {app.environment}
                  {app.production && <Chip size="small" variant="outlined" label="production" style={{ marginLeft: 4 }} />}
                </TableCell>
                <TableCell>
                  <Link to={app.url}>{app.name}</Link>
                  {apps.value!.applications.some(a => a.instance !== app.instance) && ` (${app.instance})`}
                  {app.claim.status !== 'verified' && (
                    <Tooltip title={`${app.claim.reason}. ${app.claim.howToVerify ?? ''}`}>
                      <Chip size="small" variant="outlined" color="secondary" label={`${app.claim.status} claim`} style={{ marginLeft: 4 }} />
                    </Tooltip>
                  )}
                </TableCell>
                <TableCell>
                  <Status value={app.syncStatus} />
                  {app.autoSync && <Typography variant="caption"> auto</Typography>}
                </TableCell>
                <TableCell>
                  <Status value={app.healthStatus} />
                </TableCell>
                <TableCell>{app.revision?.slice(0, 8) ?? '–'}</TableCell>
                <TableCell>{app.lastSyncedAt ? new Date(app.lastSyncedAt).toISOString().replace('T', ' ').slice(0, 16) : '–'}</TableCell>
                <TableCell>
                  {app.canSync && (
                    <Button size="small" onClick={() => start(app, 'sync')} aria-label={`Sync ${app.name}`}>
                      Sync
                    </Button>
                  )}
                  {app.canRollback && app.history.length > 1 && (
                    <Button size="small" onClick={() => start(app, 'rollback')} aria-label={`Roll back ${app.name}`}>
                      Roll back
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {actions.value && actions.value.length > 0 && (
        <>
          <Typography variant="subtitle2" style={{ marginTop: 16 }}>
            Recent actions from the portal
          </Typography>
          {actions.value.slice(0, 5).map(a => (
            <Typography variant="body2" key={a.id}>
              {a.at.replace('T', ' ').slice(0, 16)} · {a.actor} · {a.action} {a.application} · {a.result}: {a.message}
            </Typography>
          ))}
        </>
      )}
      <Dialog open={Boolean(pending)} onClose={() => setPending(undefined)} aria-labelledby="argocd-action-title">
        {pending && (
          <>
            <DialogTitle id="argocd-action-title">
              {pending.action === 'sync' ? 'Sync' : 'Roll back'} {pending.app.name}
            </DialogTitle>
            <DialogContent>
              {pending.action === 'rollback' && (
                <>
                  <TextField
                    select
                    id="argocd-rollback-target"
                    label="Roll back to"
                    value={historyId ?? ''}
                    onChange={e => setHistoryId(Number(e.target.value))}
                    fullWidth
                  >
                    {pending.app.history.map(h => (
                      <MenuItem key={h.id} value={h.id}>
                        #{h.id} {h.revision.slice(0, 8)} {h.deployedAt?.slice(0, 10)}
                      </MenuItem>
                    ))}
                  </TextField>
                  {pending.app.autoSync && (
                    <Typography variant="body2" style={{ marginTop: 8 }}>
                      Auto-sync is on: it will be turned off first, or Argo CD would undo the rollback.
                    </Typography>
                  )}
                </>
              )}
              {pending.app.production && (
                <TextField
                  id="argocd-confirm"
                  label={`Type ${pending.app.name} to confirm (production)`}
                  value={confirm}
                  onChange={e => setConfirm(e.target.value)}
                  fullWidth
                  style={{ marginTop: 8 }}
                />
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setPending(undefined)}>Cancel</Button>
              <Button color="primary" variant="contained" disabled={working || (pending.app.production && confirm !== pending.app.name)} onClick={run}>
                {pending.action === 'sync' ? 'Sync now' : 'Roll back now'}
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
    </InfoCard>
  );
}
