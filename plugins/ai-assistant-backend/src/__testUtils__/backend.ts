import { actionsRegistryServiceFactory, actionsServiceFactory } from '@backstage/backend-defaults/alpha';
import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { portalPolicyForTests } from '@internal/plugin-permission-backend-module-portal-policy/testUtils';
import { ChatStreamEvent } from '@internal/plugin-ai-assistant-common';
import path from 'node:path';
import { specRequest } from '@internal/api-contract-testing';
import { spec } from '../schema/openapi.generated';
import { aiAssistantPlugin } from '../plugin';

/** supertest, with every answer checked against the plugin's spec. */
const request = (server: Parameters<typeof specRequest>[0]) => specRequest(server, spec);

/** Ann is in the alpha team; Ben in the beta team, which owns the confidential beta-ledger. */
const directory: Record<string, string[]> = {
  'user:default/ann': ['group:default/alpha-team'],
  'user:default/ben': ['group:default/beta-team'],
};

export const as = (user: string) => mockCredentials.user.header(`user:default/${user}`);

/**
 * The assistant in a backend with the real catalog and the portal's permission policy, and
 * the real actions registry: its tools reach the catalog over HTTP as the asking user.
 */
export async function startAssistantBackend(aiAssistant: object) {
  const policy = portalPolicyForTests(directory, {
    adminGroups: ['group:default/platform-admins'],
    contractorGroups: ['group:default/contractors'],
  });
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      aiAssistantPlugin,
      mockServices.userInfo.mock(policy.userInfo).factory,
      // The portal's real policy, answering in-process (see portalPolicyForTests).
      mockServices.permissions.mock({ authorize: policy.authorize as any, authorizeConditional: policy.authorizeConditional as any }).factory,
      actionsServiceFactory,
      actionsRegistryServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          app: { title: 'Test Portal' },
          backend: { actions: { pluginSources: ['catalog'] } },
          catalog: {
            rules: [{ allow: ['Component', 'Group'] }],
            locations: [{ type: 'file', target: path.resolve(__dirname, '../__fixtures__/entities.yaml') }],
          },
          aiAssistant,
        },
      }),
    ],
  });
  // Wait until the catalog has processed the fixtures.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await request(backend.server)
      .get('/api/catalog/entities/by-query?filter=kind=component')
      .set('Authorization', mockCredentials.service.header());
    if (res.body.items?.length === 3) break;
    if (Date.now() > deadline) throw new Error(`the catalog never processed the fixtures: ${res.status} ${res.text}`);
    await new Promise(r => setTimeout(r, 200));
  }
  const server = backend.server;
  return {
    server,
    stop: () => backend.stop(),
    async start(user: string, entityRef?: string): Promise<string> {
      const res = await request(server)
        .post('/api/ai-assistant/conversations')
        .set('Authorization', as(user))
        .send(entityRef ? { entityRef } : {});
      if (res.status !== 201) throw new Error(`could not start a conversation: ${res.status} ${res.text}`);
      return res.body.id;
    },
    /** Asks and reads the whole streamed answer. */
    async ask(user: string, conversationId: string, text: string) {
      const res = await request(server).post(`/api/ai-assistant/conversations/${conversationId}/messages`).set('Authorization', as(user)).send({ text });
      const events: ChatStreamEvent[] =
        res.status === 200
          ? res.text
              .split('\n')
              .filter(Boolean)
              .map(l => JSON.parse(l))
          : [];
      const done = events.find(e => e.type === 'done') as Extract<ChatStreamEvent, { type: 'done' }> | undefined;
      const error = events.find(e => e.type === 'error') as Extract<ChatStreamEvent, { type: 'error' }> | undefined;
      return { status: res.status, body: res.body, events, answer: done?.message, error };
    },
    audit: (user: string, conversationId: string) =>
      request(server).get(`/api/ai-assistant/conversations/${conversationId}/audit`).set('Authorization', as(user)),
  };
}
