import { ApiBlueprint, createApiRef, discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { AiAssistantApi, AiAssistantClient } from '@internal/plugin-ai-assistant-common';

export const aiAssistantApiRef = createApiRef<AiAssistantApi>({ id: 'plugin.ai-assistant' });

export const aiAssistantApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: aiAssistantApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) => new AiAssistantClient({ discoveryApi, fetchApi }),
    }),
});
