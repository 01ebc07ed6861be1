import { ClaimsNotice } from '@internal/plugin-claims';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Content, InfoCard, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { CostEntityView, totalOf } from '@internal/plugin-cost-common';
import { Box, Chip, Paper, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { costApiRef } from '../api';
import { BudgetCard } from './BudgetCard';
import { CategoryBar } from './CategoryBar';
import { DailyChart } from './DailyChart';
import { ShowbackTable } from './ShowbackTable';
import { ago, money, percent } from './format';

function Tile(props: { title: string; value: string; children?: React.ReactNode }) {
  return (
    <Paper variant="outlined" role="group" aria-label={props.title} style={{ padding: 12 }}>
      <Typography variant="overline" component="h3">
        {props.title}
      </Typography>
      <Typography variant="h5" component="p">
        {props.value}
      </Typography>
      {props.children}
    </Paper>
  );
}

/** Where the numbers come from and whether they are fresh. */
function Freshness(props: { view: CostEntityView }) {
  if (props.view.sources.length === 0) {
    return <Alert severity="info">No cost source has delivered data yet.</Alert>;
  }
  return (
    <Box>
      {props.view.sources.map(s =>
        s.stale ? (
          <Alert key={s.source} severity="warning" style={{ marginBottom: 4 }}>
            {s.source}: data may be stale{s.lastSuccessAt ? ` (last refreshed ${ago(s.lastSuccessAt)})` : ' (never refreshed)'}
            {s.lastError ? `: ${s.lastError}` : ''}
          </Alert>
        ) : (
          <Typography key={s.source} variant="caption" display="block" color="textSecondary">
            {s.source}: refreshed {s.lastSuccessAt ? ago(s.lastSuccessAt) : 'never'}
          </Typography>
        ),
      )}
    </Box>
  );
}

/** The Cost tab of a component, system or group. */
export function CostEntityContent() {
  const { entity } = useEntity();
  const api = useApi(costApiRef);
  const entityRef = stringifyEntityRef(entity);
  const loaded = useAsync(() => api.getEntityView(entityRef), [api, entityRef]);
  const [view, setView] = useState<CostEntityView>();
  useEffect(() => setView(loaded.value), [loaded.value]);
  const showback = useAsync(
    async () => (entity.kind.toLocaleLowerCase('en-US') === 'group' ? api.getShowback(entityRef) : undefined),
    [api, entityRef, entity.kind],
  );

  if (loaded.loading) return <Progress />;
  if (loaded.error) return <ResponseErrorPanel error={loaded.error} />;
  if (!view) return null;
  const c = view.currency;
  const mom = view.monthOverMonth;
  return (
    <Content noPadding>
      <Box display="flex" flexDirection="column" style={{ gap: 24 }}>
        <ClaimsNotice kinds={['cost-tag', 'cost-namespace', 'cost-label', 'cost-controller']} />
        <Freshness view={view} />
        <Box display="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: 16 }}>
          <Tile title={`This month (${view.month}) so far`} value={money(view.monthToDate, c)}>
            <CategoryBar amounts={view.thisMonth} currency={c} label="This month" />
          </Tile>
          <Tile title="Last month" value={money(totalOf(view.lastMonth), c)}>
            <CategoryBar amounts={view.lastMonth} currency={c} label="Last month" />
          </Tile>
          <Tile title="End-of-month forecast" value={money(view.forecast, c)}>
            {mom.change !== undefined && (
              <Chip
                size="small"
                label={`${percent(mom.change)} vs last month`}
                style={mom.significant ? { background: mom.change > 0 ? '#c62828' : '#2e7d32', color: 'white' } : undefined}
                title={mom.significant ? `A change of ${mom.thresholdPercent}% or more` : undefined}
              />
            )}
            {view.lastDay && (
              <Typography variant="caption" display="block" color="textSecondary">
                data up to {view.lastDay}
              </Typography>
            )}
          </Tile>
          {view.peers && (
            <Tile
              title={`Similar services (${view.peers.type}, ${view.peers.lifecycle})`}
              value={view.peers.percentile === undefined ? 'No peers' : `${view.peers.percentile}th percentile`}
            >
              <Typography variant="caption" color="textSecondary">
                {view.peers.peers} peers, median {money(view.peers.median, c)} last month; this one {money(view.peers.value, c)}
              </Typography>
            </Tile>
          )}
        </Box>
        <BudgetCard view={view} onSaved={setView} />
        <InfoCard title="Daily cost, last 90 days">
          <DailyChart daily={view.daily} currency={c} />
        </InfoCard>
        {showback.value && (
          <InfoCard title={`Showback: everything this group owns (${showback.value.rows.length} components)`}>
            <ShowbackTable showback={showback.value} />
          </InfoCard>
        )}
      </Box>
    </Content>
  );
}
