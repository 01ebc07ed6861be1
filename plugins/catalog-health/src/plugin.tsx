import { createFrontendPlugin, PageBlueprint } from '@backstage/frontend-plugin-api';
import HealingIcon from '@material-ui/icons/Healing';

const catalogHealthPage = PageBlueprint.make({
  params: {
    path: '/catalog-health',
    title: 'Catalog health',
    icon: <HealingIcon />,
    loader: () => import('./components/CatalogHealthPage').then(m => <m.CatalogHealthPage />),
  },
});

/** Lists every entity the catalog could not process, with the error and its source file. */
export const catalogHealthPlugin = createFrontendPlugin({
  pluginId: 'catalog-health',
  title: 'Catalog health',
  extensions: [catalogHealthPage],
});
