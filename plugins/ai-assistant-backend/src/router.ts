import { HttpAuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ChatStreamEvent, aiAssistantChatPermission } from '@internal/plugin-ai-assistant-common';
import express, { Request } from 'express';
import { createOpenApiRouter } from './schema/openapi.generated';
import { ProviderChain } from './chain/ProviderChain';
import { ConversationStore } from './database/ConversationStore';
import { Assistant } from './service/Assistant';

export interface RouterOptions {
  assistant: Assistant;
  store: ConversationStore;
  chain: ProviderChain;
  catalog: CatalogService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}

export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { assistant, store, chain, catalog, httpAuth, permissions } = options;
  const router = await createOpenApiRouter({ middleware: [express.json({ limit: '64kb' })] });

  const user = async (req: Request) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    return { credentials, userRef: credentials.principal.userEntityRef };
  };
  const mayChat = async (req: Request) => {
    const caller = await user(req);
    const [decision] = await permissions.authorize([{ permission: aiAssistantChatPermission }], { credentials: caller.credentials });
    if (decision.result !== AuthorizeResult.ALLOW) throw new NotAllowedError('You may not ask the assistant');
    return caller;
  };

  router.get('/providers', async (req, res) => {
    await user(req);
    res.json({
      providers: chain.status().map(({ provider, breaker }) => ({ id: provider.id, type: provider.type, local: provider.local, breaker })),
    });
  });

  router.get('/conversations', async (req, res) => {
    const { userRef } = await user(req);
    res.json({ conversations: await store.list(userRef) });
  });

  router.post('/conversations', async (req, res) => {
    const { credentials, userRef } = await mayChat(req);
    const body = req.body ?? {};
    let entityRef: string | undefined;
    if (body.entityRef) {
      try {
        entityRef = stringifyEntityRef(parseEntityRef(body.entityRef));
      } catch (error) {
        throw new InputError(`Invalid conversation: entityRef: ${(error as Error).message}`);
      }
      // Only an entity the user can see can be the subject of a conversation.
      if (!(await catalog.getEntityByRef(entityRef, { credentials }))) throw new NotFoundError(`No entity ${entityRef}`);
    }
    res.status(201).json(await store.start(userRef, entityRef));
  });

  router.get('/conversations/:id', async (req, res) => {
    const { userRef } = await user(req);
    res.json(await store.get(req.params.id, userRef));
  });

  router.get('/conversations/:id/audit', async (req, res) => {
    const { userRef } = await user(req);
    await store.get(req.params.id, userRef);
    res.json({ items: await store.auditTrail(req.params.id) });
  });

  router.delete('/conversations/:id', async (req, res) => {
    const { userRef } = await mayChat(req);
    await store.delete(req.params.id, userRef);
    res.status(204).end();
  });

  router.post('/conversations/:id/messages', async (req, res) => {
    const { credentials, userRef } = await mayChat(req);
    const { text } = req.body;
    const question = { conversationId: req.params.id, text, userRef, credentials };
    const conversation = await assistant.admit(question);

    // From here the answer streams: one JSON event per line.
    res.status(200).type('application/x-ndjson').setHeader('cache-control', 'no-cache');
    res.flushHeaders();
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    const emit = (event: ChatStreamEvent) => {
      if (!res.writableEnded) res.write(`${JSON.stringify(event)}\n`);
    };
    await assistant.answer({ ...question, signal: controller.signal }, conversation, emit);
    res.end();
  });

  return router;
}
