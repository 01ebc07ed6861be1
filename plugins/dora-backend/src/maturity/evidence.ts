import { stringifyEntityRef } from '@backstage/catalog-model';
import { EvidenceSource, answerForCoverage } from '@internal/plugin-maturity-node';

/** Which of these components have production deployments on record. */
export type TrackedComponents = (entityRefs: string[]) => Promise<string[]>;

/** DORA coverage of a scope's deployable components, as a suggestion for the checklist. */
export function doraEvidenceSource(tracked: TrackedComponents): EvidenceSource {
  return {
    id: 'dora',
    questionIds: ['developer-productivity-metrics.q1'],
    async collect({ entities }) {
      const services = entities
        .filter(e => e.kind.toLocaleLowerCase('en-US') === 'component')
        .filter(e => ['service', 'website'].includes(String(e.spec?.type ?? '')))
        .map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US'));
      if (services.length === 0) return undefined;
      const covered = new Set(await tracked(services));
      const count = services.filter(s => covered.has(s)).length;
      return {
        summary: `DORA metrics from production deployments (last 90 days) for ${count} of ${services.length} services and websites`,
        suggestedAnswer: answerForCoverage(count, services.length),
        url: '/dora',
      };
    },
  };
}
