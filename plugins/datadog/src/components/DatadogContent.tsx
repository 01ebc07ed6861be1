import { stringifyEntityRef } from '@backstage/catalog-model';
import { Content, InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { DATADOG_ANNOTATIONS } from '@internal/plugin-datadog-common';
import { Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { claimNotice } from '@internal/plugin-claims-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { datadogApiRef } from '../api';

const MONITOR_COLOURS: Record<string, string> = { OK: '#2e7d32', Alert: '#c62828', Warn: '#ef6c00', 'No Data': '#9e9e9e' };

/** The monitors tagged with the service, from the Datadog API through the portal. */
function Monitors() {
  const { entity } = useEntity();
  const api = useApi(datadogApiRef);
  const monitoring = useAsyncRetry(() => api.getMonitoring(stringifyEntityRef(entity)), [api, entity]);
  return (
    <InfoCard title="Monitors">
      {monitoring.loading && !monitoring.value && <Progress />}
      {monitoring.error && (
        <Alert severity="error" action={<Button onClick={monitoring.retry}>Retry</Button>}>
          {monitoring.error.message}
        </Alert>
      )}
      {monitoring.value && monitoring.value.claim.status !== 'verified' && <Alert severity="warning">{claimNotice(monitoring.value.claim)}</Alert>}
      {monitoring.value && monitoring.value.claim.status === 'verified' && (
        <>
          <Box display="flex" style={{ gap: 16 }} mb={1}>
            <Link to={monitoring.value.links.logs}>Logs</Link>
            <Link to={monitoring.value.links.apm}>APM</Link>
            <Link to={monitoring.value.links.monitors}>All monitors</Link>
            {monitoring.value.dashboards.map(d => (
              <Link key={d.url} to={d.url}>
                {d.title}
              </Link>
            ))}
          </Box>
          <Table size="small" aria-label={`Monitors of ${monitoring.value.service}`}>
            <TableHead>
              <TableRow>
                <TableCell>Status</TableCell>
                <TableCell>Monitor</TableCell>
                <TableCell>Type</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {monitoring.value.monitors.map(m => (
                <TableRow key={m.id}>
                  <TableCell>
                    <Chip size="small" label={m.status} style={{ background: MONITOR_COLOURS[m.status] ?? '#9e9e9e', color: 'white' }} />
                  </TableCell>
                  <TableCell>
                    <Link to={m.url}>{m.name}</Link>
                  </TableCell>
                  <TableCell>{m.type}</TableCell>
                </TableRow>
              ))}
              {monitoring.value.monitors.length === 0 && (
                <TableRow>
                  <TableCell colSpan={3}>No monitor is tagged service:{monitoring.value.service}.</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </>
      )}
    </InfoCard>
  );
}

/**
 * The Datadog tab: the dashboard and graph of the Roadie Datadog plugin's annotations, embedded,
 * and the service's monitors.
 */
export function DatadogContent() {
  const { entity } = useEntity();
  const annotations = entity.metadata.annotations ?? {};
  const dashboardUrl = annotations[DATADOG_ANNOTATIONS.dashboardUrl];
  const graphToken = annotations[DATADOG_ANNOTATIONS.graphToken];
  const site = annotations[DATADOG_ANNOTATIONS.site] ?? 'datadoghq.com';
  return (
    <Content noPadding>
      <Box display="flex" flexDirection="column" style={{ gap: 24 }}>
        <Monitors />
        {dashboardUrl && (
          <InfoCard title="Dashboard">
            <iframe title="Datadog dashboard" src={dashboardUrl} style={{ width: '100%', height: 600, border: 0 }} />
          </InfoCard>
        )}
        {graphToken && (
          <InfoCard title="Graph">
            <iframe
              title="Datadog graph"
              src={`https://app.${site}/graph/embed?${new URLSearchParams({ token: graphToken, height: '300', width: '600', legend: 'true' })}`}
              style={{ width: '100%', height: 320, border: 0 }}
            />
          </InfoCard>
        )}
      </Box>
    </Content>
  );
}
