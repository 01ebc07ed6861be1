import { useState } from 'react';
import { Box, Button, Chip, MenuItem, TextField, Typography } from '@material-ui/core';
import { ACTION_STATUSES, ActionStatus, MaturityAction, isOverdue } from '@internal/plugin-maturity-common';

export interface QuestionActionsProps {
  questionId: string;
  actions: MaturityAction[];
  editable: boolean;
  today: string;
  onCreate(action: { questionId: string; title: string; ownerRef: string; dueDate: string }): Promise<void>;
  onStatus(action: MaturityAction, status: ActionStatus): Promise<void>;
}

/** The actions planned for one unmet question, and a form to plan another. */
export function QuestionActions(props: QuestionActionsProps) {
  const { questionId, actions, editable, today } = props;
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState({ title: '', ownerRef: '', dueDate: '' });
  const [error, setError] = useState<string>();

  const create = async () => {
    try {
      await props.onCreate({ questionId, ...draft });
      setDraft({ title: '', ownerRef: '', dueDate: '' });
      setAdding(false);
      setError(undefined);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Box ml={2} mt={1} aria-label={`Planned work for ${questionId}`} role="list">
      {actions.map(action => (
        <Box key={action.id} role="listitem" display="flex" alignItems="center" style={{ gap: 8 }}>
          <Typography variant="body2">
            Action: {action.title} · {action.ownerRef} · due {action.dueDate}
            {action.createdQuarter && ` · planned in ${action.createdQuarter}`}
          </Typography>
          {isOverdue(action, today) && <Chip size="small" color="secondary" label="Overdue" />}
          <TextField
            select
            size="small"
            value={action.status}
            disabled={!editable}
            inputProps={{ 'aria-label': `Status of ${action.title}` }}
            onChange={e => props.onStatus(action, e.target.value as ActionStatus)}
          >
            {ACTION_STATUSES.map(s => (
              <MenuItem key={s} value={s}>
                {s}
              </MenuItem>
            ))}
          </TextField>
        </Box>
      ))}
      {editable && !adding && (
        <Button size="small" onClick={() => setAdding(true)}>
          Plan an action
        </Button>
      )}
      {adding && (
        <Box display="flex" flexWrap="wrap" style={{ gap: 8 }} mt={1}>
          <TextField
            size="small"
            id={`${questionId}-action-title`}
            label="Action"
            value={draft.title}
            onChange={e => setDraft({ ...draft, title: e.target.value })}
          />
          <TextField
            size="small"
            id={`${questionId}-action-owner`}
            label="Owner (user or group)"
            placeholder="group:default/payments-team"
            value={draft.ownerRef}
            onChange={e => setDraft({ ...draft, ownerRef: e.target.value })}
          />
          <TextField
            size="small"
            id={`${questionId}-action-due`}
            label="Due date"
            type="date"
            InputLabelProps={{ shrink: true }}
            value={draft.dueDate}
            onChange={e => setDraft({ ...draft, dueDate: e.target.value })}
          />
          <Button size="small" variant="contained" onClick={create}>
            Add action
          </Button>
          <Button size="small" onClick={() => setAdding(false)}>
            Cancel
          </Button>
        </Box>
      )}
      {error && (
        <Typography color="error" variant="body2">
          {error}
        </Typography>
      )}
    </Box>
  );
}
