import { toCsv } from '@internal/csv';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EntityScope, RollupScopes } from '@internal/plugin-catalog-scopes-node';
import {
  CostEntityView,
  DAY_MS,
  DailyCost,
  Showback,
  SourceFreshness,
  budgetStatus,
  forecastMonth,
  isoDay,
  monthOverMonth,
  monthTotal,
  peerComparison,
  previousMonth,
  sumDaily,
  totalOf,
} from '@internal/plugin-cost-common';
import { CostStore } from '../database/CostStore';

export interface CostViewsOptions {
  store: CostStore;
  scopes: RollupScopes;
  catalog: CatalogService;
  currency: string;
  /** Month-over-month changes at least this large (percent) are highlighted. */
  significantChangePercent: number;
  /** A source that has not delivered for this long is stale even without an error. */
  staleAfterMs: number;
  now?: () => number;
}

const TREND_DAYS = 90;

/** A month's first day, e.g. 2026-11-01. */
const firstDay = (month: string) => `${month}-01`;

/** Builds what the Cost tab and the showback show from stored daily costs. */
export class CostViews {
  private readonly now: () => number;

  constructor(private readonly options: CostViewsOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  /** The days the views read: last month's first day or 90 days back, whichever is earlier. */
  private period() {
    const today = isoDay(this.now());
    const month = today.slice(0, 7);
    const lastMonth = previousMonth(month);
    const trendFrom = isoDay(this.now() - (TREND_DAYS - 1) * DAY_MS);
    const from = [firstDay(lastMonth), trendFrom].sort()[0];
    return { today, month, lastMonth, trendFrom, from };
  }

  /**
   * A scope's daily costs summed over its components: every day from `from` to `to` (for
   * charts), and only the days some source has reported (for forecasts, so a day not reported
   * yet does not count as a day without cost).
   */
  async dailyOf(scope: Pick<EntityScope, 'services'>, from: string, to: string): Promise<{ every: DailyCost[]; reported: DailyCost[] }> {
    const series = [...(await this.options.store.dailyFor(scope.services, from)).values()];
    const reported = new Set(series.flatMap(days => days.map(d => d.date)));
    const every = sumDaily(series, from, to);
    return { every, reported: every.filter(d => reported.has(d.date)) };
  }

  async entityView(entityRef: string, credentials: BackstageCredentials, canEditBudget: boolean): Promise<CostEntityView> {
    const scope = await this.options.scopes.resolve(entityRef, credentials);
    const { today, month, lastMonth, trendFrom, from } = this.period();
    const { every: daily, reported } = await this.dailyOf(scope, from, today);
    const lastMonthAmounts = monthTotal(daily, lastMonth);
    const { monthToDate, forecast, lastDay } = forecastMonth(reported, month);
    const budget = await this.options.store.getBudget(scope.entityRef);
    return {
      entityRef: scope.entityRef,
      scope: scope.scope,
      currency: this.options.currency,
      month,
      thisMonth: monthTotal(daily, month),
      lastMonth: lastMonthAmounts,
      monthToDate,
      forecast,
      lastDay,
      monthOverMonth: {
        ...monthOverMonth(forecast, totalOf(lastMonthAmounts), this.options.significantChangePercent),
        thresholdPercent: this.options.significantChangePercent,
      },
      daily: daily.filter(d => d.date >= trendFrom),
      budget,
      budgetStatus: budget ? budgetStatus(budget, monthToDate, forecast) : undefined,
      canEditBudget,
      peers: scope.scope === 'service' ? await this.peers(scope.entity, totalOf(lastMonthAmounts), lastMonth, credentials) : undefined,
      services: scope.services,
      sources: await this.sources(),
    };
  }

  /** Last month's cost of components of the same type and lifecycle, and where this one stands. */
  private async peers(entity: Entity, value: number, lastMonth: string, credentials: BackstageCredentials) {
    const type = String(entity.spec?.type ?? '');
    const lifecycle = String(entity.spec?.lifecycle ?? '');
    if (!type || !lifecycle) return undefined;
    const self = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
    const { items } = await this.options.catalog.getEntities(
      {
        filter: { kind: 'component', 'spec.type': type, 'spec.lifecycle': lifecycle },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    );
    const refs = items.map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US')).filter(r => r !== self);
    const perEntity = await this.options.store.dailyFor(refs, firstDay(lastMonth));
    const totals = refs.map(ref => totalOf(monthTotal(perEntity.get(ref) ?? [], lastMonth)));
    return { type, lifecycle, value, ...peerComparison(value, totals) };
  }

  async showback(entityRef: string, credentials: BackstageCredentials): Promise<Showback> {
    const scope = await this.options.scopes.resolve(entityRef, credentials);
    const { today, month, lastMonth, from } = this.period();
    const perEntity = await this.options.store.dailyFor(scope.services, from);
    const budgets = new Map((await this.options.store.listBudgets()).map(b => [b.entityRef, b]));
    const titles = await this.titles(scope.services, credentials);
    const rows = scope.services.map(ref => {
      const reported = perEntity.get(ref) ?? [];
      const daily = sumDaily([reported], from, today);
      const { monthToDate, forecast } = forecastMonth(reported, month);
      const budget = budgets.get(ref);
      return {
        entityRef: ref,
        title: titles.get(ref)?.title,
        type: titles.get(ref)?.type,
        lastMonth: totalOf(monthTotal(daily, lastMonth)),
        monthToDate,
        forecast,
        thisMonth: monthTotal(daily, month),
        budgetStatus: budget ? budgetStatus(budget, monthToDate, forecast).status : undefined,
      };
    });
    rows.sort((a, b) => b.monthToDate - a.monthToDate);
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
    return {
      entityRef: scope.entityRef,
      currency: this.options.currency,
      month,
      rows,
      total: { lastMonth: sum(r => r.lastMonth), monthToDate: sum(r => r.monthToDate), forecast: sum(r => r.forecast) },
    };
  }

  private async titles(refs: string[], credentials: BackstageCredentials) {
    if (refs.length === 0) return new Map<string, { title?: string; type?: string }>();
    const { items } = await this.options.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.title', 'spec.type'] },
      { credentials },
    );
    return new Map(
      items
        .filter((e): e is Entity => Boolean(e))
        .map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), { title: e.metadata.title, type: e.spec?.type as string | undefined }]),
    );
  }

  async sources(): Promise<SourceFreshness[]> {
    const now = this.now();
    return (await this.options.store.sourceStatuses()).map(s => ({
      ...s,
      stale: s.stale || s.lastSuccessAt === undefined || now - s.lastSuccessAt > this.options.staleAfterMs,
    }));
  }
}

/** The showback as CSV: one line per component, amounts rounded to cents. */
export function showbackCsv(showback: Showback): string {
  const money = (n: number) => n.toFixed(2);
  const header = ['entity', 'title', 'type', `last_month`, 'month_to_date', 'forecast', 'compute', 'memory', 'storage', 'network', 'other', 'budget_status'];
  const lines = showback.rows.map(r =>
    [
      r.entityRef,
      r.title ?? parseEntityRef(r.entityRef).name,
      r.type ?? '',
      money(r.lastMonth),
      money(r.monthToDate),
      money(r.forecast),
      money(r.thisMonth.compute),
      money(r.thisMonth.memory),
      money(r.thisMonth.storage),
      money(r.thisMonth.network),
      money(r.thisMonth.other),
      r.budgetStatus ?? '',
    ].map(String),
  );
  return toCsv([header, ...lines]);
}
