import { parseEntityRef } from '@backstage/catalog-model';
import { Content, InfoCard, Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { DEFAULT_REPORT, DoraUnmapped, doraUnmappedListPermission, ReportId, TeamRow, WindowDays } from '@internal/plugin-dora-common';
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@material-ui/core';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { doraApiRef } from '../api';
import { BAND_COLOURS, METRICS } from './metrics';
import { MetricTiles } from './MetricTiles';
import { WindowControls } from './WindowControls';

const teamLink = (groupRef: string) => {
  const { namespace, name } = parseEntityRef(groupRef);
  return `/catalog/${namespace}/group/${name}/dora`;
};

function TeamRanking(props: { teams: TeamRow[] }) {
  return (
    <Table size="small" aria-label="Teams ranked by DORA bands">
      <TableHead>
        <TableRow>
          <TableCell>#</TableCell>
          <TableCell>Team</TableCell>
          <TableCell>Components</TableCell>
          {METRICS.map(m => (
            <TableCell key={m.key}>{m.title}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.teams.map((team, index) => (
          <TableRow key={team.groupRef}>
            <TableCell>{index + 1}</TableCell>
            <TableCell>
              <Link to={teamLink(team.groupRef)}>{team.title ?? parseEntityRef(team.groupRef).name}</Link>
            </TableCell>
            <TableCell>{team.services}</TableCell>
            {METRICS.map(m => {
              const band = m.key === 'reworkRate' ? undefined : team.bands[m.key];
              return (
                <TableCell key={m.key}>
                  {m.format(m.value(team.summary))} {band && <Chip size="small" label={band} style={{ background: BAND_COLOURS[band], color: 'white' }} />}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Events no component claims: shown to admins, who may fix the annotations. */
function Unmapped(props: { unmapped: DoraUnmapped }) {
  const { sources, unreadable } = props.unmapped;
  if (sources.length === 0 && unreadable.length === 0) return null;
  return (
    <InfoCard title="Events no component claims">
      <Typography variant="body2" paragraph>
        Add the matching annotation (github.com/project-slug, argocd/app-name, pagerduty.com/service-id) to a component and these events count from the next
        service map refresh.
      </Typography>
      <Table size="small" aria-label="Unmapped event sources">
        <TableHead>
          <TableRow>
            <TableCell>Source</TableCell>
            <TableCell>Names</TableCell>
            <TableCell>Deployments</TableCell>
            <TableCell>Changes</TableCell>
            <TableCell>Incidents</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sources.map(s => (
            <TableRow key={`${s.serviceKind}/${s.serviceKey}`}>
              <TableCell>{s.serviceKind}</TableCell>
              <TableCell>{s.serviceKey}</TableCell>
              <TableCell>{s.deployments}</TableCell>
              <TableCell>{s.changes}</TableCell>
              <TableCell>{s.incidents}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {unreadable.length > 0 && (
        <>
          <Typography variant="subtitle2" style={{ marginTop: 16 }}>
            Deliveries that could not be read
          </Typography>
          {unreadable.map(u => (
            <Typography variant="body2" key={u.id}>
              {u.source} {u.eventType}: {u.error}
            </Typography>
          ))}
        </>
      )}
    </InfoCard>
  );
}

/** The organisation's DORA metrics and its teams ranked. */
export function DoraOverviewPage() {
  const api = useApi(doraApiRef);
  const [window, setWindow] = useState<WindowDays>(30);
  const [report, setReport] = useState<ReportId>(DEFAULT_REPORT);
  const overview = useAsync(() => api.getOverview(window, report), [api, window, report]);
  // Only admins may list unmapped events: the permission is asked first, so nobody else's browser
  // sends a request that can only be refused.
  const permissions = useApi(permissionApiRef);
  const unmapped = useAsync(async () => {
    const { result } = await permissions.authorize({ permission: doraUnmappedListPermission });
    return result === AuthorizeResult.ALLOW ? api.getUnmapped() : undefined;
  }, [api, permissions]);
  return (
    <Content>
      <Typography variant="h5" component="h2" gutterBottom>
        DORA metrics by team
      </Typography>
      <WindowControls window={window} report={report} onWindow={setWindow} onReport={setReport} />
      {overview.loading && <Progress />}
      {overview.error && <ResponseErrorPanel error={overview.error} />}
      {overview.value && (
        <Box display="flex" flexDirection="column" style={{ gap: 24 }}>
          <div>
            <Typography variant="h6" component="h2" gutterBottom>
              Whole organisation ({overview.value.org.services} components)
            </Typography>
            <MetricTiles view={{ current: overview.value.org.summary, bands: overview.value.org.bands }} />
          </div>
          <div>
            <InfoCard title="Teams">
              {overview.value.teams.length === 0 ? (
                <Typography>No team owns components with delivery events yet.</Typography>
              ) : (
                <TeamRanking teams={overview.value.teams} />
              )}
            </InfoCard>
          </div>
          {unmapped.error && <ResponseErrorPanel title="Could not list the events no component claims" error={unmapped.error} />}
          {unmapped.value && (
            <div>
              <Unmapped unmapped={unmapped.value} />
            </div>
          )}
        </Box>
      )}
    </Content>
  );
}
