/**
 * Datadog for the portal: monitors and dashboards of a service; the keys stay in the backend.
 *
 * @packageDocumentation
 */
export { datadogPlugin as default } from './plugin';
