import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import { costApi } from './api';

const hasCosts = (entity: { kind: string }) => ['component', 'system', 'group'].includes(entity.kind.toLocaleLowerCase('en-US'));

const costEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'cost',
    title: 'Cost',
    filter: hasCosts,
    loader: () => import('./components/CostEntityContent').then(m => <m.CostEntityContent />),
  },
});

/** The estimated monthly cost of what a template is about to create, from the price table. */
const costEstimateField = FormFieldBlueprint.make({
  name: 'cost-estimate',
  params: {
    field: () => import('./components/CostEstimateField').then(m => m.costEstimateField),
  },
});

/** Cost visibility: the Cost tab on components, systems and groups, and the template field. */
export const costPlugin = createFrontendPlugin({
  pluginId: 'cost',
  title: 'Cost',
  extensions: [costApi, costEntityContent, costEstimateField],
});
