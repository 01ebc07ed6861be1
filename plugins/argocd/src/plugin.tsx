import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { argoCdActionsApi } from './api';

const hasArgoCd = (entity: { metadata: { annotations?: Record<string, string> } }) =>
  Boolean(entity.metadata.annotations?.['argocd/app-name'] || entity.metadata.annotations?.['argocd/app-selector']);

/** The entity's environments with sync and rollback, next to the Roadie Argo CD views. */
const environmentsCard = EntityCardBlueprint.make({
  name: 'environments',
  params: {
    type: 'content',
    filter: hasArgoCd,
    loader: () => import('./components/EnvironmentsCard').then(m => <m.EnvironmentsCard />),
  },
});

/** Argo CD actions: sync and rollback of an entity's applications, for its owners. */
export const argoCdActionsPlugin = createFrontendPlugin({
  pluginId: 'argocd-actions',
  title: 'Argo CD actions',
  extensions: [argoCdActionsApi, environmentsCard],
});
