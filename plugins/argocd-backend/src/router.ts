import { BackstageCredentials, HttpAuthService, LoggerService, PermissionsService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult, PolicyDecision, ResourcePermission } from '@backstage/plugin-permission-common';
import { argocdApplicationRollbackPermission, argocdApplicationSyncPermission } from '@internal/plugin-argocd-common';
import { RollupScopes, ownersOf } from '@internal/plugin-catalog-scopes-node';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ARGOCD_SELECTOR_ANNOTATION } from '@internal/plugin-claims-common';
import { ClaimsServiceApi } from '@internal/plugin-claims-node';
import express, { Request } from 'express';
import { ApplicationTarget } from '@internal/plugin-argocd-common';
import { createOpenApiRouter } from './schema/openapi.generated';
import { ActionLog } from './database/ActionLog';
import { Applications, FoundApplication, claimOf, factOf } from './service/Applications';
import { ArgoCdError } from './clients/ArgoCdClient';
import { ApplicationResource } from './permissions';

export interface RouterOptions {
  applications: Applications;
  claims: ClaimsServiceApi;
  catalog: CatalogService;
  actions: ActionLog;
  scopes: RollupScopes;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  isAllowedFor: (decision: PolicyDecision, resource: ApplicationResource) => boolean;
  logger: LoggerService;
}

/** Argo CD's own answer as the portal's error: its message and the link to the application. */
function upstream(error: unknown): never {
  if (error instanceof ArgoCdError) {
    const e = new Error(`${error.message}${error.appUrl ? ` (${error.appUrl})` : ''}`) as Error & { status: number };
    // Argo CD refusing the portal's token is the portal's problem, not the user's: 502, not 401.
    e.status = [404, 504].includes(error.status) ? error.status : 502;
    e.name = 'ArgoCdError';
    throw e;
  }
  throw error;
}

