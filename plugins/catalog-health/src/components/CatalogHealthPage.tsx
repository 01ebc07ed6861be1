import { ClaimConflicts } from '@internal/plugin-claims';
import { Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogUnprocessedEntitiesApiRef } from '@backstage/plugin-catalog-unprocessed-entities';
import { Alert, Container, Text } from '@backstage/ui';
import useAsync from 'react-use/esm/useAsync';
import { ProcessingProblem, processingProblems } from '../problems';

const columns: TableColumn<ProcessingProblem>[] = [
  { title: 'Entity', field: 'entity', width: '20%' },
  { title: 'Source', field: 'source', width: '25%' },
  {
    title: 'Error',
    field: 'messages',
    render: p => (
      <>
        {p.messages.map((m, i) => (
          <div key={i}>{m}</div>
        ))}
      </>
    ),
  },
];

export function CatalogHealthPage() {
  const api = useApi(catalogUnprocessedEntitiesApiRef);
  const { value, loading, error } = useAsync(async () => {
    const [failed, pending] = await Promise.all([api.failed(), api.pending()]);
    return processingProblems(failed.entities, pending.entities);
  }, [api]);

  return (
    <Container>
      {error && <Alert status="danger" title={`Could not read the catalog's processing state: ${error.message}`} />}
      {value && value.length === 0 && <Alert status="success" title="Every entity in the catalog was processed without errors." />}
      {value && value.length > 0 && (
        <Text as="p">
          {value.length === 1
            ? '1 entity could not be processed. The rest of the catalog is unaffected.'
            : `${value.length} entities could not be processed. The rest of the catalog is unaffected.`}
        </Text>
      )}
      {(loading || (value && value.length > 0)) && (
        <Table<ProcessingProblem>
          title="Processing errors"
          isLoading={loading}
          columns={columns}
          data={value ?? []}
          options={{ paging: true, pageSize: 20, search: true }}
        />
      )}
      <ClaimConflicts />
    </Container>
  );
}
