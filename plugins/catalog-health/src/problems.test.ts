import { UnprocessedEntity } from '@backstage/plugin-catalog-unprocessed-entities';
import { processingProblems } from './problems';

const item = (id: string, name: string | undefined, errors?: string[]): UnprocessedEntity => ({
  entity_id: id,
  entity_ref: '',
  unprocessed_entity: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: name as string,
      annotations: {
        'backstage.io/managed-by-origin-location': 'file:/repo/broken.yaml',
        'backstage.io/managed-by-location': 'file:/repo/other.yaml',
      },
    },
  },
  next_update_at: '2026-11-23T10:00:00Z',
  last_discovery_at: '2026-11-23T09:00:00Z',
  errors: errors?.map(message => ({ name: 'InputError', message, cause: { name: 'TypeError', message, stack: '' } })),
});

describe('processingProblems', () => {
  it('lists entities with errors, with their origin file, sorted by entity', () => {
    const problems = processingProblems(
      [item('2', 'zeta', ["/spec must have required property 'owner'"])],
      [item('1', 'alpha', ['bad name']), item('3', 'waiting')],
    );
    expect(problems).toEqual([
      expect.objectContaining({ entity: 'component:default/alpha', messages: ['bad name'] }),
      expect.objectContaining({
        entity: 'component:default/zeta',
        source: 'file:/repo/broken.yaml',
        messages: ["/spec must have required property 'owner'"],
      }),
    ]);
  });

  it('shows an entity reported both as failed and pending once, and marks unknown names', () => {
    const broken = item('7', undefined, ['metadata.name is missing']);
    const problems = processingProblems([broken], [broken]);
    expect(problems).toHaveLength(1);
    expect(problems[0].entity).toBe('component:default/?');
  });
});
