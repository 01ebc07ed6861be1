import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Progress, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Alert, Text } from '@backstage/ui';
import { EntityClaim, kindTitle } from '@internal/plugin-claims-common';
import useAsync from 'react-use/esm/useAsync';
import { claimsApiRef } from '../api';

const columns: TableColumn<EntityClaim>[] = [
  { title: 'Resource', render: c => `${kindTitle(c.kind)} ${c.value}` },
  { title: 'Claim', field: 'status' },
  {
    title: 'Why',
    render: c => (
      <>
        <div>{c.reason}</div>
        {c.others.length > 0 && <div>Also claimed by {c.others.map(o => `${o.entityRef} (${o.status})`).join(', ')}</div>}
        {c.howToVerify && <div>{c.howToVerify}</div>}
      </>
    ),
  },
];

/** The outside resources the entity claims, and whether each claim is verified. */
export function EntityClaimsCard() {
  const { entity } = useEntity();
  const api = useApi(claimsApiRef);
  const entityRef = stringifyEntityRef(entity);
  const claims = useAsync(() => api.getEntityClaims(entityRef), [api, entityRef]);
  return (
    <InfoCard title="Outside resources">
      {claims.loading && <Progress />}
      {claims.error && <Alert status="danger" title={`Could not read the claims: ${claims.error.message}`} />}
      {claims.value && claims.value.length === 0 && <Text as="p">This entity claims no outside resource.</Text>}
      {claims.value && claims.value.length > 0 && (
        <Table<EntityClaim> options={{ paging: false, search: false, toolbar: false, padding: 'dense' }} columns={columns} data={claims.value} />
      )}
    </InfoCard>
  );
}
