import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor } from '@testing-library/react';
import { costApiRef } from '../api';
import { CostEstimate } from './CostEstimateField';

describe('CostEstimate template field', () => {
  it("estimates from the form's size and replicas and stores the monthly amount", async () => {
    const api = {
      estimate: jest.fn(async () => ({ currency: 'USD', monthly: 31, amounts: { compute: 24, memory: 6, storage: 1, network: 0, other: 0 } })),
    };
    const onChange = jest.fn();
    await renderInTestApp(
      <CostEstimate
        {...({
          onChange,
          schema: { title: 'Estimated monthly cost' },
          uiSchema: { 'ui:options': { replicasField: 'instances' } },
          formContext: { formData: { size: 'small', instances: 2, storageGiB: 10 } },
        } as any)}
      />,
      { apis: [[costApiRef, api as any]] },
    );
    expect(await screen.findByText('$31.00 a month (compute $24.00, memory $6.00, storage $1.00)')).toBeInTheDocument();
    expect(api.estimate).toHaveBeenCalledWith({ size: 'small', replicas: 2, storageGiB: 10 });
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(31));
  });

  it('asks for a size first', async () => {
    const api = { estimate: jest.fn() };
    await renderInTestApp(<CostEstimate {...({ onChange: jest.fn(), schema: {}, uiSchema: {}, formContext: { formData: {} } } as any)} />, {
      apis: [[costApiRef, api as any]],
    });
    expect(screen.getByText('Choose a size to see the estimate.')).toBeInTheDocument();
    expect(api.estimate).not.toHaveBeenCalled();
  });
});
