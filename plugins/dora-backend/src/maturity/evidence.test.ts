import { Entity } from '@backstage/catalog-model';
import { doraEvidenceSource } from './evidence';

const component = (name: string, type: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
  spec: { type, owner: 'payments-team', lifecycle: 'production' },
});

describe('DORA evidence for the maturity checklist', () => {
  it('counts the services and websites with production deployments and suggests an answer', async () => {
    const tracked = jest.fn(async (refs: string[]) => refs.filter(r => r.endsWith('payments-api')));
    const source = doraEvidenceSource(tracked);
    const suggestion = await source.collect({
      scopeRef: 'group:default/payments-team',
      entities: [component('payments-api', 'service'), component('checkout-web', 'website'), component('payments-sdk', 'library')],
    });
    // Libraries are not deployed, so they are not counted.
    expect(tracked).toHaveBeenCalledWith(['component:default/payments-api', 'component:default/checkout-web']);
    expect(suggestion).toEqual({
      summary: 'DORA metrics from production deployments (last 90 days) for 1 of 2 services and websites',
      suggestedAnswer: 'partly',
      url: '/dora',
    });
  });

  it('says nothing for a scope without deployable components', async () => {
    const source = doraEvidenceSource(async () => []);
    expect(await source.collect({ scopeRef: 'platform', entities: [component('payments-sdk', 'library')] })).toBeUndefined();
  });
});
