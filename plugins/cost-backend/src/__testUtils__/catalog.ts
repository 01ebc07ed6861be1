import { Entity } from '@backstage/catalog-model';

/** The catalog location the test organisation is read from, as the portal's configuration names it. */
export const CONFIGURED_LOCATION = '/org/catalog-info.yaml';

const component = (name: string, owner: string, tag: string, extra: Partial<Entity['spec']> = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  // Read from a location of the portal's configuration (CONFIGURED_LOCATION): its claims count.
  metadata: { name, annotations: { 'cost/tag': tag, 'backstage.io/managed-by-origin-location': `file:${CONFIGURED_LOCATION}` } },
  spec: { type: 'service', lifecycle: 'production', owner, system: 'payment-gateway', ...extra },
  relations: [
    { type: 'ownedBy', targetRef: `group:default/${owner}` },
    { type: 'partOf', targetRef: 'system:default/payment-gateway' },
  ],
});

const group = (name: string, parent?: string, children: string[] = []): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name },
  spec: { type: 'team', children },
  relations: [
    ...(parent ? [{ type: 'childOf', targetRef: `group:default/${parent}` }] : []),
    ...children.map(c => ({ type: 'parentOf', targetRef: `group:default/${c}` })),
  ],
});

/** A small organisation whose components claim cost-allocation tag values. */
export const entities: Entity[] = [
  group('payments-team', undefined, ['payments-sre']),
  group('payments-sre', 'payments-team'),
  group('checkout-team'),
  { apiVersion: 'backstage.io/v1alpha1', kind: 'System', metadata: { name: 'payment-gateway' }, spec: { owner: 'payments-team' } },
  component('payments-api', 'payments-team', 'payments-api'),
  component('ledger', 'payments-sre', 'ledger'),
  component('checkout-api', 'checkout-team', 'checkout-api'),
];

/** A FOCUS 1.0 export with one row per day, tag and service category. */
export function focusCsv(rows: Array<{ date: string; tag?: string; category: string; cost: number }>): string {
  const header = 'BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ChargePeriodEnd,EffectiveCost,ServiceCategory,ServiceName,Tags';
  const lines = rows.map(r => {
    const end = new Date(Date.parse(`${r.date}T00:00:00Z`) + 86_400_000).toISOString();
    const tags = r.tag ? `"${JSON.stringify({ service: r.tag }).replace(/"/g, '""')}"` : '';
    return [r.cost.toFixed(2), 'USD', 'Usage', `${r.date}T00:00:00Z`, end, r.cost.toFixed(2), r.category, 'Some service', tags].join(',');
  });
  return [header, ...lines].join('\n');
}

/** Every day from `from` to `to`, inclusive. */
export function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
