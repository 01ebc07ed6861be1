import { Entity } from '@backstage/catalog-model';
import { ApplicationView, InstanceError } from '@internal/plugin-argocd-common';
import { ARGOCD_ENTITY_ANNOTATION, EntityClaim, ResourceFact, normalizeRepositoryUrl } from '@internal/plugin-claims-common';
import { ArgoApplication, ArgoCdClient, ArgoCdError } from '../clients/ArgoCdClient';

export const ARGOCD_ANNOTATIONS = { appName: 'argocd/app-name', appSelector: 'argocd/app-selector' } as const;

export interface FoundApplication {
  client: ArgoCdClient;
  app: ArgoApplication;
}

const ENVIRONMENT_ORDER: Record<string, number> = { dev: 0, development: 0, staging: 1, stage: 1 };

const list = (value?: string) =>
  (value ?? '')
    .split(',')
    .map(v => v.trim())
    .filter(Boolean);

/** Finds an entity's applications on every instance and describes them the portal's way. */
export class Applications {
  constructor(readonly clients: ArgoCdClient[], private readonly options: { environmentLabel: string; productionEnvironments: string[] }) {}

  client(instance: string): ArgoCdClient | undefined {
    return this.clients.find(c => c.instance.name === instance);
  }

  /** The entity's applications by `argocd/app-name` (comma-separated) or `argocd/app-selector`. */
  async forEntity(entity: Entity): Promise<{ found: FoundApplication[]; errors: InstanceError[] }> {
    const annotations = entity.metadata.annotations ?? {};
    const names = list(annotations[ARGOCD_ANNOTATIONS.appName]);
    const selector = annotations[ARGOCD_ANNOTATIONS.appSelector];
    const found: FoundApplication[] = [];
    const errors: InstanceError[] = [];
    await Promise.all(
      this.clients.map(async client => {
        try {
          if (selector) {
            const { items } = await client.listApplications({ selector });
            found.push(...(items ?? []).map(app => ({ client, app })));
          }
          for (const name of names) {
            try {
              found.push({ client, app: await client.getApplication(name) });
            } catch (error) {
              // Not on this instance: another instance may have it.
              if (!(error instanceof ArgoCdError && error.status === 404)) throw error;
            }
          }
        } catch (error) {
          errors.push({ instance: client.instance.name, message: (error as Error).message });
        }
      }),
    );
    // An application named by both annotations is shown once.
    const unique = [...new Map(found.map(f => [`${f.client.instance.name}\u0000${f.app.metadata.name}`, f])).values()];
    unique.sort((a, b) => this.order(a) - this.order(b) || a.app.metadata.name.localeCompare(b.app.metadata.name));
    return { found: unique, errors };
  }

  environmentOf(app: ArgoApplication): string {
    return app.metadata.labels?.[this.options.environmentLabel] ?? app.metadata.name.split('-').pop() ?? '';
  }

  isProduction(app: ArgoApplication): boolean {
    return this.options.productionEnvironments.includes(this.environmentOf(app).toLocaleLowerCase('en-US'));
  }

  /**
   * What every application of every instance says of itself. Throws when an instance cannot be
   * read: the facts replace the stored ones as a whole, and an instance that is briefly away must
   * not take its applications' claims down with it.
   */
  async allFacts(): Promise<ResourceFact[]> {
    const lists = await Promise.allSettled(this.clients.map(c => c.listApplications({}).then(r => r.items ?? [])));
    const failed = lists.flatMap((read, i) => (read.status === 'rejected' ? [`${this.clients[i].instance.name}: ${read.reason}`] : []));
    if (failed.length > 0) throw new Error(`Argo CD applications could not be read, the previous facts are kept (${failed.join('; ')})`);
    return lists.flatMap(read => (read.status === 'fulfilled' ? read.value : [])).map(factOf);
  }

  toView(found: FoundApplication, claim: ApplicationView['claim'], can: { sync: boolean; rollback: boolean }): ApplicationView {
    const { client, app } = found;
    const history = [...(app.status.history ?? [])].sort((a, b) => b.id - a.id);
    return {
      instance: client.instance.name,
      name: app.metadata.name,
      environment: this.environmentOf(app),
      production: this.isProduction(app),
      syncStatus: app.status.sync.status,
      healthStatus: app.status.health.status,
      revision: app.status.sync.revision ?? history[0]?.revision,
      lastSyncedAt: app.status.operationState?.finishedAt ?? history[0]?.deployedAt,
      autoSync: Boolean(app.spec?.syncPolicy?.automated),
      url: client.appUrl(app.metadata.name),
      history: history.slice(0, 10).map(h => ({ id: h.id, revision: h.revision, deployedAt: h.deployedAt })),
      claim,
      canSync: can.sync && claim.mayAct,
      canRollback: can.rollback && claim.mayAct,
    };
  }

  /** dev, staging, then production, then anything else. */
  private order(found: FoundApplication): number {
    const env = this.environmentOf(found.app).toLocaleLowerCase('en-US');
    if (this.options.productionEnvironments.includes(env)) return 2;
    return ENVIRONMENT_ORDER[env] ?? 3;
  }
}

/**
 * What an application says of itself, for its claims to be checked against: the entities its
 * `portal/entity-ref` annotation names, the repositories it deploys from, its labels.
 */
export function factOf(app: ArgoApplication): ResourceFact {
  const sources = [app.spec?.source, ...(app.spec?.sources ?? [])].map(s => s?.repoURL && normalizeRepositoryUrl(s.repoURL));
  return {
    value: app.metadata.name,
    entityRefs: list(app.metadata.annotations?.[ARGOCD_ENTITY_ANNOTATION]),
    repositories: [...new Set(sources.filter((r): r is string => !!r))],
    labels: app.metadata.labels ?? {},
  };
}

/** The claim of an application, or an unverified one when the claims did not name it. */
export function claimOf(claims: EntityClaim[], app: string): ApplicationView['claim'] {
  const claim = claims.find(c => c.value === app);
  return claim
    ? { status: claim.status, reason: claim.reason, howToVerify: claim.howToVerify, mayAct: claim.mayAct }
    : { status: 'unverified', reason: 'the claim could not be checked', mayAct: false };
}
