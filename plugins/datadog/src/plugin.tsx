import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { DATADOG_ANNOTATIONS } from '@internal/plugin-datadog-common';
import { datadogApi } from './api';

const hasDatadog = (entity: { metadata: { annotations?: Record<string, string> } }) =>
  Object.values(DATADOG_ANNOTATIONS).some(a => Boolean(entity.metadata.annotations?.[a]));

const datadogContent = EntityContentBlueprint.make({
  params: {
    path: 'datadog',
    title: 'Datadog',
    filter: hasDatadog,
    loader: () => import('./components/DatadogContent').then(m => <m.DatadogContent />),
  },
});

/** Datadog on entity pages: dashboards (Roadie's annotations), monitors and links. */
export const datadogPlugin = createFrontendPlugin({
  pluginId: 'datadog',
  title: 'Datadog',
  extensions: [datadogApi, datadogContent],
});
