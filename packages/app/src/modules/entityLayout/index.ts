import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { EntityContentLayoutBlueprint } from '@backstage/plugin-catalog-react/alpha';

const entityOverviewLayout = EntityContentLayoutBlueprint.make({
  name: 'portal',
  params: {
    loader: () => import('./EntityOverviewLayout').then(m => m.EntityOverviewLayout),
  },
});

/** The portal's Overview layout for every entity (in place of the catalog's default). */
export const entityLayoutModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [entityOverviewLayout],
});
