import { useApi } from '@backstage/frontend-plugin-api';
import { Content, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { quarterOf } from '@internal/plugin-maturity-common';
import { Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel, Typography } from '@material-ui/core';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { maturityApiRef } from '../api';
import { heatColour, heatmap } from './heatmap';
import { AssessmentForm } from './AssessmentForm';

const fmt = (n: number | null | undefined) => (typeof n === 'number' ? n.toFixed(1) : '–');

/** Teams (and systems, and the platform) x categories for the current quarter. */
export function MaturityOverviewPage() {
  const api = useApi(maturityApiRef);
  const quarter = quarterOf(new Date());
  const [ascending, setAscending] = useState(false);
  const { value, loading, error } = useAsync(async () => {
    const [checklist, items] = await Promise.all([api.getAssessment('platform', quarter).then(v => v.checklist), api.getOverview(quarter)]);
    return { checklist, ...heatmap(items) };
  }, [api, quarter]);

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const { checklist, rows, rollup } = value!;
  const sorted = ascending ? [...rows].reverse() : rows;

  return (
    <Content>
      <Typography variant="h5" component="h2" gutterBottom>
        Maturity heatmap {quarter}
      </Typography>
      {rows.length === 0 ? (
        <Typography>No assessment has been started for {quarter} yet. Open a group or system and its Maturity tab.</Typography>
      ) : (
        <Table size="small" aria-label={`Maturity heatmap ${quarter}`} style={{ overflowX: 'auto', display: 'block' }}>
          <TableHead>
            <TableRow>
              <TableCell>Scope</TableCell>
              <TableCell sortDirection={ascending ? 'asc' : 'desc'}>
                <TableSortLabel active direction={ascending ? 'asc' : 'desc'} onClick={() => setAscending(a => !a)}>
                  Overall
                </TableSortLabel>
              </TableCell>
              {checklist.categories.map(c => (
                <TableCell key={c.id} title={c.title}>
                  {c.title}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map(row => (
              <TableRow key={row.scopeRef}>
                <TableCell component="th" scope="row">
                  {row.scopeRef} {row.status === 'submitted' ? '(submitted)' : '(draft)'}
                </TableCell>
                <TableCell style={{ background: heatColour(row.overall) }}>{fmt(row.overall)}</TableCell>
                {checklist.categories.map(c => (
                  <TableCell key={c.id} style={{ background: heatColour(row.cells[c.id] ?? null) }}>
                    {fmt(row.cells[c.id])}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow>
              <TableCell component="th" scope="row">
                <strong>Platform rollup (mean)</strong>
              </TableCell>
              <TableCell style={{ background: heatColour(rollup.overall) }}>{fmt(rollup.overall)}</TableCell>
              {checklist.categories.map(c => (
                <TableCell key={c.id}>{fmt(rollup[c.id])}</TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      )}
      <Typography variant="h5" component="h2" style={{ marginTop: 32 }} gutterBottom>
        Platform assessment
      </Typography>
      <AssessmentForm scopeRef="platform" quarter={quarter} />
    </Content>
  );
}
