import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ClaimKind, Claimant, EntityOrigin, ResourceFact, Resolution, resolveClaimants } from '@internal/plugin-claims-common';
import { ClaimStore } from '../database/ClaimStore';
import { EntityClaims, claimsOf, selectorMatches } from '../catalog/claimsOf';
import { OriginRules, Repository, originOf } from '../catalog/origin';

/** One entity as the index knows it: its claims, where it comes from, its repository. */
export interface IndexedEntity extends EntityClaims {
  origin: EntityOrigin;
  repository?: Repository;
}

const FIELDS = ['kind', 'metadata.name', 'metadata.namespace', 'metadata.annotations'];

/** Components, systems and resources: the kinds whose tabs show outside resources. */
const CLAIMING_KINDS = ['component', 'system', 'resource'];

/**
 * Every claim in the catalog, read on a schedule, with the admins' approvals and the outside
 * systems' facts from the database at the time of each question. Each replica keeps its own copy
 * of the catalog's claims: it is derived, and every replica derives the same.
 */
export class ClaimIndex {
  private entities = new Map<string, IndexedEntity>();
  private loaded?: Promise<number>;

  constructor(private readonly options: { catalog: CatalogService; auth: AuthService; store: ClaimStore; rules: OriginRules }) {}

  /** Reads every claiming entity's annotations from the catalog. */
  refresh(): Promise<number> {
    const reading = this.read().catch(error => {
      // Not remembered: the next question reads again instead of failing until the next schedule.
      if (this.loaded === reading) this.loaded = undefined;
      throw error;
    });
    this.loaded = reading;
    return reading;
  }

  private async read(): Promise<number> {
    const { items } = await this.options.catalog.getEntities(
      { filter: { kind: CLAIMING_KINDS }, fields: FIELDS },
      { credentials: await this.options.auth.getOwnServiceCredentials() },
    );
    this.entities = new Map(items.map(e => this.index(e)).map(e => [e.entityRef, e]));
    return this.entities.size;
  }

  /** An entity as the index would hold it (used for one that was just read from the catalog). */
  index(entity: Entity): IndexedEntity {
    return { ...claimsOf(entity), ...originOf(entity, this.options.rules) };
  }

  /** Every entity of the index, read first if it never was. */
  all(): IndexedEntity[] {
    return [...this.entities.values()];
  }

  /**
   * Every resource of a kind with who claims it, resolved. `current` replaces the index's copy
   * of an entity just read from the catalog; `facts` are the outside system's latest word.
   */
  async resolveKind(kind: ClaimKind, options: { current?: IndexedEntity; facts?: ResourceFact[] } = {}): Promise<Map<string, Resolution>> {
    // Before the first scheduled read, read now: an empty index would make every claim uncontested.
    await (this.loaded ?? this.refresh());
    const [approvals, stored] = await Promise.all([this.options.store.approvals(), this.options.store.facts(kind)]);
    const facts = new Map(stored.map(f => [f.value, f]));
    for (const fact of options.facts ?? []) facts.set(fact.value, fact);
    const approved = new Map(approvals.filter(a => a.kind === kind).map(a => [a.value, a.entityRef.toLocaleLowerCase('en-US')]));

    const entities = new Map(this.entities);
    if (options.current) entities.set(options.current.entityRef, options.current);

    const claimants = new Map<string, Claimant[]>();
    const add = (value: string, entity: IndexedEntity) => {
      const fact = facts.get(value);
      const pointsBack =
        (kind === 'github-repo' && !!entity.repository && entity.repository === `github.com/${value}`) ||
        (fact?.entityRefs ?? []).some(r => r.toLocaleLowerCase('en-US') === entity.entityRef) ||
        (!!entity.repository && (fact?.repositories ?? []).includes(entity.repository));
      const list = claimants.get(value) ?? [];
      list.push({ entityRef: entity.entityRef, origin: entity.origin, pointsBack, approved: approved.get(value) === entity.entityRef });
      claimants.set(value, list);
    };
    for (const entity of entities.values()) {
      for (const claim of entity.claims) if (claim.kind === kind) add(claim.value, entity);
      if (kind === 'argocd-app') {
        for (const selector of entity.selectors) {
          for (const fact of facts.values()) if (selectorMatches(selector, fact.labels)) add(fact.value, entity);
        }
      }
    }
    return new Map([...claimants].map(([value, list]) => [value, resolveClaimants(list)]));
  }

  /** The resources among `resolutions` an entity claims, by value or through its selectors. */
  static claimedBy(entityRef: string, resolutions: Map<string, Resolution>): Array<[string, Resolution]> {
    return [...resolutions].filter(([, r]) => r.claimants.some(c => c.entityRef === entityRef));
  }
}
