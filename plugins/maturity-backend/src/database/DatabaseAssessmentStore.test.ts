import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { DatabaseAssessmentStore } from './DatabaseAssessmentStore';
import { StaleRevisionError } from './errors';

jest.setTimeout(60_000);

const checklist = { id: 'idp-maturity', version: 1 };
const scope = 'group:default/payments-team';

describe.each(TestDatabases.create().eachSupportedId())('DatabaseAssessmentStore on %s', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });

  async function createStore() {
    const knex = await databases.init(databaseId);
    let tick = Date.parse('2026-11-23T10:00:00Z');
    return DatabaseAssessmentStore.create({
      database: mockServices.database({ knex }),
      now: () => new Date((tick += 1000)),
    });
  }

  it('creates an assessment at revision 1 and merges later answers', async () => {
    const store = await createStore();
    const first = await store.saveAnswers({
      scopeRef: scope,
      quarter: '2026-Q4',
      checklist,
      answers: { 'version-control.q1': { value: 'yes', evidenceUrl: 'https://github.com/acme' } },
      expectedRevision: 0,
      actor: 'user:default/carol.payments',
    });
    expect(first).toMatchObject({ revision: 1, status: 'draft', checklistVersion: 1 });

    const second = await store.saveAnswers({
      scopeRef: scope,
      quarter: '2026-Q4',
      checklist: { id: 'idp-maturity', version: 2 },
      answers: { 'version-control.q2': { value: 'partly', note: 'trunk-based in most repos' }, 'version-control.q1': null },
      expectedRevision: 1,
      actor: 'user:default/dave.payments',
    });
    // The assessment keeps the checklist version it was started with.
    expect(second).toMatchObject({ revision: 2, checklistVersion: 1, updatedBy: 'user:default/dave.payments' });
    expect(second.answers).toEqual({ 'version-control.q2': { value: 'partly', note: 'trunk-based in most repos' } });
    expect(await store.get(scope, '2026-Q4')).toEqual(second);
  });

  it('refuses a save based on a stale revision, keeping the newer work and returning it', async () => {
    const store = await createStore();
    const base = { scopeRef: scope, quarter: '2026-Q4' as const, checklist };
    await store.saveAnswers({ ...base, answers: { a: { value: 'no' } }, expectedRevision: 0, actor: 'user:default/carol' });
    await store.saveAnswers({ ...base, answers: { a: { value: 'yes' } }, expectedRevision: 1, actor: 'user:default/carol' });

    const stale = store.saveAnswers({ ...base, answers: { a: { value: 'partly' } }, expectedRevision: 1, actor: 'user:default/dave' });
    await expect(stale).rejects.toBeInstanceOf(StaleRevisionError);
    const error = (await stale.catch(e => e)) as StaleRevisionError;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.current.answers).toEqual({ a: { value: 'yes' } });
    expect((await store.get(scope, '2026-Q4'))!.answers).toEqual({ a: { value: 'yes' } });
  });

  it('lets only one of two simultaneous first saves win', async () => {
    const store = await createStore();
    const base = { scopeRef: scope, quarter: '2026-Q3' as const, checklist, expectedRevision: 0 };
    const results = await Promise.allSettled([
      store.saveAnswers({ ...base, answers: { a: { value: 'yes' } }, actor: 'user:default/carol' }),
      store.saveAnswers({ ...base, answers: { a: { value: 'no' } }, actor: 'user:default/dave' }),
    ]);
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find(r => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
  });

  it('locks a submitted quarter until it is reopened, and logs who did what', async () => {
    const store = await createStore();
    const base = { scopeRef: scope, quarter: '2026-Q4' as const };
    await store.saveAnswers({ ...base, checklist, answers: { a: { value: 'no' } }, expectedRevision: 0, actor: 'user:default/carol' });
    const submitted = await store.submit({ ...base, expectedRevision: 1, actor: 'user:default/carol' });
    expect(submitted).toMatchObject({ status: 'submitted', submittedBy: 'user:default/carol', revision: 2 });

    await expect(store.saveAnswers({ ...base, checklist, answers: { a: { value: 'yes' } }, expectedRevision: 2, actor: 'user:default/carol' })).rejects.toThrow(
      /submitted by user:default\/carol; a platform admin must reopen it/,
    );

    const reopened = await store.reopen({ ...base, actor: 'user:default/alice.admin' });
    expect(reopened).toMatchObject({ status: 'draft', revision: 3 });
    expect(reopened.submittedBy).toBeUndefined();
    await store.saveAnswers({ ...base, checklist, answers: { a: { value: 'yes' } }, expectedRevision: 3, actor: 'user:default/carol' });

    const log = await store.changes(scope, '2026-Q4');
    expect(log.map(c => [c.revision, c.kind, c.actor])).toEqual([
      [1, 'answers', 'user:default/carol'],
      [2, 'submit', 'user:default/carol'],
      [3, 'reopen', 'user:default/alice.admin'],
      [4, 'answers', 'user:default/carol'],
    ]);
    expect(log[3].changes).toEqual([{ questionId: 'a', from: { value: 'no' }, to: { value: 'yes' } }]);
    expect(log[0].at).toBe('2026-11-23T10:00:01.000Z');
  });

  it('lists a quarter across scopes and a scope across quarters in order', async () => {
    const store = await createStore();
    const save = (scopeRef: string, quarter: '2026-Q3' | '2026-Q4' | '2025-Q4') =>
      store.saveAnswers({ scopeRef, quarter, checklist, answers: { a: { value: 'yes' } }, expectedRevision: 0, actor: 'user:default/x' });
    await save('group:default/payments-team', '2026-Q4');
    await save('group:default/checkout-team', '2026-Q4');
    await save('group:default/payments-team', '2025-Q4');
    await save('group:default/payments-team', '2026-Q3');
    expect((await store.listByQuarter('2026-Q4')).map(a => a.scopeRef)).toEqual(['group:default/checkout-team', 'group:default/payments-team']);
    expect((await store.history('group:default/payments-team')).map(a => a.quarter)).toEqual(['2025-Q4', '2026-Q3', '2026-Q4']);
  });

  it('says what to do when a save names a revision of an assessment that does not exist', async () => {
    const store = await createStore();
    await expect(
      store.saveAnswers({ scopeRef: scope, quarter: '2024-Q1', checklist, answers: {}, expectedRevision: 5, actor: 'user:default/x' }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
