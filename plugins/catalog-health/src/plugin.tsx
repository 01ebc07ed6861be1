import { createFrontendPlugin, createRouteRef, PageBlueprint } from '@backstage/frontend-plugin-api';
import HealingIcon from '@material-ui/icons/Healing';

// Pages with a route ref get an item in the sidebar.
const rootRouteRef = createRouteRef();

const catalogHealthPage = PageBlueprint.make({
  params: {
    path: '/catalog-health',
    routeRef: rootRouteRef,
    title: 'Catalog health',
    icon: <HealingIcon />,
    loader: () => import('./components/CatalogHealthPage').then(m => <m.CatalogHealthPage />),
  },
});

/** Lists every entity the catalog could not process, with the error and its source file. */
export const catalogHealthPlugin = createFrontendPlugin({
  pluginId: 'catalog-health',
  title: 'Catalog health',
  icon: <HealingIcon />,
  routes: { root: rootRouteRef },
  extensions: [catalogHealthPage],
});
