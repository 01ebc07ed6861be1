import { DailyCost, totalOf } from '@internal/plugin-cost-common';
import { money } from './format';

const W = 720;
const H = 120;

/** Daily cost for the last 90 days. */
export function DailyChart(props: { daily: DailyCost[]; currency: string }) {
  const totals = props.daily.map(d => totalOf(d.amounts));
  const max = Math.max(...totals, 1e-9);
  const step = W / Math.max(totals.length, 1);
  const first = props.daily[0]?.date;
  const last = props.daily[props.daily.length - 1]?.date;
  return (
    <svg
      width="100%"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={`Daily cost from ${first} to ${last}, highest ${money(Math.max(...totals, 0), props.currency)}`}
    >
      {totals.map((t, i) => (
        <rect key={props.daily[i].date} x={i * step} y={H - (H - 4) * (t / max)} width={Math.max(step - 1, 1)} height={(H - 4) * (t / max)} fill="#1976d2">
          <title>
            {props.daily[i].date}: {money(t, props.currency)}
          </title>
        </rect>
      ))}
    </svg>
  );
}
