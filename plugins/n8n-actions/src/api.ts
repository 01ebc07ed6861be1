import { ApiBlueprint, createApiRef, discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { N8nActionsApi, N8nActionsClient } from '@internal/plugin-n8n-actions-common';

export const n8nActionsApiRef = createApiRef<N8nActionsApi>({ id: 'plugin.n8n-actions' });

export const n8nActionsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: n8nActionsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) => new N8nActionsClient({ discoveryApi, fetchApi }),
    }),
});
