import { Entity } from '@backstage/catalog-model';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EvidenceSource, EvidenceSuggestion, answerForCoverage } from '@internal/plugin-maturity-node';
import { AssessmentScope, normalizeRef } from './scopes';

const components = (entities: Entity[]) => entities.filter(e => e.kind === 'Component');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A source that counts the scope's components having something, e.g. an annotation. */
function componentCoverage(id: string, questionIds: string[], has: (component: Entity) => boolean, what: string): EvidenceSource {
  return {
    id,
    questionIds,
    async collect({ entities }) {
      const all = components(entities);
      if (all.length === 0) return undefined;
      const covered = all.filter(has).length;
      return {
        summary: `${what} ${covered} of ${plural(all.length, 'component')}`,
        suggestedAnswer: answerForCoverage(covered, all.length),
      };
    },
  };
}

/** Built-in sources: what the catalog itself shows. */
export const builtInEvidenceSources: EvidenceSource[] = [
  componentCoverage(
    'techdocs',
    ['documentation-and-specifications.q1', 'knowledge-sharing.q1'],
    e => !!e.metadata.annotations?.['backstage.io/techdocs-ref'],
    'TechDocs for',
  ),
  componentCoverage(
    'ci',
    ['ci-cd.q2', 'automated-builds-and-deployments.q2'],
    e => !!e.metadata.annotations?.['github.com/project-slug'],
    'CI annotation (github.com/project-slug) on',
  ),
  {
    id: 'api-definitions',
    questionIds: ['documentation-and-specifications.q2', 'api-management.q2'],
    async collect({ entities }) {
      const apis = entities.filter(e => e.kind === 'API');
      const defined = apis.filter(e => typeof (e.spec as { definition?: unknown })?.definition === 'string');
      if (apis.length === 0) return undefined;
      return {
        summary: `${defined.length} of ${plural(apis.length, 'API')} have a machine-readable definition in the catalog`,
        suggestedAnswer: answerForCoverage(defined.length, apis.length),
      };
    },
  },
];

/** Collects suggestions for a scope from every registered source; a failing source is skipped. */
export class EvidenceCollector {
  constructor(
    private readonly sources: EvidenceSource[],
    private readonly catalog: CatalogService,
    private readonly onError: (source: string, error: unknown) => void,
  ) {}

  /** The scope's entities as the caller may see them: counts never include what they cannot. */
  private async entitiesOf(scope: AssessmentScope, credentials: BackstageCredentials): Promise<Entity[]> {
    const { items } = await this.catalog.getEntities({ filter: { kind: ['Component', 'API', 'Resource'] } }, { credentials });
    if (scope.scopeRef === 'platform') return items;
    const isSystem = scope.scopeRef.startsWith('system:');
    return items.filter(e => {
      const spec = (e.spec ?? {}) as { owner?: string; system?: string };
      return isSystem
        ? !!spec.system && normalizeRef(spec.system, 'system') === scope.scopeRef
        : !!spec.owner && normalizeRef(spec.owner, 'group') === scope.ownerRef;
    });
  }

  async collect(scope: AssessmentScope, credentials: BackstageCredentials): Promise<Record<string, Array<EvidenceSuggestion & { sourceId: string }>>> {
    const entities = await this.entitiesOf(scope, credentials);
    const byQuestion: Record<string, Array<EvidenceSuggestion & { sourceId: string }>> = {};
    await Promise.all(
      this.sources.map(async source => {
        try {
          const suggestion = await source.collect({ scopeRef: scope.scopeRef, entities });
          if (!suggestion) return;
          for (const id of source.questionIds) {
            (byQuestion[id] ??= []).push({ ...suggestion, sourceId: source.id });
          }
        } catch (error) {
          this.onError(source.id, error);
        }
      }),
    );
    return byQuestion;
  }
}
