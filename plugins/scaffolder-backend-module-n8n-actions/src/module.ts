import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createN8nTriggerAction } from './action';

/** Templates run self-service actions (n8n workflows) through `n8n:trigger`. */
export const scaffolderModuleN8nActions = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'n8n-actions',
  register(env) {
    env.registerInit({
      deps: { actions: scaffolderActionsExtensionPoint, auth: coreServices.auth, discovery: coreServices.discovery },
      async init({ actions, auth, discovery }) {
        actions.addActions(createN8nTriggerAction({ auth, discovery }));
      },
    });
  },
});
