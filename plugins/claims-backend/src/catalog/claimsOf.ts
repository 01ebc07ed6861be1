import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ARGOCD_SELECTOR_ANNOTATION, CLAIM_KINDS, ClaimKind, normalizeClaimValue } from '@internal/plugin-claims-common';

/** What an entity says is its own: by value, or (Argo CD) by a label selector. */
export interface RawClaim {
  kind: ClaimKind;
  value: string;
}

export interface EntityClaims {
  entityRef: string;
  claims: RawClaim[];
  /** Label selectors of Argo CD applications (`argocd/app-selector`). */
  selectors: string[];
}

const list = (value?: string) =>
  (value ?? '')
    .split(',')
    .map(v => v.trim())
    .filter(Boolean);

/**
 * The claims an entity's annotations make. A component without a Datadog service name claims its
 * own name there, as the Datadog tab then shows that service: the claim must be checked as well.
 */
export function claimsOf(entity: Entity): EntityClaims {
  const annotations = entity.metadata.annotations ?? {};
  const claims: RawClaim[] = [];
  for (const [kind, { annotations: names }] of Object.entries(CLAIM_KINDS) as Array<[ClaimKind, { annotations: readonly string[] }]>) {
    for (const name of names) {
      for (const value of list(annotations[name])) claims.push({ kind, value: normalizeClaimValue(kind, value) });
    }
  }
  if (entity.kind.toLocaleLowerCase('en-US') === 'component' && !annotations['datadoghq.com/service-name']) {
    claims.push({ kind: 'datadog-service', value: entity.metadata.name });
  }
  const selector = annotations[ARGOCD_SELECTOR_ANNOTATION]?.trim();
  return {
    entityRef: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    claims: [...new Map(claims.map(c => [`${c.kind}\u0000${c.value}`, c])).values()],
    selectors: selector ? [selector] : [],
  };
}

/** Whether an application's labels match an Argo CD label selector of `key=value` terms. */
export function selectorMatches(selector: string, labels: Record<string, string> = {}): boolean {
  const terms = selector
    .split(',')
    .map(t => t.trim())
    .filter(Boolean);
  return (
    terms.length > 0 &&
    terms.every(term => {
      const m = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
      if (!m) return false; // set-based selectors are not matched: such a claim stays unverified
      const [, key, op, value] = m;
      return op === '!=' ? labels[key] !== value : labels[key] === value;
    })
  );
}
