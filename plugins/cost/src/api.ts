import { ApiBlueprint, createApiRef, discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { CostApi, CostClient } from '@internal/plugin-cost-common';

export const costApiRef = createApiRef<CostApi>({ id: 'plugin.cost' });

export const costApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: costApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) => new CostClient({ discoveryApi, fetchApi }),
    }),
});
