import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { techdocsGeneratorExtensionPoint } from '@backstage/plugin-techdocs-node';
import { SandboxedMkdocsGenerator, readSandboxOptions } from './generator/SandboxedMkdocsGenerator';

/** Replaces the TechDocs generator with the portal's: MkDocs on a cleaned copy, in a sandbox. */
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
        const options = readSandboxOptions(config);
        if (options.sandbox === 'none') logger.warn('TechDocs builds run MkDocs unconfined (techdocs.generator.sandbox: none): for a laptop only');
        generator.setTechdocsGenerator(new SandboxedMkdocsGenerator({ ...options, config, logger, integrations: ScmIntegrations.fromConfig(config) }));
      },
    });
  },
});
