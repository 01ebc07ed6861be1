import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Alert, Flex } from '@backstage/ui';
import { ClaimKind, claimNotice } from '@internal/plugin-claims-common';
import useAsync from 'react-use/esm/useAsync';
import { claimsApiRef } from '../api';

/**
 * What a tab shows above its data when the entity's claims of `kinds` are not all verified:
 * which claim, why, and how to have it verified. Nothing when they are (or cannot be read: the
 * tab's own data then says what it can).
 */
export function ClaimsNotice(props: { kinds: ClaimKind[] }) {
  const { entity } = useEntity();
  const api = useApi(claimsApiRef);
  const entityRef = stringifyEntityRef(entity);
  const { value } = useAsync(() => api.getEntityClaims(entityRef), [api, entityRef]);
  const open = (value ?? []).filter(c => props.kinds.includes(c.kind) && c.status !== 'verified');
  if (open.length === 0) return null;
  return (
    <Flex direction="column" gap="2" mb="4">
      {open.map(c => (
        <Alert key={`${c.kind}/${c.value}`} status="warning" title={claimNotice(c)} />
      ))}
    </Flex>
  );
}
