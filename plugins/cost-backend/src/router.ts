import { BackstageCredentials, HttpAuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult, PolicyDecision } from '@backstage/plugin-permission-common';
import { RollupScopes, ownersOf } from '@internal/plugin-catalog-scopes-node';
import {
  DEFAULT_THRESHOLDS,
  PriceTable,
  costBudgetUpdatePermission,
  costImportPermission,
  estimateMonthly,
  isoDay,
  previousMonth,
} from '@internal/plugin-cost-common';
import express from 'express';
import { createOpenApiRouter } from './schema/openapi.generated';
import { CostStore } from './database/CostStore';
import { Ingestor } from './service/Ingestor';
import { BudgetResource } from './permissions';
import { CostViews, showbackCsv } from './service/CostViews';
import { BudgetAlerts } from './service/BudgetAlerts';
import { FocusOptions, parseFocusCsv } from './sources/focus';

export interface RouterOptions {
  store: CostStore;
  views: CostViews;
  scopes: RollupScopes;
  alerts: BudgetAlerts;
  ingestor: Ingestor;
  focus: FocusOptions;
  priceTable?: PriceTable;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  /** Evaluates a conditional decision against a budget's entity with the plugin's own rules. */
  isAllowedFor: (decision: PolicyDecision, resource: BudgetResource) => boolean;
  maxUploadBytes: number;
}

export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { store, views, scopes, alerts, httpAuth, permissions } = options;
  const router = await createOpenApiRouter({
    middleware: [express.json({ limit: '64kb' }), express.text({ type: 'text/csv', limit: options.maxUploadBytes })],
  });

  /** Whether the caller may set the entity's budget: owners' members and admins. */
  const mayEditBudget = async (entityRef: string, credentials: BackstageCredentials) => {
    const scope = await scopes.resolve(entityRef, credentials);
    const [decision] = await permissions.authorizeConditional([{ permission: costBudgetUpdatePermission }], { credentials });
    if (decision.result === AuthorizeResult.ALLOW) return { scope, allowed: true };
    if (decision.result === AuthorizeResult.DENY) return { scope, allowed: false };
    return { scope, allowed: options.isAllowedFor(decision, { entityRef: scope.entityRef, owners: ownersOf(scope.entity) }) };
  };

  router.get('/entity', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { entityRef } = req.query;
    const { allowed } = await mayEditBudget(entityRef, credentials);
    res.json(await views.entityView(entityRef, credentials, allowed));
  });

  router.get('/showback', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await views.showback(req.query.entityRef, credentials));
  });

  router.get('/showback.csv', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const showback = await views.showback(req.query.entityRef, credentials);
    res
      .type('text/csv')
      .attachment(`showback-${showback.entityRef.replace(/[^a-z0-9-]+/gi, '-')}-${showback.month}.csv`)
      .send(showbackCsv(showback));
  });

  router.put('/budgets', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { entityRef } = req.query;
    const body = req.body;
    const { scope, allowed } = await mayEditBudget(entityRef, credentials);
    if (!allowed) throw new NotAllowedError(`Only members of the owner of ${scope.entityRef} and admins may set its budget`);
    await store.putBudget({
      entityRef: scope.entityRef,
      monthlyAmount: body.monthlyAmount,
      thresholds: body.thresholds ?? DEFAULT_THRESHOLDS,
      updatedBy: credentials.principal.userEntityRef,
    });
    await alerts.evaluate(scope.entityRef);
    res.json(await views.entityView(scope.entityRef, credentials, true));
  });

  router.get('/unallocated', async (req, res) => {
    await httpAuth.credentials(req);
    const month = isoDay(Date.now()).slice(0, 7);
    res.json(await store.unallocated(`${previousMonth(month)}-01`, `${month}-01`));
  });

  router.get('/sources', async (req, res) => {
    await httpAuth.credentials(req);
    res.json(await views.sources());
  });

  router.post('/estimate', async (req, res) => {
    await httpAuth.credentials(req);
    if (!options.priceTable) throw new InputError('No price table is configured (cost.priceTable)');
    try {
      res.json(estimateMonthly(options.priceTable, { storageGiB: 0, ...req.body }));
    } catch (error) {
      throw new InputError((error as Error).message);
    }
  });

  // A FOCUS export uploaded by an admin; the days it covers replace what the upload had before.
  router.post('/focus/import', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize([{ permission: costImportPermission }], { credentials });
    if (decision.result !== AuthorizeResult.ALLOW) throw new NotAllowedError('Only admins may import cost exports');
    const name = req.query.name ?? 'upload';
    if (typeof req.body !== 'string') throw new InputError('The body must be a FOCUS CSV file (Content-Type: text/csv)');
    let parsed;
    try {
      parsed = parseFocusCsv(req.body, options.focus);
    } catch (error) {
      throw new InputError((error as Error).message);
    }
    if (parsed.lines.length === 0) {
      const reasons = parsed.rejected
        .slice(0, 5)
        .map(r => `${r.where}: ${r.reason}`)
        .join('; ');
      throw new InputError(`Nothing to import: ${parsed.rejected.length} of ${parsed.rows} rows were rejected (${reasons})`);
    }
    const stored = await options.ingestor.run({ id: `focus-upload:${name}`, fetch: async () => parsed! }, parsed.range!.from, parsed.range!.to);
    if (!stored) throw new Error('The import could not be stored');
    await alerts.evaluate();
    res.json({ rows: parsed.rows, imported: parsed.lines.length, rejected: parsed.rejected.slice(0, 100), range: parsed.range });
  });

  return router;
}
