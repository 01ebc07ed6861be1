import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { catalogLocationsExtensionPoint } from '@backstage/plugin-catalog-node';

/**
 * `catalog:register:local` registers the `file` location of a repository that `publish:local`
 * made. The catalog takes only `url` locations from its API by default, so this module adds
 * `file`, and only where `scaffolder.localPublish.directory` is set: laptops and tests, never a
 * production config, where components come from GitHub URLs.
 */
export const catalogModuleLocalPublish = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'local-publish',
  register(env) {
    env.registerInit({
      deps: { config: coreServices.rootConfig, locations: catalogLocationsExtensionPoint, logger: coreServices.logger },
      async init({ config, locations, logger }) {
        if (!config.has('scaffolder.localPublish.directory')) return;
        locations.setAllowedLocationTypes(['url', 'file']);
        logger.info('Local publishing is configured: the catalog takes file locations from its API');
      },
    });
  },
});
