/**
 * Fakes of outside services on 127.0.0.1 for tests and the end-to-end run, and metrics read back as a scrape would.
 *
 * @packageDocumentation
 */
export * from './server';
export * from './argocd';
export * from './datadog';
export * from './oidc';
export * from './llm';
export * from './portalModel';
export * from './github';
export * from './people';
export * from './metrics';
