import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { ARGOCD_SELECTOR_ANNOTATION, CLAIM_KINDS } from '@internal/plugin-claims-common';
import { claimsApi } from './api';

const ANNOTATIONS = [...Object.values(CLAIM_KINDS).flatMap(k => k.annotations), ARGOCD_SELECTOR_ANNOTATION];

/** The Overview card, where the entity claims an outside resource by an annotation. */
const entityClaimsCard = EntityCardBlueprint.make({
  name: 'outside-resources',
  params: {
    filter: entity => ANNOTATIONS.some(a => Boolean(entity.metadata.annotations?.[a])),
    loader: () => import('./components/EntityClaimsCard').then(m => <m.EntityClaimsCard />),
  },
});

/** Claims of outside resources: the client, and the entity card of what an entity claims. */
export const claimsPlugin = createFrontendPlugin({
  pluginId: 'claims',
  title: 'Outside resources',
  extensions: [claimsApi, entityClaimsCard],
});
