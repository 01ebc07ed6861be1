import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Quarter } from '@internal/plugin-maturity-common';
import { Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../api';
import { changesSinceLastQuarter } from './history';

const W = 360;
const H = 120;

/** Overall and per-category scores across quarters, and what moved since the last one. */
export function HistoryCard(props: { scopeRef: string; quarter: Quarter; refreshKey: number }) {
  const api = useApi(maturityApiRef);
  const { value: history, error } = useAsync(() => api.getHistory(props.scopeRef), [api, props.scopeRef, props.refreshKey]);
  if (error)
    return (
      <InfoCard title="History">
        <Typography color="error">{error.message}</Typography>
      </InfoCard>
    );
  if (!history) return null;
  const points = history.filter(h => h.score.overall !== null);
  const x = (i: number) => (points.length <= 1 ? W / 2 : 30 + (i * (W - 60)) / (points.length - 1));
  const y = (s: number) => H - 20 - (s / 5) * (H - 40);
  const since = changesSinceLastQuarter(history, props.quarter);
  return (
    <InfoCard title="History">
      <svg width={W} height={H} role="img" aria-label={`Overall score by quarter: ${points.map(p => `${p.quarter} ${p.score.overall}`).join(', ')}`}>
        <line x1={20} x2={W - 10} y1={y(0)} y2={y(0)} stroke="#ccc" />
        <line x1={20} x2={W - 10} y1={y(5)} y2={y(5)} stroke="#eee" />
        <polyline fill="none" stroke="#1976d2" strokeWidth={2} points={points.map((p, i) => `${x(i)},${y(p.score.overall!)}`).join(' ')} />
        {points.map((p, i) => (
          <g key={p.quarter}>
            <circle cx={x(i)} cy={y(p.score.overall!)} r={4} fill="#1976d2" />
            <text x={x(i)} y={H - 4} fontSize={10} textAnchor="middle">
              {p.quarter}
            </text>
            <text x={x(i)} y={y(p.score.overall!) - 8} fontSize={10} textAnchor="middle">
              {p.score.overall!.toFixed(1)}
            </text>
          </g>
        ))}
      </svg>
      <table aria-label="Category scores by quarter" style={{ width: '100%', fontSize: 12 }}>
        <tbody>
          {(history[0]?.score.categories ?? []).map(category => {
            const series = history.map(h => h.score.categories.find(c => c.id === category.id)?.score ?? null);
            const scored = series.map((v, i) => [i, v] as const).filter((p): p is readonly [number, number] => p[1] !== null);
            const sx = (i: number) => (series.length <= 1 ? 40 : 4 + (i * 72) / (series.length - 1));
            const sy = (v: number) => 18 - (v / 5) * 16;
            return (
              <tr key={category.id}>
                <td>{category.title}</td>
                <td>
                  <svg
                    width={80}
                    height={20}
                    role="img"
                    aria-label={`${category.title}: ${series.map(v => (v === null ? 'not scored' : v.toFixed(1))).join(', ')}`}
                  >
                    <polyline fill="none" stroke="#1976d2" points={scored.map(([i, v]) => `${sx(i)},${sy(v)}`).join(' ')} />
                    {scored.map(([i, v]) => (
                      <circle key={i} cx={sx(i)} cy={sy(v)} r={2} fill="#1976d2" />
                    ))}
                  </svg>
                </td>
                <td>{series[series.length - 1]?.toFixed(1) ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {since ? (
        <>
          <Typography variant="subtitle2">Since {since.since}</Typography>
          {since.moves.length === 0 && <Typography variant="body2">No category moved.</Typography>}
          {since.moves.map(m => (
            <Typography key={m.id} variant="body2">
              {m.title}: {m.from === null ? 'not scored' : m.from.toFixed(1)} → {m.to === null ? 'not scored' : m.to.toFixed(1)}
              {m.delta !== null && ` (${m.delta > 0 ? '+' : ''}${m.delta.toFixed(1)})`}
            </Typography>
          ))}
        </>
      ) : (
        <Typography variant="body2">{history.length === 0 ? 'Not assessed yet.' : 'The first assessed quarter: nothing to compare with yet.'}</Typography>
      )}
    </InfoCard>
  );
}
