/**
 * Input validation at the edge of the portal's backend plugins.
 *
 * @packageDocumentation
 */
import { InputError } from '@backstage/errors';
import { z } from 'zod';

/**
 * Parses `value` with `schema`, or throws an InputError (400) that names every bad field:
 * `Invalid <what>: answers.q1.value: Invalid option; revision: Required`.
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, what = 'request'): z.infer<T> {
  const forbidden = forbiddenKeys(value);
  if (forbidden.length) {
    throw new InputError(`Invalid ${what}: ${forbidden.map(p => `${p}: is not an allowed key`).join('; ')}`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(issue => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    throw new InputError(`Invalid ${what}: ${problems.join('; ')}`);
  }
  return result.data;
}

/**
 * Keys that name an object's prototype machinery rather than data: as a record key they are
 * dropped or change what a lookup finds (`sizes['constructor']`), so input holding one is refused.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The paths of forbidden keys anywhere in a parsed JSON value. */
export function forbiddenKeys(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const at = [...path, key];
      if (FORBIDDEN_KEYS.has(key)) found.push(at.join('.'));
      else forbiddenKeys((value as Record<string, unknown>)[key], at, found);
    }
  }
  return found;
}

/**
 * Express middleware refusing a parsed body or query that holds a forbidden key anywhere, with a
 * 400 naming where: every validated router of the portal runs it after parsing the body.
 */
export function refuseForbiddenKeys(req: { body?: unknown; query?: unknown }, _res: unknown, next: (error?: unknown) => void) {
  const forbidden = [...forbiddenKeys(req.body, ['body']), ...forbiddenKeys(req.query, ['query'])];
  next(forbidden.length ? new InputError(`Invalid request: ${forbidden.map(p => `${p}: is not an allowed key`).join('; ')}`) : undefined);
}

export { createPortalOpenApiRouter } from './openApiRouter';
