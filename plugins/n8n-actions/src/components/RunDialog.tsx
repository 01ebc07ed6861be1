import { Dialog, DialogContent, DialogTitle, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useApi } from '@backstage/frontend-plugin-api';
import { ActionRun, OfferedAction, reasonOf } from '@internal/plugin-n8n-actions-common';
import Form from '@rjsf/material-ui';
import { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { useMemo, useState } from 'react';
import { n8nActionsApiRef } from '../api';
import { approvalText, durationText } from './describe';

/**
 * The action's form, from its JSON Schema. The browser checks it with the same schema the
 * backend checks again; the backend's answer (e.g. no approvers) is shown as it comes.
 */
export function RunDialog(props: { action?: OfferedAction; entityRef: string; onClose(): void; onRequested(run: ActionRun): void }) {
  const { action, entityRef, onClose, onRequested } = props;
  const api = useApi(n8nActionsApiRef);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // One key per opened form: a double submit or a retried request makes one run, not two.
  const requestKey = useMemo(() => (action ? `${action.id}-${Date.now()}-${Math.random().toString(36).slice(2)}` : ''), [action]);

  if (!action) return null;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="run-dialog-title">
      <DialogTitle id="run-dialog-title">{action.title}</DialogTitle>
      <DialogContent>
        {action.description && <Typography paragraph>{action.description}</Typography>}
        <Typography variant="body2" color="textSecondary" paragraph>
          {approvalText(action.approval)}
          {action.timeToLive && `; revoked after ${durationText(action.timeToLive)}`}.
        </Typography>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        <Form
          schema={action.parameters as RJSFSchema}
          validator={validator}
          disabled={busy}
          showErrorList={false}
          onSubmit={async ({ formData }) => {
            setBusy(true);
            setError(undefined);
            try {
              onRequested(await api.requestRun({ actionId: action.id, entityRef, parameters: formData ?? {}, requestKey }));
            } catch (e) {
              setError(reasonOf(e));
            } finally {
              setBusy(false);
            }
          }}
        />
      </DialogContent>
    </Dialog>
  );
}
