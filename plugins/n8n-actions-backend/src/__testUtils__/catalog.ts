import { Entity } from '@backstage/catalog-model';

const user = (name: string, groups: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name },
  spec: { memberOf: groups },
  relations: groups.map(g => ({ type: 'memberOf', targetRef: `group:default/${g}` })),
});

const group = (name: string): Entity => ({ apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: { name }, spec: { type: 'team', children: [] } });

/** The catalog location the test organisation is read from, as the portal's configuration names it. */
export const CONFIGURED_LOCATION = '/org/catalog-info.yaml';
const configured = { 'backstage.io/managed-by-origin-location': `file:${CONFIGURED_LOCATION}` };

/** Carol and Dan are in the payments team, which owns payments-api; Erin is an SRE. */
export const entities: Entity[] = [
  group('payments-team'),
  group('sre'),
  group('lonely-team'),
  user('carol', ['payments-team']),
  user('dan', ['payments-team']),
  user('erin', ['sre']),
  user('frank', ['lonely-team']),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', tags: ['java'], annotations: configured },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'lonely-api', annotations: configured },
    spec: { type: 'service', lifecycle: 'production', owner: 'lonely-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/lonely-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'docs-site', annotations: configured },
    spec: { type: 'documentation', owner: 'sre' },
  },
  // Registered from a repository outside the organisation, owned by the payments team.
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments-shadow',
      annotations: { 'backstage.io/managed-by-location': 'url:https://github.com/someone/shadow/blob/main/catalog-info.yaml' },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
];

export const directory = {
  'user:default/carol': ['group:default/payments-team'],
  'user:default/dan': ['group:default/payments-team'],
  'user:default/erin': ['group:default/sre'],
  'user:default/frank': ['group:default/lonely-team'],
  'user:default/cora': ['group:default/contractors', 'group:default/payments-team'],
};

export const ACTIONS = [
  {
    id: 'production-access',
    title: 'Request production access',
    parameters: {
      type: 'object',
      required: ['reason'],
      additionalProperties: false,
      properties: { reason: { type: 'string', minLength: 10 }, role: { type: 'string', enum: ['read-only', 'admin'], default: 'read-only' } },
    },
    appliesTo: [{ kind: 'Component', type: 'service' }],
    workflow: { webhookPath: 'portal/production-access', workflowId: 'wf-access' },
    approval: { type: 'owners', count: 1 },
    timeToLive: 'PT1H',
    revoke: { webhookPath: 'portal/production-access-revoke' },
  },
  {
    id: 'restart-deployment',
    title: 'Restart the deployment',
    parameters: { type: 'object', properties: { environment: { type: 'string', enum: ['staging', 'prod'] } }, required: ['environment'] },
    appliesTo: [{ kind: 'Component', type: 'service' }],
    workflow: { webhookPath: 'portal/restart', workflowId: 'wf-restart' },
    runners: { groups: ['group:default/payments-team'] },
    approval: { type: 'none' },
  },
  {
    id: 'sre-break-glass',
    title: 'Break-glass access',
    parameters: { type: 'object', properties: {} },
    appliesTo: [{ kind: 'Component', tags: ['java'] }],
    workflow: { webhookPath: 'portal/break-glass' },
    runners: { groups: ['group:default/sre'] },
    approval: { type: 'group', group: 'group:default/sre', count: 1 },
  },
];
