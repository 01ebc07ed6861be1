import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
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
        evidence.addEvidenceSource(
          doraEvidenceSource(async entityRefs => {
            const { token } = await auth.getPluginRequestToken({
              onBehalfOf: await auth.getOwnServiceCredentials(),
              targetPluginId: 'dora',
            });
            const response = await fetch(`${await discovery.getBaseUrl('dora')}/coverage`, {
              method: 'POST',
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
              body: JSON.stringify({ entityRefs }),
              signal: AbortSignal.timeout(10_000),
            });
            if (!response.ok) throw new Error(`DORA coverage request failed with ${response.status}`);
            return ((await response.json()) as { tracked: string[] }).tracked;
          }),
        );
      },
    });
  },
});
