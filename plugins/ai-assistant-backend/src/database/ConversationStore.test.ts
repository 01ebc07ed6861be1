import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ConversationStore } from './ConversationStore';

jest.setTimeout(60_000);

describe.each(TestDatabases.create().eachSupportedId())('ConversationStore on %s', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });

  async function createStore() {
    const knex = await databases.init(databaseId);
    return ConversationStore.create(mockServices.database({ knex }));
  }

  it('keeps a conversation with its messages in order, for its owner only', async () => {
    const store = await createStore();
    const { id } = await store.start('user:default/ann', 'component:default/alpha-api');
    await store.addMessage(id, { role: 'user', text: 'Who owns it?', citations: [], tools: [] }, 'Who owns it?');
    await store.addMessage(id, {
      role: 'assistant',
      text: 'The alpha team.',
      provider: 'local',
      citations: [{ kind: 'entity', title: 'Alpha API', url: '/catalog/default/component/alpha-api' }],
      tools: ['catalog:get-catalog-entity'],
    });
    await store.markConfidential(id);
    const conversation = await store.get(id, 'user:default/ann');
    expect(conversation).toMatchObject({ title: 'Who owns it?', entityRef: 'component:default/alpha-api', confidential: true });
    expect(conversation.messages.map(m => [m.role, m.text, m.provider])).toEqual([
      ['user', 'Who owns it?', undefined],
      ['assistant', 'The alpha team.', 'local'],
    ]);
    await expect(store.get(id, 'user:default/ben')).rejects.toThrow(`No conversation ${id}`);
    await expect(store.delete(id, 'user:default/ben')).rejects.toThrow(`No conversation ${id}`);
    expect(await store.list('user:default/ben')).toEqual([]);
  });

  it('records the audit trail redacted, and counts prompts for the rate limit', async () => {
    const store = await createStore();
    const { id } = await store.start('user:default/ann');
    const now = jest.spyOn(Date, 'now');
    now.mockReturnValue(Date.parse('2026-11-23T10:00:00Z'));
    await store.audit({ userRef: 'user:default/ann', conversationId: id, event: 'prompt', detail: 'password=hunter2hunter2' });
    now.mockReturnValue(Date.parse('2026-11-23T10:00:30Z'));
    await store.audit({ userRef: 'user:default/ann', conversationId: id, event: 'prompt', detail: 'again' });
    await store.audit({ userRef: 'user:default/ann', conversationId: id, event: 'answer', provider: 'cloud', detail: 'ok' });
    now.mockRestore();
    expect(await store.promptsSince('user:default/ann', Date.parse('2026-11-23T10:00:00Z'))).toBe(2);
    expect(await store.promptsSince('user:default/ann', Date.parse('2026-11-23T10:00:01Z'))).toBe(1);
    expect(await store.promptsSince('user:default/ben', 0)).toBe(0);
    const trail = await store.auditTrail(id);
    expect(trail.map(t => [t.event, t.detail])).toEqual([
      ['prompt', 'password=[REDACTED:secret]'],
      ['prompt', 'again'],
      ['answer', 'ok'],
    ]);
    // Deleting the conversation keeps the record of what was sent where.
    await store.delete(id, 'user:default/ann');
    expect(await store.auditTrail(id)).toHaveLength(3);
  });
});
