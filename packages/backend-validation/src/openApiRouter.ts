import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import express from 'express';
import { refuseForbiddenKeys } from './index';

type Spec = Parameters<typeof createValidatedOpenApiRouter>[0];
type Options = Parameters<typeof createValidatedOpenApiRouter>[1];

/**
 * Backstage's validated OpenAPI router with the options every plugin of the portal shares:
 * requests are validated against the spec (a 400 names every bad field), handlers are typed by
 * it. Each backend's generated `src/schema/openapi.generated.ts` calls this with its spec.
 */
export function createPortalOpenApiRouter<T extends Spec>(spec: T, options?: Options) {
  return createValidatedOpenApiRouter<T>(spec, {
    ...options,
    // Keys such as __proto__ are refused before the spec is even asked.
    middleware: [...(options?.middleware ?? [express.json()]), refuseForbiddenKeys],
    validatorOptions: {
      validateRequests: { coerceTypes: false, allowUnknownQueryParameters: false, allErrors: true },
      // Dates that do not exist (2026-02-30) are refused, not only malformed ones.
      validateFormats: 'full',
      // Who may call is Backstage's to say (httpAuth, with its 401s), not the validator's.
      validateSecurity: false,
      ...options?.validatorOptions,
    },
  });
}
