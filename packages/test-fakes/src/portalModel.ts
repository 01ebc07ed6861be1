/*
 * The stand-in model of a laptop and the end-to-end run: it answers like a grounded assistant
 * would, from what the portal sent it, without any model weights. It looks up the entity a
 * question names, then describes it from the catalog data and links the sources it was given.
 */
import { LlmReply, LlmTurn } from './llm';

type Json = any;

/** The JSON inside every <portal-data> block of a text. */
function dataBlocks(text: string): Json[] {
  const blocks: Json[] = [];
  for (const match of text.matchAll(/<portal-data[^>]*>\n([\s\S]*?)\n<\/portal-data>/g)) {
    try {
      blocks.push(JSON.parse(match[1].replace(/\n\[cut at \d+ characters\]$/, '')));
    } catch {
      // A block cut short is skipped.
    }
  }
  return blocks;
}

function describe(entity: Json): string | undefined {
  if (!entity?.metadata?.name || !entity.kind) return undefined;
  const name = entity.metadata.title ?? entity.metadata.name;
  const owner = entity.spec?.owner ? ` It is owned by ${entity.spec.owner}.` : '';
  const lifecycle = entity.spec?.lifecycle ? ` Lifecycle: ${entity.spec.lifecycle}.` : '';
  return `**${name}** (${entity.kind.toLowerCase()}): ${entity.metadata.description ?? 'no description.'}${owner}${lifecycle}`;
}

export function portalModel(turn: LlmTurn): LlmReply {
  const last = turn.messages[turn.messages.length - 1];
  const question = (turn.messages.filter(m => m.role === 'user').pop()?.content ?? '').split('Question:').pop()!.trim();
  const named = /\b([a-z0-9]+(?:-[a-z0-9]+)+)\b/.exec(question)?.[1];
  // By name, every kind: payments-api is a component and an API.
  if (last.role === 'user' && named && turn.tools.includes('catalog__query-catalog-entities')) {
    return { toolCalls: [{ name: 'catalog__query-catalog-entities', arguments: { query: { 'metadata.name': named } } }] };
  }
  if (last.role === 'user' && named && turn.tools.includes('catalog__get-catalog-entity')) {
    return { toolCalls: [{ name: 'catalog__get-catalog-entity', arguments: { name: named } }] };
  }
  const blocks = turn.messages.flatMap(m => dataBlocks(m.content));
  const descriptions = new Set<string>();
  const sources = new Map<string, string>();
  for (const block of blocks) {
    const output = block.output;
    const entities = [output, ...(Array.isArray(output?.items) ? output.items : [])];
    for (const entity of entities) {
      const text = describe(entity);
      if (text) descriptions.add(text);
    }
    for (const source of block.sources ?? []) sources.set(source.url, source.title);
  }
  if (descriptions.size === 0) {
    return { text: `I could not find anything in the portal about "${question.slice(0, 80)}".` };
  }
  const links = [...sources].map(([url, title]) => `[${title}](${url})`).join(', ');
  return { text: `${[...descriptions].slice(0, 3).join('\n\n')}\n\nSources: ${links}` };
}
