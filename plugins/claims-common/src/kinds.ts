/**
 * The outside resources an entity can claim, each by the annotations that name it. A claim is
 * what the entity says; it grants nothing until it is verified (see resolve.ts).
 */
export const CLAIM_KINDS = {
  'argocd-app': { title: 'Argo CD application', annotations: ['argocd/app-name'] },
  'datadog-service': { title: 'Datadog service', annotations: ['datadoghq.com/service-name'] },
  'cost-tag': { title: 'cost tag', annotations: ['cost/tag'] },
  'cost-namespace': { title: 'Kubernetes namespace (costs)', annotations: ['backstage.io/kubernetes-namespace'] },
  'cost-label': { title: 'Kubernetes label selector (costs)', annotations: ['backstage.io/kubernetes-label-selector'] },
  'cost-controller': { title: 'Kubernetes controller (costs)', annotations: ['cost/kubernetes-controller'] },
  'github-repo': { title: 'GitHub repository', annotations: ['github.com/project-slug'] },
  'pagerduty-service': { title: 'PagerDuty service', annotations: ['pagerduty.com/service-id'] },
} as const;

export type ClaimKind = keyof typeof CLAIM_KINDS;

/** What a kind of approval is called: a claim's kind, or the entity itself (`entity`). */
export function kindTitle(kind: ClaimKind | 'entity'): string {
  return kind === 'entity' ? 'entity (to act on it)' : CLAIM_KINDS[kind].title;
}

export const isClaimKind = (value: unknown): value is ClaimKind => typeof value === 'string' && Object.hasOwn(CLAIM_KINDS, value);

/** Argo CD applications an entity claims by a label selector instead of by name. */
export const ARGOCD_SELECTOR_ANNOTATION = 'argocd/app-selector';

/** The annotation an Argo CD application carries to name the entity it belongs to. */
export const ARGOCD_ENTITY_ANNOTATION = 'portal/entity-ref';

/** A claim's value as it is compared: repositories and entity refs without case, the rest as written. */
export function normalizeClaimValue(kind: ClaimKind, value: string): string {
  const trimmed = value.trim();
  return kind === 'github-repo' ? trimmed.toLocaleLowerCase('en-US') : trimmed;
}

/** What the owners of an entity can do to have a claim of this kind verified. */
export function howToVerify(kind: ClaimKind, entityRef: string): string {
  const admin = 'or ask a platform admin to approve the claim on the Catalog health page';
  switch (kind) {
    case 'argocd-app':
      return `Add the annotation ${ARGOCD_ENTITY_ANNOTATION}: ${entityRef} to the Argo CD application, or deploy it from the repository that holds this entity's catalog file, ${admin}.`;
    case 'github-repo':
      return `Keep this entity's catalog file in that repository, ${admin}.`;
    default:
      return `Register this entity from a repository of the organisation where no other entity claims the same ${CLAIM_KINDS[kind].title}, ${admin}.`;
  }
}

/**
 * A repository URL as `host/owner/name`, lower-case, whatever form it is written in
 * (`https://github.com/acme/x.git`, `git@github.com:acme/x`, `ssh://git@github.com/acme/x`).
 */
export function normalizeRepositoryUrl(url: string): string | undefined {
  const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?([^/:]+)[:/](.+?)(?:\.git)?\/?$/i.exec(url.trim());
  return m ? `${m[1]}/${m[2]}`.toLocaleLowerCase('en-US') : undefined;
}

/** What a tab says about a claim that is not verified, in one sentence and its remedy. */
export function claimNotice(claim: { kind: ClaimKind; value: string; status: string; reason: string; howToVerify?: string }): string {
  const state = claim.status === 'contested' ? 'contested by another entity' : claim.status;
  return `This entity's claim on the ${CLAIM_KINDS[claim.kind].title} ${claim.value} is ${state} (${claim.reason}), so its data is not shown here. ${
    claim.howToVerify ?? ''
  }`.trim();
}
