import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { Showback, ShowbackRow } from '@internal/plugin-cost-common';
import { Button, Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel } from '@material-ui/core';
import { useState } from 'react';
import { costApiRef } from '../api';
import { money } from './format';

type Column = 'name' | 'lastMonth' | 'monthToDate' | 'forecast';
const COLUMNS: Array<{ id: Column; label: string }> = [
  { id: 'name', label: 'Component' },
  { id: 'lastMonth', label: 'Last month' },
  { id: 'monthToDate', label: 'This month so far' },
  { id: 'forecast', label: 'Forecast' },
];

function sortDirection(sort: { by: Column; asc: boolean }, column: Column): 'asc' | 'desc' | false {
  if (sort.by !== column) return false;
  return sort.asc ? 'asc' : 'desc';
}

const nameOf = (r: ShowbackRow) => r.title ?? parseEntityRef(r.entityRef).name;

/** Everything a group owns, sortable by any column, with a CSV download. */
export function ShowbackTable(props: { showback: Showback }) {
  const api = useApi(costApiRef);
  const { showback } = props;
  const [sort, setSort] = useState<{ by: Column; asc: boolean }>({ by: 'monthToDate', asc: false });
  const rows = [...showback.rows].sort((a, b) => {
    const order = sort.by === 'name' ? nameOf(a).localeCompare(nameOf(b)) : a[sort.by] - b[sort.by];
    return sort.asc ? order : -order;
  });

  const download = async () => {
    const csv = await api.getShowbackCsv(showback.entityRef);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `showback-${parseEntityRef(showback.entityRef).name}-${showback.month}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <>
      <Button size="small" variant="outlined" onClick={download} style={{ marginBottom: 8 }}>
        Export CSV
      </Button>
      <Table size="small" aria-label="Showback">
        <TableHead>
          <TableRow>
            {COLUMNS.map(c => (
              <TableCell key={c.id} sortDirection={sortDirection(sort, c.id)}>
                <TableSortLabel
                  active={sort.by === c.id}
                  direction={sort.by === c.id && sort.asc ? 'asc' : 'desc'}
                  onClick={() => setSort(s => ({ by: c.id, asc: s.by === c.id ? !s.asc : c.id === 'name' }))}
                >
                  {c.label}
                </TableSortLabel>
              </TableCell>
            ))}
            <TableCell>Budget</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(r => {
            const { namespace, kind, name } = parseEntityRef(r.entityRef);
            return (
              <TableRow key={r.entityRef}>
                <TableCell>
                  <Link to={`/catalog/${namespace}/${kind}/${name}/cost`}>{nameOf(r)}</Link>
                </TableCell>
                <TableCell>{money(r.lastMonth, showback.currency)}</TableCell>
                <TableCell>{money(r.monthToDate, showback.currency)}</TableCell>
                <TableCell>{money(r.forecast, showback.currency)}</TableCell>
                <TableCell>{r.budgetStatus ?? '–'}</TableCell>
              </TableRow>
            );
          })}
          <TableRow>
            <TableCell>
              <strong>Total</strong>
            </TableCell>
            <TableCell>{money(showback.total.lastMonth, showback.currency)}</TableCell>
            <TableCell>{money(showback.total.monthToDate, showback.currency)}</TableCell>
            <TableCell>{money(showback.total.forecast, showback.currency)}</TableCell>
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
    </>
  );
}
