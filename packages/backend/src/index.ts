import { createBackend } from '@backstage/backend-defaults';
import { portalHealthServiceFactory } from './startup/health';
import { portalHttpRouterServiceFactory, portalRootHttpRouterServiceFactory } from './startup/httpRouter';
import { assertRequiredEnvironment } from './startup/requiredEnvironment';
import { startupChecksServiceFactory } from './startup/startupChecks';

// In production every ${VAR} the configuration names must be set: fail before anything starts.
assertRequiredEnvironment();

const backend = createBackend();

// Readiness also says whether PostgreSQL can be reached, so a load balancer sends no requests to
// a replica that can only fail them.
backend.add(portalHealthServiceFactory);
// 503 with Retry-After while the backend starts and while its database is away.
backend.add(portalRootHttpRouterServiceFactory);
backend.add(portalHttpRouterServiceFactory);
// Production refuses development-only settings; unrestricted static tokens are warned about.
backend.add(startupChecksServiceFactory);

// Serves the built frontend in production (in development the frontend has its own dev server).
backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: GitHub and OIDC (e.g. Keycloak) everywhere; guest only in development. The guest
// provider would refuse outside development anyway; not installing it leaves nothing to misconfigure.
backend.add(import('@backstage/plugin-auth-backend'));
if (process.env.NODE_ENV === 'development') {
  backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
}
backend.add(import('@backstage/plugin-auth-backend-module-github-provider'));
backend.add(import('@backstage/plugin-auth-backend-module-oidc-provider'));

// Catalog: configured locations, GitHub discovery and GitHub org ingestion (production config),
// template entities, processing errors exposed for the admin page, and errors logged.
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'));
backend.add(import('@backstage/plugin-catalog-backend-module-github'));
backend.add(import('@backstage/plugin-catalog-backend-module-github-org'));
backend.add(import('@backstage/plugin-catalog-backend-module-unprocessed'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// Permissions: the portal's own policy, deny by default for writes.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('@internal/plugin-permission-backend-module-portal-policy'));

// Golden-path templates.
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-notifications'));
// Offline publishing (a local git repository, registered in the catalog) for laptops and tests.
backend.add(import('@internal/plugin-scaffolder-backend-module-local-publish'));
backend.add(import('@internal/plugin-catalog-backend-module-local-publish'));

// TechDocs, built with the local MkDocs.
backend.add(import('@backstage/plugin-techdocs-backend'));
backend.add(import('@internal/plugin-techdocs-backend-module-local-mkdocs'));

// Search: PostgreSQL engine when the database is PostgreSQL, in-memory Lunr otherwise.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

// Claims of outside resources (Argo CD applications, Datadog services, cost tags, repositories,
// PagerDuty services): which are verified, and who gets a resource several entities claim.
backend.add(import('@internal/plugin-claims-backend'));

// The portal's own features.
backend.add(import('@internal/plugin-maturity-backend'));
backend.add(import('@internal/plugin-dora-backend'));
backend.add(import('@internal/plugin-dora-backend/maturity'));
backend.add(import('@internal/plugin-cost-backend'));
backend.add(import('@internal/plugin-argocd-backend'));
backend.add(import('@internal/plugin-datadog-backend'));
backend.add(import('@internal/plugin-n8n-actions-backend'));
backend.add(import('@internal/plugin-scaffolder-backend-module-n8n-actions'));
// The AI assistant: its tools are the read-only actions of the actions registry, as for MCP.
backend.add(import('@internal/plugin-ai-assistant-backend'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// Backstage logs a failed start and keeps the process (and its open port) alive; a replica that
// cannot start must exit, so that Kubernetes restarts it and says so.
backend.start().catch(error => {
  const message = String(error?.message ?? error);
  if (/Failed to connect to the database/.test(message)) {
    process.stderr.write(
      'The portal backend could not start: it cannot connect to its database (backend.database). It exits so that it is restarted, and starts once the database answers.\n',
    );
  }
  process.stderr.write(`The portal backend could not start: ${message}\n`);
  process.exit(1);
});
