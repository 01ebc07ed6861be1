import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { registerMaturityActions } from './actions';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import { maturityPermissions } from '@internal/plugin-maturity-common';
import { ChecklistRegistry } from './service/checklists';
import { DatabaseAssessmentStore } from './database/DatabaseAssessmentStore';
import { ActionStore } from './database/ActionStore';
import { assessmentResourceRef, isScopeOwnerMember } from './permissions';
import { createRouter } from './router';
import { AssessmentScopes } from './service/scopes';
import { EvidenceCollector, builtInEvidenceSources } from './service/evidence';
import { EvidenceSource, maturityEvidenceExtensionPoint } from '@internal/plugin-maturity-node';

/** Quarterly IDP maturity assessments of the platform, groups and systems. */
export const maturityPlugin = createBackendPlugin({
  pluginId: 'maturity',
  register(env) {
    const evidenceSources: EvidenceSource[] = [...builtInEvidenceSources];
    env.registerExtensionPoint(maturityEvidenceExtensionPoint, {
      addEvidenceSource(...sources) {
        evidenceSources.push(...sources);
      },
    });
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init({ config, logger, database, httpRouter, httpAuth, auth, permissions, permissionsRegistry, catalog, actionsRegistry }) {
        permissionsRegistry.addResourceType({
          resourceRef: assessmentResourceRef,
          permissions: maturityPermissions,
          rules: [isScopeOwnerMember],
        });
        const scopes = new AssessmentScopes(catalog, auth, config.getOptionalString('maturity.platformOwner') ?? 'group:default/platform-team');
        const store = await DatabaseAssessmentStore.create({ database });
        const checklists = ChecklistRegistry.fromDirectory();
        registerMaturityActions(actionsRegistry, store, checklists);
        const authorizer = createConditionAuthorizer(permissionsRegistry.getPermissionRuleset(assessmentResourceRef));
        httpRouter.use(
          await createRouter({
            store,
            actions: await ActionStore.create({ database }),
            evidence: new EvidenceCollector(evidenceSources, catalog, (source, error) => logger.warn(`Evidence source ${source} failed: ${error}`)),
            checklists,
            scopes,
            httpAuth,
            permissions,
            isAllowedFor: (decision, scope) => authorizer(decision, scope),
            logger,
          }),
        );
      },
    });
  },
});
