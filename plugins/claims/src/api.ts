import { ApiBlueprint, createApiRef, discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { ClaimsApi, ClaimsClient } from '@internal/plugin-claims-common';

export const claimsApiRef = createApiRef<ClaimsApi>({ id: 'plugin.claims' });

export const claimsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: claimsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) => new ClaimsClient({ discoveryApi, fetchApi }),
    }),
});
