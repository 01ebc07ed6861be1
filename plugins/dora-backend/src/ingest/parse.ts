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
