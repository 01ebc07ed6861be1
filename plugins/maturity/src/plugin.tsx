import { createFrontendPlugin, createRouteRef, PageBlueprint } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint, EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import { maturityApi } from './api';

const isGroupOrSystem = (entity: { kind: string }) => ['group', 'system'].includes(entity.kind.toLocaleLowerCase('en-US'));

// Pages with a route ref get an item in the sidebar.
const rootRouteRef = createRouteRef();

const maturityPage = PageBlueprint.make({
  params: {
    path: '/maturity',
    routeRef: rootRouteRef,
    title: 'Maturity',
    icon: <TrendingUpIcon />,
    loader: () => import('./components/MaturityOverviewPage').then(m => <m.MaturityOverviewPage />),
  },
});

const maturityEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'maturity',
    title: 'Maturity',
    filter: isGroupOrSystem,
    loader: () => import('./components/MaturityEntityContent').then(m => <m.MaturityEntityContent />),
  },
});

const maturityScoreCard = EntityCardBlueprint.make({
  name: 'score',
  params: {
    type: 'info',
    filter: isGroupOrSystem,
    loader: () => import('./components/MaturityScoreCard').then(m => <m.MaturityScoreCard />),
  },
});

/** Quarterly IDP maturity assessments: the Maturity page and the tab on groups and systems. */
export const maturityPlugin = createFrontendPlugin({
  pluginId: 'maturity',
  title: 'Maturity',
  icon: <TrendingUpIcon />,
  routes: { root: rootRouteRef },
  extensions: [maturityApi, maturityPage, maturityEntityContent, maturityScoreCard],
});
