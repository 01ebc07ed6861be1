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
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(issue => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    throw new InputError(`Invalid ${what}: ${problems.join('; ')}`);
  }
  return result.data;
}
