/**
 * Argo CD for the portal: the read API the Roadie Argo CD frontend uses, and owner-only sync and
 * rollback with an action log.
 *
 * @packageDocumentation
 */
export { argocdPlugin as default } from './plugin';
