import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { OpenApiDocument, basePathOf } from './spec';

/** What a check needs of an answer (a supertest response has it). */
export interface ObservedResponse {
  status: number;
  body: unknown;
  headers: Record<string, string | undefined>;
  req: { method: string; path: string };
}

type Json = { [key: string]: any };

const SPEC_ID = 'spec';

/** The spec's own `#/...` refs, pointed at the spec registered with Ajv. */
function pointAtSpec(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(pointAtSpec);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(
      Object.entries(schema).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${SPEC_ID}${value}` : pointAtSpec(value),
      ]),
    );
  }
  return schema;
}

function resolve(spec: Json, node: Json): Json {
  if (typeof node?.$ref !== 'string') return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((at: Json, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

/**
 * A checker of answers against the spec: the operation the request reached, the status among its
 * documented ones (or `default`), and a JSON body valid against that answer's schema.
 */
export function responseChecker(spec: OpenApiDocument) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: spec.components ?? {} }, SPEC_ID);
  const base = basePathOf(spec);
  const templates = Object.keys(spec.paths).map(path => ({
    path,
    pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  const validators = new Map<string, ValidateFunction>();

  return (response: ObservedResponse) => {
    const method = response.req.method.toLowerCase();
    const fullPath = response.req.path.split('?')[0];
    // Another plugin's API, or Backstage's own routes under every plugin (the actions registry's).
    if (!fullPath.startsWith(`${base}/`)) return;
    const path = fullPath.slice(base.length);
    if (path.startsWith('/.backstage/')) return;
    const where = `${response.req.method} ${fullPath} answered ${response.status}`;
    const template = templates.find(t => t.pattern.test(path))?.path;
    const operation = template ? (spec.paths[template] as Json)[method] : undefined;
    if (!operation) throw new Error(`${where}: the spec has no such operation`);
    const answer = resolve(spec as Json, operation.responses?.[String(response.status)] ?? operation.responses?.default);
    if (!answer) throw new Error(`${where}: the spec does not document this status`);
    const contentType = (response.headers['content-type'] ?? '').split(';')[0];
    if (!answer.content) {
      if (response.body && Object.keys(response.body as object).length) throw new Error(`${where}: the spec documents no body`);
      return;
    }
    const media = answer.content[contentType];
    if (!media) throw new Error(`${where}: the spec documents no ${contentType || 'empty'} body`);
    if (contentType !== 'application/json' || !media.schema) return;
    const key = `${template} ${method} ${response.status}`;
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile(pointAtSpec(media.schema) as object);
      validators.set(key, validate);
    }
    if (!validate(response.body)) {
      throw new Error(`${where}: the body is not what the spec says: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`);
    }
  };
}
