import { AuditorService, BackstageCredentials, HttpAuthService, PermissionsService } from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ClaimKind, claimsApprovalCreatePermission, normalizeClaimValue } from '@internal/plugin-claims-common';
import express, { Request } from 'express';
import { createOpenApiRouter } from './schema/openapi.generated';
import { ClaimStore } from './database/ClaimStore';
import { ClaimsService } from './service/ClaimsService';

export interface RouterOptions {
  service: ClaimsService;
  store: ClaimStore;
  catalog: CatalogService;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
}

export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { service, store, catalog, httpAuth, permissions, auditor } = options;
  const router = await createOpenApiRouter({ middleware: [express.json({ limit: '8mb' })] });

  /** Which of the refs the caller may see in the catalog. */
  const visibleTo = (credentials: BackstageCredentials) => async (refs: string[]) => {
    if (refs.length === 0) return new Set<string>();
    const { items } = await catalog.getEntitiesByRefs({ entityRefs: refs, fields: ['kind', 'metadata.name', 'metadata.namespace'] }, { credentials });
    return new Set(refs.filter((_, i) => items[i]));
  };

  const mayApprove = async (credentials: BackstageCredentials) =>
    (await permissions.authorize([{ permission: claimsApprovalCreatePermission }], { credentials }))[0].result === AuthorizeResult.ALLOW;
  const requireApprover = async (req: Request) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    if (!(await mayApprove(credentials))) throw new NotAllowedError('Only platform admins may approve claims');
    return credentials;
  };

  router.get('/entity', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const entity = await service.entity(req.query.entityRef, credentials);
    const kinds = [...new Set<ClaimKind>([...entity.claims.map(c => c.kind), ...(entity.selectors.length ? (['argocd-app'] as const) : [])])];
    res.json({ claims: await service.claimsOf(entity, kinds, visibleTo(credentials)) });
  });

  router.get('/conflicts', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const [conflicts, approver] = await Promise.all([service.conflicts(visibleTo(credentials)), mayApprove(credentials)]);
    res.json({ conflicts, mayApprove: approver });
  });

  router.get('/approvals', async (req, res) => {
    await requireApprover(req);
    res.json({ approvals: await store.approvals() });
  });

  router.post('/approvals', async (req, res) => {
    const credentials = await requireApprover(req);
    const body = req.body;
    // The entity must exist; its ref is stored as the catalog writes it.
    const entity = await service.entity(body.entityRef, credentials);
    const value = body.kind === 'entity' ? entity.entityRef : normalizeClaimValue(body.kind, body.value);
    const event = await auditor.createEvent({
      eventId: 'claim-approve',
      severityLevel: 'medium',
      request: req,
      meta: { kind: body.kind, value, entityRef: entity.entityRef },
    });
    const approval = await store.approve({ kind: body.kind, value, entityRef: entity.entityRef, approvedBy: credentials.principal.userEntityRef });
    await event.success();
    res.status(201).json(approval);
  });

  router.delete('/approvals', async (req, res) => {
    await requireApprover(req);
    const query = { kind: req.query.kind, value: req.query.value };
    const event = await auditor.createEvent({ eventId: 'claim-withdraw', severityLevel: 'medium', request: req, meta: query });
    if (!(await store.withdraw(query.kind, query.value))) throw new NotFoundError(`No approval of ${query.kind} ${query.value}`);
    await event.success();
    res.status(204).end();
  });

  // For other plugins, with their own service credentials.
  router.post('/resolve', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['service'] });
    const body = req.body;
    const entity = await service.entity(body.entityRef, credentials);
    const facts = body.facts?.map(f => ({ ...f, value: normalizeClaimValue(body.kind, f.value) }));
    if (facts?.length) await store.putFacts(body.kind, facts, { partial: true });
    res.json({ claims: await service.claimsOf(entity, [body.kind], async refs => new Set(refs), facts) });
  });

  router.get('/owners', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['service'] });
    res.json(await service.owners(req.query.kind));
  });

  router.put('/facts/:kind', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['service'] });
    const k: ClaimKind = req.params.kind;
    const { facts } = req.body;
    await store.putFacts(
      k,
      facts.map(f => ({ ...f, value: normalizeClaimValue(k, f.value) })),
    );
    res.status(204).end();
  });

  router.get('/entity-verified', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['service'] });
    res.json(await service.entityVerified(await service.entity(req.query.entityRef, credentials)));
  });

  return router;
}
