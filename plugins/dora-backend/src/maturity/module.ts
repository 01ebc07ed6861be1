import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { serviceFetchApi } from '@internal/api-client';
import { DoraClient } from '@internal/plugin-dora-common';
import { maturityEvidenceExtensionPoint } from '@internal/plugin-maturity-node';
import { doraEvidenceSource } from './evidence';

/** Tells assessors how many components have DORA metrics (question developer-productivity-metrics.q1). */
export const doraMaturityEvidenceModule = createBackendModule({
  pluginId: 'maturity',
  moduleId: 'dora-evidence',
  register(env) {
    env.registerInit({
      deps: {
        evidence: maturityEvidenceExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      async init({ evidence, discovery, auth }) {
        const dora = new DoraClient({
          discoveryApi: discovery,
          fetchApi: serviceFetchApi(auth, 'dora'),
        });
        evidence.addEvidenceSource(doraEvidenceSource(entityRefs => dora.getCoverage(entityRefs)));
      },
    });
  },
});
