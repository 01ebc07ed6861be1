import { Citation } from '@internal/plugin-ai-assistant-common';
import { parseEntityRef } from '@backstage/catalog-model';

/** What a tool's output says about where it came from. */
export interface Grounding {
  citations: Citation[];
  /** Entity refs of confidential entities found in the output. */
  confidential: string[];
  /**
   * Every entity the output speaks of: whole entities, `entityRef` fields, and the entities of
   * search results. The data policy looks these up, since only whole entities carry annotations.
   */
  entityRefs: string[];
}

type Json = unknown;

const entityPath = (kind: string, namespace: string, name: string) =>
  `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(kind.toLocaleLowerCase('en-US'))}/${encodeURIComponent(name)}`;

export function entityCitation(ref: string, title?: string): Citation | undefined {
  try {
    const { kind, namespace, name } = parseEntityRef(ref);
    const canonical = `${kind.toLocaleLowerCase('en-US')}:${namespace}/${name}`;
    return { kind: 'entity', title: title ?? canonical, url: entityPath(kind, namespace, name), entityRef: canonical };
  } catch {
    return undefined;
  }
}

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks a tool's output for catalog entities, search results and entity refs, so the answer can
 * link to them and the data policy can see confidential entities.
 */
export function groundingOf(output: Json, confidentialAnnotation: string): Grounding {
  const citations = new Map<string, Citation>();
  const confidential = new Set<string>();
  const entityRefs = new Set<string>();
  const add = (citation?: Citation) => {
    if (citation?.entityRef) entityRefs.add(citation.entityRef);
    if (citation && !citations.has(citation.url)) citations.set(citation.url, citation);
  };
  const visit = (value: Json, depth: number) => {
    if (depth > 8) return;
    if (Array.isArray(value)) {
      value.forEach(v => visit(v, depth + 1));
      return;
    }
    if (!isRecord(value)) return;
    const metadata = value.metadata;
    if (typeof value.kind === 'string' && isRecord(metadata) && typeof metadata.name === 'string') {
      const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : 'default';
      const ref = `${value.kind}:${namespace}/${metadata.name}`;
      const citation = entityCitation(ref, typeof metadata.title === 'string' ? metadata.title : undefined);
      add(citation);
      const annotations = isRecord(metadata.annotations) ? metadata.annotations : {};
      if (annotations[confidentialAnnotation] === 'true' && citation?.entityRef) confidential.add(citation.entityRef);
    }
    const document = value.document;
    if (isRecord(document) && typeof document.location === 'string' && typeof document.title === 'string') {
      add({ kind: 'document', title: document.title, url: document.location });
      // Catalog and TechDocs search documents name the entity they belong to.
      const { kind, namespace, name } = document;
      if (typeof kind === 'string' && typeof name === 'string') {
        const ref = entityCitation(`${kind}:${typeof namespace === 'string' ? namespace : 'default'}/${name}`)?.entityRef;
        if (ref) entityRefs.add(ref);
      }
    }
    if (typeof value.entityRef === 'string') add(entityCitation(value.entityRef));
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'metadata') visit(child, depth + 1);
    }
  };
  visit(output, 0);
  return { citations: [...citations.values()], confidential: [...confidential], entityRefs: [...entityRefs] };
}

/**
 * Text from the catalog or docs, wrapped so the model reads it as data. `<` is escaped inside the
 * JSON, so nothing in the data can close the block and pose as the portal's own words.
 */
export function asData(source: string, value: Json, maxChars = 12_000): string {
  const full = JSON.stringify(value, null, 1).replace(/</g, '\\u003c');
  const json = full.length > maxChars ? `${full.slice(0, maxChars)}\n[cut at ${maxChars} characters]` : full;
  return `<portal-data source="${source.replace(/[^a-zA-Z0-9:_-]/g, '')}">\n${json}\n</portal-data>`;
}
