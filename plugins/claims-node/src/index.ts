/**
 * The claims service for other backend plugins.
 *
 * @packageDocumentation
 */
import { coreServices, createServiceFactory, createServiceRef } from '@backstage/backend-plugin-api';
import { serviceFetchApi } from '@internal/api-client';
import { ClaimsClient, ClaimsServiceApi } from '@internal/plugin-claims-common';

/**
 * The claims backend, called with the calling plugin's own service credentials (claims are
 * settled for the whole catalog, not as a user sees it: a plugin then checks what the user may
 * read itself).
 */
export const claimsServiceRef = createServiceRef<ClaimsServiceApi>({
  id: 'portal.claims',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { discovery: coreServices.discovery, auth: coreServices.auth },
      factory({ discovery, auth }) {
        return new ClaimsClient({ discoveryApi: discovery, fetchApi: serviceFetchApi(auth, 'claims') });
      },
    }),
});

export type { ClaimsServiceApi } from '@internal/plugin-claims-common';
export { scheduleAfterStart } from './scheduleAfterStart';
