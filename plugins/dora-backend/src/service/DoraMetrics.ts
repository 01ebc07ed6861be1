import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  BAND_ORDER,
  DAY_MS,
  DeploymentFacts,
  DeploymentView,
  DoraBands,
  DoraEntityView,
  DoraOverview,
  ReportId,
  ServiceEvents,
  TeamRow,
  WEEK_MS,
  WindowDays,
  attributeService,
  bandsOf,
  median,
  summarize,
  weeklyTrend,
} from '@internal/plugin-dora-common';
import { DoraStore } from '../database/DoraStore';
import { RollupScopes, descendantsOf } from '@internal/plugin-catalog-scopes-node';

export interface DoraMetricsOptions {
  store: DoraStore;
  scopes: RollupScopes;
  /** An incident opened this long after a deployment is counted against it. */
  failureWindowMs: number;
  /** How far before the window changes are read, for lead times that reach back. */
  changeLookbackMs: number;
  now?: () => number;
}

/** Charts show at least this many weeks, so a 7-day window still has a trend. */
const MIN_TREND_WEEKS = 12;
const DEPLOYMENT_LIST_LIMIT = 500;

/** Computes the DORA views from stored events with the rules in dora-common. */
export class DoraMetrics {
  private readonly now: () => number;

  constructor(private readonly options: DoraMetricsOptions) {
    this.now = options.now ?? Date.now;
  }

  async entityView(entityRef: string, window: WindowDays, report: ReportId, credentials: BackstageCredentials): Promise<DoraEntityView> {
    const scope = await this.options.scopes.resolve(entityRef, credentials);
    const to = this.now();
    const from = to - window * DAY_MS;
    const previousFrom = from - window * DAY_MS;
    const trendFrom = to - Math.max(MIN_TREND_WEEKS, Math.ceil(window / 7)) * WEEK_MS;
    const facts = await this.facts(scope.services, Math.min(previousFrom, trendFrom), to);
    const current = summarize(facts, from, to);
    return {
      entityRef: scope.entityRef,
      scope: scope.scope,
      window,
      report,
      services: scope.services,
      current,
      previous: summarize(facts, previousFrom, from),
      bands: bandsOf(current, report),
      trend: weeklyTrend(facts, trendFrom, to),
    };
  }

  async deployments(entityRef: string, window: WindowDays, credentials: BackstageCredentials): Promise<DeploymentView[]> {
    const scope = await this.options.scopes.resolve(entityRef, credentials);
    const to = this.now();
    const from = to - window * DAY_MS;
    const events = await this.events(scope.services, from, to);
    const incidents = new Map(events.flatMap(s => s.incidents).map(i => [i.id, i]));
    return events
      .flatMap(s => attributeService(s, { failureWindowMs: this.options.failureWindowMs }))
      .filter(f => f.deployedAt >= from)
      .sort((a, b) => b.deployedAt - a.deployedAt)
      .slice(0, DEPLOYMENT_LIST_LIMIT)
      .map(f => ({
        entityRef: f.entityRef,
        id: f.id,
        revision: f.revision,
        deployedAt: f.deployedAt,
        kind: f.kind,
        url: f.url,
        changes: f.leadTimes.length,
        leadTimeMedian: median(f.leadTimes),
        failed: f.failure !== undefined,
        restoredAt: f.failure?.restoredAt,
        rework: f.rework,
        incidents: f.incidentIds.map(id => ({ id, title: incidents.get(id)?.title, url: incidents.get(id)?.url })),
      }));
  }

  /** The whole organisation, and every team ranked (a team counts its sub-groups' components). */
  async overview(window: WindowDays, report: ReportId, credentials: BackstageCredentials): Promise<DoraOverview> {
    const [components, groups] = await Promise.all([this.options.scopes.visibleComponents(credentials), this.options.scopes.visibleGroups(credentials)]);
    const to = this.now();
    const from = to - window * DAY_MS;
    const facts = await this.facts(
      components.map(c => c.ref),
      from,
      to,
    );
    const factsOf = new Map<string, DeploymentFacts[]>();
    for (const f of facts) factsOf.set(f.entityRef, [...(factsOf.get(f.entityRef) ?? []), f]);

    const childrenOf = new Map(groups.map(g => [g.ref, g.children]));
    const teams = groups.some(g => g.type === 'team') ? groups.filter(g => g.type === 'team') : groups;
    const rows: TeamRow[] = [];
    for (const team of teams) {
      const owners = new Set(descendantsOf(team.ref, childrenOf));
      const services = components.filter(c => c.owners.some(o => owners.has(o))).map(c => c.ref);
      if (services.length === 0) continue;
      const summary = summarize(
        services.flatMap(s => factsOf.get(s) ?? []),
        from,
        to,
      );
      rows.push({ groupRef: team.ref, title: team.title, services: services.length, summary, bands: bandsOf(summary, report) });
    }
    rows.sort((a, b) => rank(b.bands) - rank(a.bands) || b.summary.deployments - a.summary.deployments || a.groupRef.localeCompare(b.groupRef));
    const org = summarize(facts, from, to);
    return { window, report, org: { services: components.length, summary: org, bands: bandsOf(org, report) }, teams: rows };
  }

  /** Which of the given components had a production deployment in the last 90 days. */
  async tracked(entityRefs: string[]): Promise<string[]> {
    const to = this.now();
    const refs = entityRefs.map(ref => ref.toLocaleLowerCase('en-US'));
    const events = await this.events(refs, to - 90 * DAY_MS, to);
    return events.filter(s => s.deployments.some(d => d.status === 'succeeded' && d.environment === s.productionEnvironment)).map(s => s.entityRef);
  }

  /**
   * Events from `from` less the change lookback: the deployments of that stretch take the changes
   * they carried, so the first deployment in the window is not credited with older changes.
   */
  private async events(services: string[], from: number, to: number): Promise<ServiceEvents[]> {
    const lookback = from - this.options.changeLookbackMs;
    return this.options.store.eventsFor(services, { from: lookback, changesFrom: lookback, to });
  }

  private async facts(services: string[], from: number, to: number): Promise<DeploymentFacts[]> {
    const events = await this.events(services, from, to);
    return events.flatMap(s => attributeService(s, { failureWindowMs: this.options.failureWindowMs }));
  }
}

/** Higher for better bands; a metric without a band counts as nothing. */
function rank(bands: DoraBands): number {
  return Object.values(bands).reduce((sum, band) => sum + (band ? BAND_ORDER.length - 1 - BAND_ORDER.indexOf(band) : 0), 0);
}