export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { applications, actions, scopes, httpAuth, permissions, claims, catalog } = options;
  const router = await createOpenApiRouter({ middleware: [express.json({ limit: '16kb' })] });

  const instanceOf = (req: Request) => {
    const client = applications.client(req.params.instance);
    if (!client) throw new NotFoundError(`No Argo CD instance named ${req.params.instance}`);
    return client;
  };

  /**
   * Whether the caller may read the application: its claims' verified owner is an entity the
   * caller may read. Applications nobody has a verified claim on are nobody's to read here.
   */
  const readableApps = async (credentials: BackstageCredentials, names: string[]): Promise<Set<string>> => {
    if (names.length === 0) return new Set();
    const { owners } = await claims.owners('argocd-app');
    const ownerOf = new Map(names.flatMap(n => (owners[n] ? [[n, owners[n].entityRef] as const] : [])));
    const refs = [...new Set(ownerOf.values())];
    if (refs.length === 0) return new Set();
    const { items } = await catalog.getEntitiesByRefs({ entityRefs: refs, fields: ['kind', 'metadata.name', 'metadata.namespace'] }, { credentials });
    const readable = new Set(refs.filter((_, i) => items[i]));
    return new Set(names.filter(n => readable.has(ownerOf.get(n)!)));
  };
  const requireReadableApp = async (req: Request) => {
    const credentials = await httpAuth.credentials(req);
    if (!(await readableApps(credentials, [req.params.app])).has(req.params.app)) {
      throw new NotFoundError(`No Argo CD application ${req.params.app} of an entity you can read`);
    }
  };
  /** A selector is taken only as the `argocd/app-selector` of an entity the caller may read. */
  const requireClaimedSelector = async (req: Request) => {
    const credentials = await httpAuth.credentials(req);
    const { items } = await catalog.getEntities(
      {
        filter: { [`metadata.annotations.${ARGOCD_SELECTOR_ANNOTATION}`]: req.params.selector },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
        limit: 1,
      },
      { credentials },
    );
    if (items.length === 0) {
      throw new InputError(`The selector ${req.params.selector} is not the ${ARGOCD_SELECTOR_ANNOTATION} of an entity you can read`);
    }
    return credentials;
  };

  // Read routes of the Roadie Argo CD frontend (its multi-instance mode), answered from the
  // configured instances for applications of entities the caller may read. Its write routes
  // (create, delete, sync all) are not offered.
  router.get('/find/name/:app', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    if (!(await readableApps(credentials, [req.params.app])).has(req.params.app)) {
      res.json([]);
      return;
    }
    const hits = await Promise.all(
      applications.clients.map(async client => {
        try {
          await client.getApplication(req.params.app);
          return { name: client.instance.name, url: client.instance.url, appName: [req.params.app] };
        } catch {
          return undefined;
        }
      }),
    );
    res.json(hits.filter(hit => hit !== undefined));
  });
  router.get('/find/selector/:selector', async (req, res) => {
    const credentials = await requireClaimedSelector(req);
    const hits = await Promise.all(
      applications.clients.map(async client => {
        try {
          const { items } = await client.listApplications({ selector: req.params.selector });
          const readable = await readableApps(
            credentials,
            (items ?? []).map(i => i.metadata.name),
          );
          const names = (items ?? []).map(i => i.metadata.name).filter(n => readable.has(n));
          return names.length ? { name: client.instance.name, url: client.instance.url, appName: names } : undefined;
        } catch {
          return undefined;
        }
      }),
    );
    res.json(hits.filter(hit => hit !== undefined));
  });
  router.get('/argoInstance/:instance/applications/name/:app', async (req, res) => {
    await requireReadableApp(req);
    const client = instanceOf(req);
    const app = await client.getApplication(req.params.app).catch(upstream);
    res.json({ ...app, metadata: { ...app.metadata, instance: { name: client.instance.name, url: client.instance.url } } });
  });
  router.get('/argoInstance/:instance/applications/selector/:selector', async (req, res) => {
    const credentials = await requireClaimedSelector(req);
    const client = instanceOf(req);
    const { items } = await client.listApplications({ selector: req.params.selector }).catch(upstream);
    const readable = await readableApps(
      credentials,
      (items ?? []).map(i => i.metadata.name),
    );
    res.json({
      items: (items ?? [])
        .filter(app => readable.has(app.metadata.name))
        .map(app => ({ ...app, metadata: { ...app.metadata, instance: { name: client.instance.name, url: client.instance.url } } })),
    });
  });
  router.get('/argoInstance/:instance/applications/name/:app/revisions/:revision/metadata', async (req, res) => {
    await requireReadableApp(req);
    res.json((await instanceOf(req).revisionMetadata(req.params.app, req.params.revision).catch(upstream)) as Record<string, unknown>);
  });

  /** The caller's decisions for the given permissions, asked once per request. */
  const decisionsFor = (credentials: BackstageCredentials, ...wanted: ResourcePermission[]) =>
    permissions.authorizeConditional(
      wanted.map(permission => ({ permission })),
      { credentials },
    );

  /** Whether a decision allows acting on one application of the entity. */
  const allows = (decision: PolicyDecision, entity: Entity, found: FoundApplication) => {
    if (decision.result !== AuthorizeResult.CONDITIONAL) return decision.result === AuthorizeResult.ALLOW;
    return options.isAllowedFor(decision, {
      entityRef: stringifyEntityRef(entity),
      owners: ownersOf(entity),
      production: applications.isProduction(found.app),
    });
  };

  /** The entity's claims on the applications found for it, after telling the claims what they say. */
  const claimsOn = (entityRef: string, found: FoundApplication[]) => claims.resolve({ kind: 'argocd-app', entityRef, facts: found.map(f => factOf(f.app)) });

  router.get('/entity/applications', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const entityRef = req.query.entityRef;
    const scope = await scopes.resolve(entityRef, credentials);
    const [{ found, errors }, [sync, rollback]] = await Promise.all([
      applications.forEntity(scope.entity),
      decisionsFor(credentials, argocdApplicationSyncPermission, argocdApplicationRollbackPermission),
    ]);
    const verdicts = await claimsOn(scope.entityRef, found);
    const views = found.map(f =>
      applications.toView(f, claimOf(verdicts, f.app.metadata.name), { sync: allows(sync, scope.entity, f), rollback: allows(rollback, scope.entity, f) }),
    );
    res.json({ entityRef: scope.entityRef, applications: views, errors });
  });

  router.get('/entity/actions', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const scope = await scopes.resolve(req.query.entityRef, credentials);
    res.json(await actions.forEntity(scope.entityRef));
  });

  /** The application the request names, checked to belong to the entity, and the caller allowed. */
  const authorizedTarget = async (req: Request, body: ApplicationTarget, permission: ResourcePermission) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const scope = await scopes.resolve(body.entityRef, credentials);
    const { found, errors } = await applications.forEntity(scope.entity);
    const app = found.find(f => f.client.instance.name === body.instance && f.app.metadata.name === body.application);
    const unreadable = errors.find(e => e.instance === body.instance);
    if (!app && unreadable) {
      upstream(new ArgoCdError(unreadable.message, 502, applications.client(body.instance)?.appUrl(body.application)));
    }
    if (!app) throw new NotFoundError(`${body.application} on ${body.instance} is not an application of ${scope.entityRef}`);
    // The claim first: an entity anyone registered does not make an application theirs.
    const claim = claimOf(await claimsOn(scope.entityRef, [app]), body.application);
    if (!claim.mayAct) {
      throw new NotAllowedError(
        `The claim of ${scope.entityRef} on ${body.application} is not verified (${claim.status}: ${claim.reason}). ${claim.howToVerify ?? ''}`.trim(),
      );
    }
    const [decision] = await decisionsFor(credentials, permission);
    if (!allows(decision, scope.entity, app)) {
      throw new NotAllowedError(`Only the owners of ${scope.entityRef} and platform admins may do this`);
    }
    if (applications.isProduction(app.app) && body.confirm !== body.application) {
      throw new InputError(`${body.application} is production: confirm by typing the application's name`);
    }
    return { scope, app, actor: (credentials.principal as { userEntityRef: string }).userEntityRef };
  };

  const record = (
    base: { entityRef: string; app: FoundApplication; actor: string; action: 'sync' | 'rollback'; target?: string },
    result: 'succeeded' | 'failed',
    message: string,
  ) =>
    actions.record({
      entityRef: base.entityRef,
      instance: base.app.client.instance.name,
      application: base.app.app.metadata.name,
      environment: applications.environmentOf(base.app.app),
      action: base.action,
      target: base.target,
      actor: base.actor,
      result,
      message,
    });

  router.post('/entity/sync', async (req, res) => {
    const body = req.body;
    const { scope, app, actor } = await authorizedTarget(req, body, argocdApplicationSyncPermission);
    const base = { entityRef: scope.entityRef, app, actor, action: 'sync' as const };
    try {
      await app.client.sync(body.application);
    } catch (error) {
      await record(base, 'failed', (error as Error).message);
      upstream(error);
    }
    const message = `Sync of ${body.application} started`;
    res.json({ message, action: await record(base, 'succeeded', message) });
  });

  router.post('/entity/rollback', async (req, res) => {
    const body = req.body;
    const { scope, app, actor } = await authorizedTarget(req, body, argocdApplicationRollbackPermission);
    const base = { entityRef: scope.entityRef, app, actor, action: 'rollback' as const, target: String(body.historyId) };
    const notes: string[] = [];
    try {
      // Automated sync would undo the rollback at once.
      if (app.app.spec?.syncPolicy?.automated) {
        await app.client.disableAutoSync(body.application);
        notes.push(`Auto-sync of ${body.application} was turned off first; turn it on again in Argo CD when the fix is out.`);
      }
      await app.client.rollback(body.application, body.historyId);
    } catch (error) {
      await record(base, 'failed', [...notes, (error as Error).message].join(' '));
      upstream(error);
    }
    const message = [`Rollback of ${body.application} to history ${body.historyId} started.`, ...notes].join(' ');
    res.json({ message, action: await record(base, 'succeeded', message) });
  });

  return router;
}
