import fc from 'fast-check';
import { Claimant, resolveClaimants } from './resolve';

const c = (entityRef: string, extra: Partial<Claimant> = {}): Claimant => ({ entityRef, origin: 'elsewhere', ...extra });

describe('resolveClaimants, by hand', () => {
  it('gives a resource to the vouched-for claimant over a registered one, and lets only it act', () => {
    const r = resolveClaimants([c('component:default/aaa-attacker'), c('component:default/checkout-api', { origin: 'configured' })]);
    expect(r.owner).toBe('component:default/checkout-api');
    expect(r.ownerMayAct).toBe(true);
    expect(r.claimants.map(v => [v.entityRef, v.status])).toEqual([
      ['component:default/checkout-api', 'verified'],
      ['component:default/aaa-attacker', 'unverified'],
    ]);
  });

  it('lets nobody have a resource two equally strong claims contest, until an admin decides', () => {
    const contested = [c('component:default/a', { origin: 'organisation' }), c('component:default/b', { origin: 'organisation' })];
    expect(resolveClaimants(contested)).toMatchObject({ owner: undefined, ownerMayAct: false });
    expect(resolveClaimants(contested).claimants.map(v => v.status)).toEqual(['contested', 'contested']);
    const decided = resolveClaimants([contested[0], { ...contested[1], approved: true }]);
    expect(decided.owner).toBe('component:default/b');
    expect(decided.claimants.find(v => v.entityRef === 'component:default/a')?.status).toBe('outranked');
  });

  it('gives an uncontested claim from the organisation the data, not the actions', () => {
    expect(resolveClaimants([c('component:default/a', { origin: 'organisation' }), c('component:default/x')])).toMatchObject({
      owner: 'component:default/a',
      ownerMayAct: false,
    });
    expect(resolveClaimants([c('component:default/a', { origin: 'organisation', pointsBack: true })]).ownerMayAct).toBe(true);
    expect(resolveClaimants([c('component:default/x')])).toMatchObject({ owner: undefined, ownerMayAct: false });
  });
});

describe('resolveClaimants, properties', () => {
  const claimant = fc.record({
    entityRef: fc.constantFrom('component:default/a', 'component:default/b', 'component:default/c', 'component:zzz/a'),
    origin: fc.constantFrom<Claimant['origin']>('configured', 'organisation', 'elsewhere'),
    pointsBack: fc.boolean(),
    approved: fc.boolean(),
  });
  const claimants = fc.array(claimant, { maxLength: 6 });

  it('does not depend on the order of the claims', () => {
    fc.assert(
      fc.property(claimants, fc.integer(), (list, seed) => {
        const shuffled = [...list].sort((x, y) => ((x.entityRef.length * seed) % 7) - ((y.entityRef.length * seed) % 7));
        expect(resolveClaimants(shuffled)).toEqual(resolveClaimants(list));
      }),
    );
  });

  it('never gives a resource to a claim nothing vouches for, and gives it to one entity at most', () => {
    fc.assert(
      fc.property(claimants, list => {
        const r = resolveClaimants(list);
        const verified = r.claimants.filter(v => v.status === 'verified');
        expect(verified.length).toBe(r.owner ? 1 : 0);
        expect(r.claimants.filter(v => v.strength === 0).map(v => v.status)).toEqual(r.claimants.filter(v => v.strength === 0).map(() => 'unverified'));
      }),
    );
  });

  it('cannot be taken over by adding a claim nothing vouches for', () => {
    fc.assert(
      fc.property(claimants, fc.constantFrom('component:default/attacker', 'component:a/b'), (list, attacker) => {
        expect(resolveClaimants([...list, c(attacker)]).owner).toBe(resolveClaimants(list).owner);
      }),
    );
  });
});
