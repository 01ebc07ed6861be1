import { createFrontendPlugin, createRouteRef, PageBlueprint } from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import TimelineIcon from '@material-ui/icons/Timeline';
import { doraApi } from './api';

const hasDora = (entity: { kind: string }) => ['component', 'system', 'group'].includes(entity.kind.toLocaleLowerCase('en-US'));

// Pages with a route ref get an item in the sidebar.
const rootRouteRef = createRouteRef();

const doraPage = PageBlueprint.make({
  params: {
    path: '/dora',
    routeRef: rootRouteRef,
    title: 'DORA',
    icon: <TimelineIcon />,
    loader: () => import('./components/DoraOverviewPage').then(m => <m.DoraOverviewPage />),
  },
});

const doraEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'dora',
    title: 'DORA',
    filter: hasDora,
    loader: () => import('./components/DoraEntityContent').then(m => <m.DoraEntityContent />),
  },
});

/** DORA metrics: the tab on components, systems and groups, and the organisation overview. */
export const doraPlugin = createFrontendPlugin({
  pluginId: 'dora',
  title: 'DORA',
  icon: <TimelineIcon />,
  routes: { root: rootRouteRef },
  extensions: [doraApi, doraPage, doraEntityContent],
});
