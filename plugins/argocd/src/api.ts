import { ApiBlueprint, createApiRef, discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { ArgoCdActionsApi, ArgoCdActionsClient } from '@internal/plugin-argocd-common';

export const argoCdActionsApiRef = createApiRef<ArgoCdActionsApi>({ id: 'plugin.argocd-actions' });

export const argoCdActionsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: argoCdActionsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) => new ArgoCdActionsClient({ discoveryApi, fetchApi }),
    }),
});
