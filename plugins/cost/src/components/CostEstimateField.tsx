import { useApi } from '@backstage/frontend-plugin-api';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { Estimate } from '@internal/plugin-cost-common';
import { Box, Typography } from '@material-ui/core';
import { useEffect, useState } from 'react';
import { costApiRef } from '../api';
import { money, nonZero } from './format';

/**
 * `ui:field: CostEstimate`: shows the estimated monthly cost of what the template creates, from
 * the portal's price table. ui:options name the form fields holding the size, replica count and
 * storage (defaults: size, replicas, storageGiB). The estimate is stored as the field's value.
 */
export function CostEstimate(props: FieldExtensionComponentProps<number>) {
  const api = useApi(costApiRef);
  const options = (props.uiSchema?.['ui:options'] ?? {}) as {
    sizeField?: string;
    replicasField?: string;
    storageField?: string;
  };
  const form = ((props.formContext as { formData?: Record<string, unknown> } | undefined)?.formData ?? {}) as Record<string, unknown>;
  const size = String(form[options.sizeField ?? 'size'] ?? '');
  const replicas = Number(form[options.replicasField ?? 'replicas'] ?? 1);
  const storageGiB = Number(form[options.storageField ?? 'storageGiB'] ?? 0);
  const [estimate, setEstimate] = useState<Estimate>();
  const [error, setError] = useState<string>();
  const { onChange } = props;
  useEffect(() => {
    if (!size) return;
    api
      .estimate({ size, replicas, storageGiB })
      .then(e => {
        setEstimate(e);
        setError(undefined);
        onChange(e.monthly);
      })
      .catch(e => setError(e.message));
  }, [api, size, replicas, storageGiB, onChange]);
  return (
    <Box role="status" aria-label="Estimated monthly cost" my={1}>
      <Typography variant="subtitle2">{props.schema?.title ?? 'Estimated monthly cost'}</Typography>
      {!size && <Typography variant="body2">Choose a size to see the estimate.</Typography>}
      {error && <Typography color="error">{error}</Typography>}
      {estimate && size && (
        <Typography variant="body2">
          {money(estimate.monthly, estimate.currency)} a month (
          {nonZero(estimate.amounts)
            .map(c => `${c} ${money(estimate.amounts[c], estimate.currency)}`)
            .join(', ')}
          )
        </Typography>
      )}
    </Box>
  );
}

export const costEstimateField = createFormField({
  name: 'CostEstimate',
  component: CostEstimate,
});
