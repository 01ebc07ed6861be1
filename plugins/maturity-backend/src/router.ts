import { BackstageCredentials, BackstageUserPrincipal, HttpAuthService, LoggerService, PermissionsService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult, PolicyDecision } from '@backstage/plugin-permission-common';
import { Assessment, Checklist, Quarter, maturityAssessmentReopenPermission, maturityAssessmentUpdatePermission } from '@internal/plugin-maturity-common';
import express, { Request, Response } from 'express';
import { createOpenApiRouter } from './schema/openapi.generated';
import { ChecklistRegistry } from './service/checklists';
import { assessmentView, checklistOfAssessment } from './service/view';
import { AssessmentStore } from './database/AssessmentStore';
import { ActionStore } from './database/ActionStore';
import { EvidenceCollector } from './service/evidence';
import { AssessmentLockedError, StaleRevisionError } from './database/errors';
import { AssessmentScope, AssessmentScopes, parseScope } from './service/scopes';

export interface RouterOptions {
  store: AssessmentStore;
  actions: ActionStore;
  evidence: EvidenceCollector;
  checklists: ChecklistRegistry;
  scopes: AssessmentScopes;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  /** Evaluates a conditional decision against a scope, with the plugin's own permission rules. */
  isAllowedFor: (decision: PolicyDecision, scope: AssessmentScope) => boolean;
  logger: LoggerService;
}

// The spec checked the shape (a quarter like 2026-Q4, answers, dates); what needs the checklist
// or the catalog (a question of this checklist, an owner that exists) is checked here.
const quarterOf = (req: Request<{ quarter: string }>) => req.params.quarter as Quarter;

