import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import catalogHealthPlugin from '@internal/plugin-catalog-health';
import maturityPlugin from '@internal/plugin-maturity';
import doraPlugin from '@internal/plugin-dora';
import costPlugin from '@internal/plugin-cost';
import argoCdActionsPlugin from '@internal/plugin-argocd';
import datadogPlugin from '@internal/plugin-datadog';
import n8nActionsPlugin from '@internal/plugin-n8n-actions';
import claimsPlugin from '@internal/plugin-claims';
import { entityLayoutModule } from './modules/entityLayout';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

// Published plugins listed in package.json are discovered (app.packages: all); the portal's own
// plugins and modules are listed here.
export default createApp({
  features: [
    catalogPlugin,
    catalogHealthPlugin,
    maturityPlugin,
    doraPlugin,
    costPlugin,
    argoCdActionsPlugin,
    datadogPlugin,
    n8nActionsPlugin,
    claimsPlugin,
    navModule,
    signInModule,
    entityLayoutModule,
  ],
});
