import { createFrontendPlugin, createRouteRef, PageBlueprint } from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import AssignmentTurnedInIcon from '@material-ui/icons/AssignmentTurnedIn';
import { n8nActionsApi } from './api';

const rootRouteRef = createRouteRef();

const approvalsPage = PageBlueprint.make({
  params: {
    path: '/self-service/approvals',
    routeRef: rootRouteRef,
    title: 'Approvals',
    icon: <AssignmentTurnedInIcon />,
    loader: () => import('./components/ApprovalsPage').then(m => <m.ApprovalsPage />),
  },
});

const selfServiceContent = EntityContentBlueprint.make({
  params: {
    path: 'self-service',
    title: 'Self-service',
    filter: (entity: { kind: string }) => ['component', 'resource', 'system'].includes(entity.kind.toLocaleLowerCase('en-US')),
    loader: () => import('./components/SelfServiceContent').then(m => <m.SelfServiceContent />),
  },
});

/** Self-service actions backed by n8n: the tab on entities and the approvals inbox. */
export const n8nActionsPlugin = createFrontendPlugin({
  pluginId: 'n8n-actions',
  title: 'Self-service',
  icon: <AssignmentTurnedInIcon />,
  routes: { root: rootRouteRef },
  extensions: [n8nActionsApi, approvalsPage, selfServiceContent],
});