export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { store, actions, evidence, checklists, scopes, httpAuth, permissions, isAllowedFor } = options;
  const router = await createOpenApiRouter({ middleware: [express.json({ limit: '1mb' })] });

  const checklistOf = (assessment?: Assessment): Checklist => checklistOfAssessment(checklists, assessment);
  const view = (scopeRef: string, quarter: Quarter, assessment: Assessment | undefined, editable?: boolean) =>
    assessmentView(checklists, scopeRef, quarter, assessment, editable);

  async function canEdit(credentials: BackstageCredentials<BackstageUserPrincipal>, scopeRef: string): Promise<boolean> {
    const [decision] = await permissions.authorizeConditional([{ permission: maturityAssessmentUpdatePermission }], { credentials });
    if (decision.result !== AuthorizeResult.CONDITIONAL) return decision.result === AuthorizeResult.ALLOW;
    return isAllowedFor(decision, await scopes.resolve(scopeRef));
  }

  /** Checks the caller may edit the scope's assessment, and returns who they are. */
  async function requireEdit(req: Request, scopeRef: string): Promise<string> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    if (!(await canEdit(credentials, scopeRef))) {
      throw new NotAllowedError(`Only the members of the group that owns ${scopeRef}, or platform admins, may edit its assessment`);
    }
    return credentials.principal.userEntityRef;
  }

  /** Responds with the write's result; a conflict carries the current assessment (409). */
  async function respondOrConflict(res: Response, write: () => Promise<object>) {
    try {
      res.json(await write());
    } catch (error) {
      if (!(error instanceof StaleRevisionError || error instanceof AssessmentLockedError)) throw error;
      const current = error.current;
      res.status(409).json({
        error: { name: error.name, message: error.message },
        current: view(current.scopeRef, current.quarter, current),
      });
    }
  }

  router.get('/checklist', async (_req, res) => {
    res.json(checklists.current());
  });

  router.get('/assessments/:quarter', async (req, res) => {
    const quarter = quarterOf(req);
    const scopeRef = parseScope(req.query.scope);
    const assessment = await store.get(scopeRef, quarter);
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json(view(scopeRef, quarter, assessment, await canEdit(credentials, scopeRef)));
  });

  router.put('/assessments/:quarter', async (req, res) => {
    const quarter = quarterOf(req);
    const scopeRef = parseScope(req.query.scope);
    const body = req.body;
    const userEntityRef = await requireEdit(req, scopeRef);
    const existing = await store.get(scopeRef, quarter);
    const checklist = checklistOf(existing);
    const known = new Set(checklist.categories.flatMap(c => c.questions.map(q => q.id)));
    const unknown = Object.keys(body.answers).filter(id => !known.has(id));
    if (unknown.length) {
      throw new InputError(`Invalid request: ${unknown.map(id => `answers.${id}: not a question of ${checklist.id} v${checklist.version}`).join('; ')}`);
    }
    await respondOrConflict(res, async () =>
      view(
        scopeRef,
        quarter,
        await store.saveAnswers({
          scopeRef,
          quarter,
          checklist: { id: checklist.id, version: checklist.version },
          answers: body.answers as Parameters<AssessmentStore['saveAnswers']>[0]['answers'],
          expectedRevision: body.revision,
          actor: userEntityRef,
        }),
        true,
      ),
    );
  });

  router.post('/assessments/:quarter/submit', async (req, res) => {
    const quarter = quarterOf(req);
    const scopeRef = parseScope(req.query.scope);
    const { revision } = req.body;
    const userEntityRef = await requireEdit(req, scopeRef);
    await respondOrConflict(res, async () =>
      view(scopeRef, quarter, await store.submit({ scopeRef, quarter, expectedRevision: revision, actor: userEntityRef }), true),
    );
  });

  router.post('/assessments/:quarter/reopen', async (req, res) => {
    const quarter = quarterOf(req);
    const scopeRef = parseScope(req.query.scope);
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const [decision] = await permissions.authorize([{ permission: maturityAssessmentReopenPermission }], { credentials });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('Only platform admins may reopen a submitted assessment');
    }
    const saved = await store.reopen({ scopeRef, quarter, actor: credentials.principal.userEntityRef });
    res.json(view(scopeRef, quarter, saved, true));
  });

  router.get('/assessments/:quarter/changes', async (req, res) => {
    const quarter = quarterOf(req);
    const scopeRef = parseScope(req.query.scope);
    res.json({ items: await store.changes(scopeRef, quarter) });
  });

  async function requireOwner(ownerRef: string) {
    if (!(await scopes.isUserOrGroup(ownerRef))) {
      throw new InputError(`Invalid request: ownerRef: no user or group ${ownerRef} in the catalog`);
    }
  }

  router.get('/actions/:quarter', async (req, res) => {
    const quarter = quarterOf(req);
    res.json({ items: await actions.list(parseScope(req.query.scope), quarter) });
  });

  router.post('/actions/:quarter', async (req, res) => {
    const quarter = quarterOf(req);
    const scopeRef = parseScope(req.query.scope);
    const body = { ...req.body, title: req.body.title.trim() };
    const userEntityRef = await requireEdit(req, scopeRef);
    const checklist = checklistOf(await store.get(scopeRef, quarter));
    if (!checklist.categories.some(c => c.questions.some(q => q.id === body.questionId))) {
      throw new InputError(`Invalid request: questionId: not a question of ${checklist.id} v${checklist.version}`);
    }
    await requireOwner(body.ownerRef);
    res.status(201).json(await actions.create({ ...body, scopeRef, quarter, actor: userEntityRef }));
  });

  router.patch('/actions/:quarter/:id', async (req, res) => {
    const quarter = quarterOf(req);
    const body = { ...req.body, title: req.body.title?.trim() };
    const action = await actions.get(req.params.id);
    const userEntityRef = await requireEdit(req, action.scopeRef);
    if (body.ownerRef) await requireOwner(body.ownerRef);
    res.json(await actions.update(req.params.id, body as Parameters<ActionStore['update']>[1], quarter, userEntityRef));
  });

  router.get('/evidence', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const scopeRef = parseScope(req.query.scope);
    res.json({ scopeRef, byQuestion: await evidence.collect(await scopes.resolve(scopeRef), credentials) });
  });

  router.get('/overview/:quarter', async (req, res) => {
    const quarter = quarterOf(req);
    const items = (await store.listByQuarter(quarter)).map(a => {
      const { score } = view(a.scopeRef, quarter, a);
      return { scopeRef: a.scopeRef, status: a.status, revision: a.revision, score };
    });
    res.json({ quarter, items });
  });

  router.get('/history', async (req, res) => {
    const scopeRef = parseScope(req.query.scope);
    const items = (await store.history(scopeRef)).map(a => ({
      quarter: a.quarter,
      status: a.status,
      score: view(scopeRef, a.quarter, a).score,
    }));
    res.json({ scopeRef, items });
  });

  return router;
}
