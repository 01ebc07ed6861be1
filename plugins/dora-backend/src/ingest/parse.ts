import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** An ISO 8601 time (or epoch seconds, as GitHub sends in push events) as epoch milliseconds. */
export const time = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const ms = typeof value === 'number' ? value * 1000 : Date.parse(value);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: `is not a time: ${String(value).slice(0, 40)}` });
    return z.NEVER;
  }
  return ms;
});

/** Parses with a schema, or throws an InputError that names each field that is wrong. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues
      .map(issue => `${issue.path.join('.') || '(body)'} ${issue.message}`)
      .join('; ');
    throw new InputError(`Invalid ${what}: ${problems}`);
  }
  return result.data;
}
