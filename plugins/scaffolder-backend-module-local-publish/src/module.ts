import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createPublishLocalAction, createPublishLocalPullRequestAction, createRegisterLocalAction } from './actions';

/**
 * Offline publishing for the golden paths: a local git repository, registered in the catalog.
 * Offered only where `scaffolder.localPublish.directory` is set, which a production start refuses.
 */
export const scaffolderModuleLocalPublish = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'local-publish',
  register(env) {
    env.registerInit({
      deps: { config: coreServices.rootConfig, actions: scaffolderActionsExtensionPoint, catalog: catalogServiceRef },
      async init({ config, actions, catalog }) {
        const directory = config.getOptionalString('scaffolder.localPublish.directory');
        if (!directory) return;
        const author = {
          name: config.getOptionalString('scaffolder.defaultAuthor.name') ?? 'Portal scaffolder',
          email: config.getOptionalString('scaffolder.defaultAuthor.email') ?? 'scaffolder@portal.local',
        };
        actions.addActions(
          createPublishLocalAction({ directory, author }),
          createPublishLocalPullRequestAction({ directory, author }),
          createRegisterLocalAction({ catalog, directory }),
        );
      },
    });
  },
});
