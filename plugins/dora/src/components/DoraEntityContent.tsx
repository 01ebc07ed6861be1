import { ClaimsNotice } from '@internal/plugin-claims';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Content, InfoCard, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { DEFAULT_REPORT, ReportId, WindowDays } from '@internal/plugin-dora-common';
import { Box, Typography } from '@material-ui/core';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { doraApiRef } from '../api';
import { DeploymentsTable } from './DeploymentsTable';
import { MetricTiles } from './MetricTiles';
import { TrendCharts } from './TrendCharts';
import { WindowControls } from './WindowControls';

/** The DORA tab of a component, system or group. */
export function DoraEntityContent() {
  const { entity } = useEntity();
  const api = useApi(doraApiRef);
  const entityRef = stringifyEntityRef(entity);
  const [window, setWindow] = useState<WindowDays>(30);
  const [report, setReport] = useState<ReportId>(DEFAULT_REPORT);
  const view = useAsync(() => api.getEntityView(entityRef, window, report), [api, entityRef, window, report]);
  const deployments = useAsync(() => api.getDeployments(entityRef, window), [api, entityRef, window]);

  return (
    <Content noPadding>
      <ClaimsNotice kinds={['github-repo', 'argocd-app', 'pagerduty-service']} />
      <WindowControls window={window} report={report} onWindow={setWindow} onReport={setReport} />
      {view.loading && <Progress />}
      {view.error && <ResponseErrorPanel error={view.error} />}
      {view.value && (
        <Box display="flex" flexDirection="column" style={{ gap: 24 }}>
          <div>
            {view.value.services.length === 0 && (
              <Typography paragraph>No components belong to this {view.value.scope === 'group' ? 'team' : 'system'} yet.</Typography>
            )}
            {view.value.services.length > 1 && (
              <Typography variant="body2" paragraph>
                Counting {view.value.services.length} components.
              </Typography>
            )}
            <MetricTiles view={view.value} />
          </div>
          <div>
            <TrendCharts points={view.value.trend} />
          </div>
          <div>
            <InfoCard title="Production deployments">
              {deployments.error && <ResponseErrorPanel error={deployments.error} />}
              {deployments.value && <DeploymentsTable deployments={deployments.value} showService={view.value.scope !== 'service'} />}
            </InfoCard>
          </div>
        </Box>
      )}
    </Content>
  );
}
