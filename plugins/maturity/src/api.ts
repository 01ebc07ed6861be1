import { ApiBlueprint, createApiRef, discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { MaturityApi, MaturityClient } from '@internal/plugin-maturity-common';

export const maturityApiRef = createApiRef<MaturityApi>({ id: 'plugin.maturity' });

export const maturityApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: maturityApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) => new MaturityClient(discoveryApi, fetchApi),
    }),
});
