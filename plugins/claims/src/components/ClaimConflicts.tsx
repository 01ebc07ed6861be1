import { Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { Alert, Button, Flex, Text } from '@backstage/ui';
import { ClaimConflict, kindTitle } from '@internal/plugin-claims-common';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { claimsApiRef } from '../api';

/**
 * Resources several entities claim, or that only unverified claims name, with the claimants the
 * reader may see; admins approve the claim that is right, which settles the resource.
 */
export function ClaimConflicts() {
  const api = useApi(claimsApiRef);
  const loaded = useAsyncRetry(() => api.getConflicts(), [api]);
  const conflicts = { ...loaded, value: loaded.value?.conflicts };
  const mayApprove = loaded.value?.mayApprove ?? false;
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();

  const approve = async (c: ClaimConflict, entityRef: string) => {
    try {
      await api.approve({ kind: c.kind, value: c.value, entityRef });
      setOutcome({ ok: true, message: `${entityRef}'s claim on ${kindTitle(c.kind)} ${c.value} is approved.` });
      loaded.retry();
    } catch (error) {
      setOutcome({ ok: false, message: `Could not approve: ${(error as Error).message}` });
    }
  };

  const columns: TableColumn<ClaimConflict>[] = [
    { title: 'Resource', render: c => `${kindTitle(c.kind)} ${c.value}` },
    { title: 'Goes to', render: c => c.owner ?? 'nobody, until the claims are settled' },
    {
      title: 'Claims',
      render: c => (
        <Flex direction="column" gap="1">
          {c.claimants.map(v => (
            <Flex key={v.entityRef} align="center" gap="2">
              <Text as="span">
                {v.entityRef}: {v.status} ({v.reason})
              </Text>
              {mayApprove && v.status !== 'verified' && (
                <Button size="small" variant="secondary" onPress={() => approve(c, v.entityRef)} aria-label={`Approve ${v.entityRef} for ${c.value}`}>
                  Approve
                </Button>
              )}
            </Flex>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <>
      {outcome && <Alert status={outcome.ok ? 'success' : 'danger'} title={outcome.message} />}
      {conflicts.error && <Alert status="danger" title={`Could not read the claims: ${conflicts.error.message}`} />}
      {conflicts.value && conflicts.value.length === 0 && <Alert status="success" title="Every claim on an outside resource is verified and uncontested." />}
      {(conflicts.loading || (conflicts.value && conflicts.value.length > 0)) && (
        <Table<ClaimConflict>
          title="Claims to settle"
          subtitle="Outside resources (Argo CD applications, Datadog services, cost tags, repositories) that several entities claim, or that only unverified claims name: their data goes to nobody until a claim is verified."
          isLoading={conflicts.loading}
          columns={columns}
          data={conflicts.value ?? []}
          options={{ paging: true, pageSize: 20, search: true }}
        />
      )}
    </>
  );
}
