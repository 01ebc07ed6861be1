import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';

/** An entity ref as events name their service; a bare name means a component in the default namespace. */
export const serviceRef = z
  .string()
  .min(1)
  .max(255)
  .transform((value, ctx) => {
    try {
      return stringifyEntityRef(parseEntityRef(value, { defaultKind: 'component', defaultNamespace: 'default' })).toLocaleLowerCase('en-US');
    } catch {
      ctx.addIssue({ code: 'custom', message: `is not an entity ref: ${value.slice(0, 80)}` });
      return z.NEVER;
    }
  });
