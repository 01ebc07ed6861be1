import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { fireEvent, screen, within } from '@testing-library/react';
import { datadogApiRef } from '../api';
import { DatadogContent } from './DatadogContent';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    namespace: 'default',
    annotations: {
      'datadoghq.com/dashboard-url': 'https://p.datadoghq.com/sb/abc-payments',
      'datadoghq.com/graph-token': 'graph-123',
    },
  },
  spec: {},
};
const monitoring = {
  service: 'payments-api',
  claim: { kind: 'datadog-service', value: 'payments-api', status: 'verified', reason: "the entity is in the portal's configuration" },
  monitors: [{ id: 7, name: 'Payments 5xx above 1%', status: 'Alert', type: 'query alert', url: 'https://app.datadoghq.com/monitors/7' }],
  dashboards: [],
  links: {
    logs: 'https://app.datadoghq.com/logs?query=service%3Apayments-api',
    apm: 'https://app.datadoghq.com/apm/services/payments-api',
    monitors: 'https://app.datadoghq.com/monitors/manage',
  },
};

describe('DatadogContent', () => {
  it('says why a service whose claim is not verified shows no monitors, and how to verify it', async () => {
    const unverified = {
      ...monitoring,
      monitors: [],
      claim: {
        kind: 'datadog-service',
        value: 'payments-api',
        status: 'unverified',
        reason: 'nothing vouches for the claim',
        howToVerify: 'Ask a platform admin.',
      },
    };
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <DatadogContent />
      </EntityProvider>,
      { apis: [[datadogApiRef, { getMonitoring: jest.fn(async () => unverified) } as any]] },
    );
    expect(
      await screen.findByText(
        "This entity's claim on the Datadog service payments-api is unverified (nothing vouches for the claim), so its data is not shown here. Ask a platform admin.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Monitors of payments-api' })).not.toBeInTheDocument();
  });

  it("embeds the Roadie annotations' dashboard and graph and lists the monitors with links", async () => {
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <DatadogContent />
      </EntityProvider>,
      { apis: [[datadogApiRef, { getMonitoring: jest.fn(async () => monitoring) } as any]] },
    );
    const table = await screen.findByRole('table', { name: 'Monitors of payments-api' });
    expect(within(table).getByRole('link', { name: /Payments 5xx above 1%/ })).toHaveAttribute('href', 'https://app.datadoghq.com/monitors/7');
    expect(within(table).getByText('Alert')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^APM/ })).toHaveAttribute('href', monitoring.links.apm);
    expect(screen.getByTitle('Datadog dashboard')).toHaveAttribute('src', 'https://p.datadoghq.com/sb/abc-payments');
    expect(screen.getByTitle('Datadog graph')).toHaveAttribute('src', 'https://app.datadoghq.com/graph/embed?token=graph-123&height=300&width=600&legend=true');
  });

  it('shows the error with a retry when Datadog does not answer', async () => {
    const getMonitoring = jest.fn().mockRejectedValueOnce(new Error('Datadog did not answer within 5 s')).mockResolvedValue(monitoring);
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <DatadogContent />
      </EntityProvider>,
      { apis: [[datadogApiRef, { getMonitoring } as any]] },
    );
    expect(await screen.findByText('Datadog did not answer within 5 s')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Monitors of payments-api' })).toBeInTheDocument();
  });
});
