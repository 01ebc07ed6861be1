import { ApiBlueprint, createApiRef, discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { DatadogApi, DatadogClient } from '@internal/plugin-datadog-common';

export const datadogApiRef = createApiRef<DatadogApi>({ id: 'plugin.datadog' });

export const datadogApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: datadogApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) => new DatadogClient({ discoveryApi, fetchApi }),
    }),
});
