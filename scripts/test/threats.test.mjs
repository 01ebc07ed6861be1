// The threat tests: what a signed-in person (an admin, a member of the owning team, a member of
// another team, a contractor) can reach, read and change in the production shape of the portal,
// and what anyone on the internet can do to its open routes. docs/security.md is the model they
// check. Run by `./portal test threats` (node --test).
import { after, before } from 'node:test';
import { start, stop } from './threats/environment.mjs';

before(start, { timeout: 420_000 });
after(stop, { timeout: 120_000 });

// In the order of docs/security.md's findings; the outages stop the shared database, so they come last.
await import('./threats/techdocs.mjs');
await import('./threats/devSwitches.mjs');
await import('./threats/claims.mjs');
await import('./threats/argocdRoutes.mjs');
await import('./threats/selfService.mjs');
await import('./threats/mcp.mjs');
await import('./threats/rateLimits.mjs');
await import('./threats/poison.mjs');
await import('./threats/leaks.mjs');
await import('./threats/outages.mjs');
