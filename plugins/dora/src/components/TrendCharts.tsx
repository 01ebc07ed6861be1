import { WeeklyPoint } from '@internal/plugin-dora-common';
import { Grid, Paper, Typography } from '@material-ui/core';
import { METRICS, MetricDefinition } from './metrics';

const W = 260;
const H = 90;

function WeeklyBars(props: { metric: MetricDefinition; points: WeeklyPoint[] }) {
  const { metric, points } = props;
  const values = points.map(p => metric.weekly(p));
  const max = Math.max(...values.map(v => v ?? 0), 1e-9);
  const step = W / Math.max(points.length, 1);
  const label = values.map(v => metric.format(v)).join(', ');
  return (
    <svg width={W} height={H} role="img" aria-label={`${metric.title} by week: ${label}`}>
      <line x1={0} x2={W} y1={H - 1} y2={H - 1} stroke="#ccc" />
      {values.map((v, i) => {
        const height = v === undefined ? 0 : Math.max(2, ((H - 10) * v) / max);
        return (
          <rect key={points[i].weekStart} x={i * step + 1} y={H - 1 - height} width={Math.max(step - 2, 1)} height={height} fill="#1976d2">
            <title>
              Week of {new Date(points[i].weekStart).toISOString().slice(0, 10)}: {metric.format(v)}
            </title>
          </rect>
        );
      })}
    </svg>
  );
}

/** One weekly chart per metric. */
export function TrendCharts(props: { points: WeeklyPoint[] }) {
  return (
    <Grid container spacing={2}>
      {METRICS.map(metric => (
        <Grid item key={metric.key}>
          <Paper variant="outlined" style={{ padding: 12 }}>
            <Typography variant="subtitle2" component="h3">
              {metric.title}, weekly
            </Typography>
            <WeeklyBars metric={metric} points={props.points} />
          </Paper>
        </Grid>
      ))}
    </Grid>
  );
}
