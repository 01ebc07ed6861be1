import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { techdocsGeneratorExtensionPoint } from '@backstage/plugin-techdocs-node';
import { LocalMkdocsGenerator } from './LocalMkdocsGenerator';

/** Replaces the TechDocs generator with one that explains a missing MkDocs. */
export const techdocsModuleLocalMkdocs = createBackendModule({
  pluginId: 'techdocs',
  moduleId: 'local-mkdocs',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        generator: techdocsGeneratorExtensionPoint,
      },
      async init({ config, logger, generator }) {
        generator.setTechdocsGenerator(
          new LocalMkdocsGenerator({
            config,
            logger,
            scmIntegrations: ScmIntegrations.fromConfig(config),
          }),
        );
      },
    });
  },
});
