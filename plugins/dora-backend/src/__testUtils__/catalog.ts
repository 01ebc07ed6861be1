import { Entity } from '@backstage/catalog-model';

/** The catalog location the test organisation is read from, as the portal's configuration names it. */
export const CONFIGURED_LOCATION = '/org/catalog-info.yaml';

const component = (name: string, owner: string, system: string, annotations: Record<string, string> = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  // Read from a location of the portal's configuration (CONFIGURED_LOCATION): its claims count.
  metadata: { name, annotations: { 'backstage.io/managed-by-origin-location': `file:${CONFIGURED_LOCATION}`, ...annotations } },
  spec: { type: 'service', lifecycle: 'production', owner, system },
  relations: [
    { type: 'ownedBy', targetRef: `group:default/${owner}` },
    { type: 'partOf', targetRef: `system:default/${system}` },
  ],
});

const group = (name: string, parent?: string, children: string[] = []): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name },
  spec: { type: name === 'engineering' ? 'department' : 'team', children },
  relations: [
    ...(parent ? [{ type: 'childOf', targetRef: `group:default/${parent}` }] : []),
    ...children.map(c => ({ type: 'parentOf', targetRef: `group:default/${c}` })),
  ],
});

/** A small organisation with the relations the catalog would compute. */
export const entities: Entity[] = [
  group('engineering', undefined, ['payments-team', 'checkout-team']),
  group('payments-team', 'engineering', ['payments-sre']),
  group('payments-sre', 'payments-team'),
  group('checkout-team', 'engineering'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'payment-gateway' },
    spec: { owner: 'payments-team' },
  },
  component('payments-api', 'payments-team', 'payment-gateway', {
    'github.com/project-slug': 'acme/payments-api',
    'pagerduty.com/service-id': 'PPAY001',
  }),
  component('ledger', 'payments-sre', 'payment-gateway', { 'argocd/app-name': 'ledger-prod' }),
  component('checkout-api', 'checkout-team', 'checkout', {
    'github.com/project-slug': 'acme/checkout-api',
    'dora/production-environment': 'prod',
  }),
  {
    ...component('vault-broker', 'payments-team', 'payment-gateway'),
    metadata: { name: 'vault-broker', annotations: { 'portal/confidential': 'true' } },
  },
];
