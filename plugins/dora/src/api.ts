import { ApiBlueprint, createApiRef, discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { DoraApi, DoraClient } from '@internal/plugin-dora-common';

export const doraApiRef = createApiRef<DoraApi>({ id: 'plugin.dora' });

export const doraApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: doraApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) => new DoraClient({ discoveryApi, fetchApi }),
    }),
});
