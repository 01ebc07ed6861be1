import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { actionsServiceRef, metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { aiAssistantPermissions } from '@internal/plugin-ai-assistant-common';
import { ProviderChain } from './chain/ProviderChain';
import { readAiAssistantConfig } from './config';
import { ConversationStore } from './database/ConversationStore';
import { createRouter } from './router';
import { Assistant } from './service/Assistant';

/** The portal's AI assistant. */
export const aiAssistantPlugin = createBackendPlugin({
  pluginId: 'ai-assistant',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        lifecycle: coreServices.lifecycle,
        actions: actionsServiceRef,
        catalog: catalogServiceRef,
        metrics: metricsServiceRef,
      },
      async init({ config, logger, database, httpRouter, httpAuth, permissions, permissionsRegistry, lifecycle, actions, catalog, metrics }) {
        const options = readAiAssistantConfig(config);
        permissionsRegistry.addPermissions(aiAssistantPermissions);
        const store = await ConversationStore.create(database);
        const chain = new ProviderChain(options.providers, options.breaker, metrics);
        lifecycle.addShutdownHook(async () => {
          await Promise.all(options.providers.map(p => p.provider.dispose?.()));
        });
        const assistant = new Assistant({
          store,
          chain,
          actions,
          catalog,
          logger,
          portalTitle: options.portalTitle,
          tools: options.tools,
          confidentialAnnotation: options.confidentialAnnotation,
          toolTimeoutMs: 15_000,
          maxToolOutputChars: 12_000,
          maxToolRounds: options.maxToolRounds,
          historyMessages: 12,
          rateLimit: options.rateLimit,
        });
        logger.info(
          options.providers.length
            ? `AI providers in order: ${options.providers.map(p => `${p.provider.id} (${p.provider.type}${p.provider.local ? ', local' : ''})`).join(', ')}`
            : 'No AI provider is configured: the assistant will answer that it has none',
        );
        httpRouter.use(await createRouter({ assistant, store, chain, catalog, httpAuth, permissions }));
      },
    });
  },
});
