/**
 * Tests of the portal's APIs against their OpenAPI specs. For tests only: never a dependency of
 * a runtime package.
 *
 * @packageDocumentation
 */
export { assertRoutesMatchSpec, routesOf } from './routes';
export { responseChecker } from './responses';
export type { ObservedResponse } from './responses';
export { specRequest } from './request';
export { specRoutes } from './spec';
export type { OpenApiDocument } from './spec';
