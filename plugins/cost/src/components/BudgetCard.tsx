import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { CostEntityView } from '@internal/plugin-cost-common';
import { Box, Button, Chip, TextField, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useState } from 'react';
import { costApiRef } from '../api';
import { money } from './format';

const STATUS_TEXT = { ok: 'On budget', 'at-risk': 'At risk', over: 'Over budget' } as const;
const STATUS_COLOUR = { ok: '#2e7d32', 'at-risk': '#ef6c00', over: '#c62828' } as const;

/** The budget, how much of it is used, and (for owners and admins) a form to set it. */
export function BudgetCard(props: { view: CostEntityView; onSaved(view: CostEntityView): void }) {
  const api = useApi(costApiRef);
  const { view } = props;
  const [editing, setEditing] = useState(false);
  const [amount, setAmount] = useState(String(view.budget?.monthlyAmount ?? ''));
  const [error, setError] = useState<string>();
  const status = view.budgetStatus;

  const save = async () => {
    setError(undefined);
    try {
      props.onSaved(await api.setBudget(view.entityRef, { monthlyAmount: Number(amount), thresholds: view.budget?.thresholds ?? [0.8, 1] }));
      setEditing(false);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <InfoCard title="Budget">
      {status && view.budget ? (
        <>
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
            <Chip label={STATUS_TEXT[status.status]} style={{ background: STATUS_COLOUR[status.status], color: 'white' }} />
            <Typography>
              {money(view.monthToDate, view.currency)} of {money(view.budget.monthlyAmount, view.currency)} ({Math.round(status.used * 100)}%)
            </Typography>
          </Box>
          {status.crossed.length > 0 && (
            <Alert severity={status.status === 'over' ? 'error' : 'warning'} style={{ marginTop: 8 }}>
              {status.crossed.map(c => `${c.basis === 'actual' ? 'Spent' : 'Forecast to reach'} ${Math.round(c.threshold * 100)}% of the budget`).join('. ')}.
              The owners have been notified.
            </Alert>
          )}
        </>
      ) : (
        <Typography>No budget set.</Typography>
      )}
      {view.canEditBudget && !editing && (
        <Button size="small" color="primary" style={{ marginTop: 8 }} onClick={() => setEditing(true)}>
          {view.budget ? 'Change budget' : 'Set a budget'}
        </Button>
      )}
      {editing && (
        <Box display="flex" alignItems="center" style={{ gap: 8, marginTop: 8 }}>
          <TextField
            id="cost-budget-amount"
            size="small"
            type="number"
            label={`Monthly budget (${view.currency})`}
            value={amount}
            onChange={e => setAmount(e.target.value)}
          />
          <Button variant="contained" color="primary" size="small" onClick={save}>
            Save budget
          </Button>
          <Button size="small" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </Box>
      )}
      {error && (
        <Typography color="error" role="alert">
          {error}
        </Typography>
      )}
    </InfoCard>
  );
}
