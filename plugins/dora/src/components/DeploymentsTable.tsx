import { Link } from '@backstage/core-components';
import { DeploymentView } from '@internal/plugin-dora-common';
import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@material-ui/core';
import { formatDuration } from './metrics';

const shortSha = (sha?: string) => (sha ? sha.slice(0, 8) : '–');

/** Production deployments, newest first, with what each brought and broke. */
export function DeploymentsTable(props: { deployments: DeploymentView[]; showService: boolean }) {
  if (props.deployments.length === 0) {
    return <Typography>No production deployments in this window.</Typography>;
  }
  return (
    <Table size="small" aria-label="Production deployments">
      <TableHead>
        <TableRow>
          <TableCell>Deployed</TableCell>
          {props.showService && <TableCell>Service</TableCell>}
          <TableCell>Revision</TableCell>
          <TableCell>Changes</TableCell>
          <TableCell>Lead time (median)</TableCell>
          <TableCell>Result</TableCell>
          <TableCell>Incidents</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.deployments.map(d => (
          <TableRow key={`${d.entityRef}/${d.id}`}>
            <TableCell>{new Date(d.deployedAt).toISOString().replace('T', ' ').slice(0, 16)}</TableCell>
            {props.showService && <TableCell>{d.entityRef.split('/').pop()}</TableCell>}
            <TableCell>{d.url ? <Link to={d.url}>{shortSha(d.revision)}</Link> : shortSha(d.revision)}</TableCell>
            <TableCell>{d.changes}</TableCell>
            <TableCell>{formatDuration(d.leadTimeMedian)}</TableCell>
            <TableCell>
              {d.failed ? <Chip size="small" label="failed" style={{ background: '#c62828', color: 'white' }} /> : 'ok'}
              {d.kind !== 'normal' && <Chip size="small" variant="outlined" label={d.kind} style={{ marginLeft: 4 }} />}
              {d.failed && d.restoredAt && ` · restored ${formatDuration(d.restoredAt - d.deployedAt)} later`}
            </TableCell>
            <TableCell>
              {d.incidents.map(i => (
                <div key={i.id}>{i.url ? <Link to={i.url}>{i.title ?? i.id}</Link> : i.title ?? i.id}</div>
              ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
