import { DoraEntityView } from '@internal/plugin-dora-common';
import { Box, Chip, Paper, Typography } from '@material-ui/core';
import { BAND_COLOURS, METRICS, trendOf } from './metrics';

const TREND_TEXT = { better: '▲ better', worse: '▼ worse', same: '= same' } as const;
const TREND_COLOUR = { better: '#2e7d32', worse: '#c62828', same: 'inherit' } as const;

/** The five metrics with value, band and the move since the previous window. */
export function MetricTiles(props: { view: Pick<DoraEntityView, 'current' | 'bands'> & { previous?: DoraEntityView['previous'] } }) {
  const { current, previous, bands } = props.view;
  return (
    <Box display="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(190px, 1fr))', gap: 16 }}>
      {METRICS.map(metric => {
        const value = metric.value(current);
        const before = previous ? metric.value(previous) : undefined;
        const trend = trendOf(metric, value, before);
        const band = metric.key === 'reworkRate' ? undefined : bands[metric.key];
        return (
          <Paper key={metric.key} variant="outlined" role="group" aria-label={metric.title} style={{ padding: 12 }}>
            <Typography variant="overline" component="h3">
              {metric.title}
            </Typography>
            <Typography variant="h5" component="p">
              {metric.format(value)}
            </Typography>
            <Box display="flex" alignItems="center" style={{ gap: 8, margin: '4px 0' }}>
              {band ? (
                <Chip size="small" label={band} style={{ background: BAND_COLOURS[band], color: 'white' }} />
              ) : (
                <Chip size="small" variant="outlined" label={metric.key === 'reworkRate' ? 'no published band' : 'no data'} />
              )}
              {trend && (
                <Typography variant="caption" style={{ color: TREND_COLOUR[trend] }}>
                  {TREND_TEXT[trend]} (was {metric.format(before)})
                </Typography>
              )}
            </Box>
            <Typography variant="caption" color="textSecondary">
              {metric.detail(current)}
            </Typography>
          </Paper>
        );
      })}
    </Box>
  );
}
