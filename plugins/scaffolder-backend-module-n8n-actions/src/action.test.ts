import { TestDatabases, mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { startActionsBackend, signReport, startFakeN8n } from '@internal/plugin-n8n-actions-backend/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createN8nTriggerAction } from './action';

jest.setTimeout(60_000);

describe('n8n:trigger', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let n8n: Awaited<ReturnType<typeof startFakeN8n>>;
  let backend: Awaited<ReturnType<typeof startActionsBackend>>;
  let action: ReturnType<typeof createN8nTriggerAction>;

  beforeEach(async () => {
    n8n = await startFakeN8n();
    backend = await startActionsBackend(await databases.init('SQLITE_3'), n8n.url);
    const base = `http://127.0.0.1:${backend.server.port()}/api/n8n-actions`;
    // The initiator's own token: the self-service backend sees carol, not the scaffolder.
    const auth = mockServices.auth.mock({ getPluginRequestToken: async () => ({ token: mockCredentials.user.token('user:default/carol') }) });
    action = createN8nTriggerAction({ auth, discovery: { getBaseUrl: async () => base, getExternalBaseUrl: async () => base }, pollIntervalMs: 50 });
  });
  afterEach(async () => {
    await backend.stop();
    await n8n.stop();
  });

  const context = (input: object) =>
    createMockActionContext({
      input: { entityRef: 'component:default/payments-api', wait: true, timeoutSeconds: 5, parameters: {}, ...input } as any,
      task: { id: 'task-1' } as any,
    });

  it('runs the workflow as the initiator and waits for its report; a retried task does not run it again', async () => {
    const ctx = context({ action: 'restart-deployment', parameters: { environment: 'staging' } });
    const done = action.handler(ctx);
    // n8n reports while the action waits.
    for (let i = 0; i < 100 && n8n.calls.length === 0; i++) await new Promise(resolve => setTimeout(resolve, 20));
    const body = JSON.stringify({ runId: n8n.calls[0].body.runId, status: 'succeeded' });
    await fetch(`http://127.0.0.1:${backend.server.port()}/api/n8n-actions/callback`, {
      method: 'POST',
      headers: { 'X-Portal-Signature': signReport(body) },
      body,
    });
    await done;
    expect(ctx.output).toHaveBeenCalledWith('status', 'succeeded');
    expect(n8n.calls[0].body).toMatchObject({ requester: 'user:default/carol', parameters: { environment: 'staging' } });

    await action.handler(context({ action: 'restart-deployment', parameters: { environment: 'staging' } }));
    expect(n8n.calls).toHaveLength(1);
  });

  it("fails the step with the backend's reason, and goes on while an approval is pending", async () => {
    await expect(action.handler(context({ action: 'restart-deployment', parameters: { environment: 'moon' } }))).rejects.toThrow(
      'Invalid parameters: environment: must be equal to one of the allowed values',
    );
    const pending = context({ action: 'production-access', parameters: { reason: 'needs logs for INC-1' } });
    await action.handler(pending);
    expect(pending.output).toHaveBeenCalledWith('status', 'pending_approval');
    expect(n8n.calls).toEqual([]);
  });
});
