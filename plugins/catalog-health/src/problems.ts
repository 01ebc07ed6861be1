import { UnprocessedEntity } from '@backstage/plugin-catalog-unprocessed-entities';
import { ANNOTATION_ORIGIN_LOCATION, ANNOTATION_LOCATION } from '@backstage/catalog-model';

/** One entity the catalog could not process, as a person needs to see it to fix it. */
export interface ProcessingProblem {
  id: string;
  /** kind:namespace/name as written in the file; parts the file left out are shown as '?'. */
  entity: string;
  /** Where the entity was read from, e.g. file:/repo/catalog-info.yaml or a URL. */
  source: string;
  messages: string[];
  lastDiscoveredAt: string;
}

function entityLabel(e: UnprocessedEntity['unprocessed_entity'] | undefined): string {
  const kind = e?.kind ?? '?';
  const namespace = e?.metadata?.namespace ?? 'default';
  const name = e?.metadata?.name ?? '?';
  return `${kind.toLocaleLowerCase('en-US')}:${namespace}/${name}`;
}

/**
 * Entities that failed processing: both those that never made it into the catalog (pending with
 * errors) and those whose latest processing failed. Entities merely waiting their turn are not
 * problems. The same entity reported twice is shown once.
 */
export function processingProblems(...reports: UnprocessedEntity[][]): ProcessingProblem[] {
  const byId = new Map<string, ProcessingProblem>();
  for (const item of reports.flat()) {
    const messages = (item.errors ?? []).map(e => e.message).filter(Boolean);
    if (messages.length === 0 || byId.has(item.entity_id)) continue;
    const annotations = item.unprocessed_entity?.metadata?.annotations ?? {};
    byId.set(item.entity_id, {
      id: item.entity_id,
      entity: entityLabel(item.unprocessed_entity),
      source: annotations[ANNOTATION_ORIGIN_LOCATION] ?? annotations[ANNOTATION_LOCATION] ?? item.location_key ?? 'unknown',
      messages,
      lastDiscoveredAt: String(item.last_discovery_at),
    });
  }
  return [...byId.values()].sort((a, b) => a.entity.localeCompare(b.entity));
}
