import { stringifyEntityRef } from '@backstage/catalog-model';
import { createFrontendPlugin, PageBlueprint } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { EntityIconLinkBlueprint } from '@backstage/plugin-catalog-react/alpha';
import ChatIcon from '@material-ui/icons/Chat';
import { aiAssistantApi } from './api';
import { rootRouteRef } from './routes';

const assistantPage = PageBlueprint.make({
  params: {
    path: '/assistant',
    routeRef: rootRouteRef,
    title: 'Assistant',
    icon: <ChatIcon />,
    loader: () => import('./components/AssistantPage').then(m => <m.AssistantPage />),
  },
});

/** "Ask about this" in the About card: a conversation with the entity in context. */
const askAboutThis = EntityIconLinkBlueprint.make({
  name: 'ask-about-this',
  params: {
    useProps: () => {
      const { entity } = useEntity();
      return {
        label: 'Ask about this',
        icon: <ChatIcon />,
        href: `/assistant?${new URLSearchParams({ entityRef: stringifyEntityRef(entity) })}`,
      };
    },
  },
});

/** The AI assistant: the chat page and "Ask about this" on entity pages. */
export const aiAssistantPlugin = createFrontendPlugin({
  pluginId: 'ai-assistant',
  title: 'Assistant',
  icon: <ChatIcon />,
  routes: { root: rootRouteRef },
  extensions: [aiAssistantApi, assistantPage, askAboutThis],
});
