import { Entity } from '@backstage/catalog-model';
import { claimsOf, selectorMatches } from './claimsOf';

const component = (name: string, annotations: Record<string, string>, namespace = 'default'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace, annotations },
  spec: {},
});

describe('claimsOf', () => {
  it('reads every claim of the annotations, lists split and repositories without case', () => {
    const claims = claimsOf(
      component('payments-api', {
        'argocd/app-name': 'payments-api-dev, payments-api-prod',
        'argocd/app-selector': 'app.kubernetes.io/part-of=payments-api',
        'github.com/project-slug': 'Acme/Payments-API',
        'cost/tag': 'payments-api',
        'datadoghq.com/service-name': 'payments',
      }),
    );
    expect(claims.entityRef).toBe('component:default/payments-api');
    expect(claims.claims).toEqual([
      { kind: 'argocd-app', value: 'payments-api-dev' },
      { kind: 'argocd-app', value: 'payments-api-prod' },
      { kind: 'datadog-service', value: 'payments' },
      { kind: 'cost-tag', value: 'payments-api' },
      { kind: 'github-repo', value: 'acme/payments-api' },
    ]);
    expect(claims.selectors).toEqual(['app.kubernetes.io/part-of=payments-api']);
  });

  it("claims a component's own name as its Datadog service when it names none, in any namespace", () => {
    expect(claimsOf(component('fraud-detector', {}, 'erin')).claims).toEqual([{ kind: 'datadog-service', value: 'fraud-detector' }]);
  });
});

describe('selectorMatches', () => {
  it('matches equality selectors, and nothing it cannot read', () => {
    const labels = { environment: 'prod', 'app.kubernetes.io/part-of': 'payments-api' };
    expect(selectorMatches('app.kubernetes.io/part-of=payments-api', labels)).toBe(true);
    expect(selectorMatches('environment==prod,app.kubernetes.io/part-of=payments-api', labels)).toBe(true);
    expect(selectorMatches('environment!=prod', labels)).toBe(false);
    expect(selectorMatches('environment in (prod)', labels)).toBe(false);
    expect(selectorMatches('', labels)).toBe(false);
  });
});
