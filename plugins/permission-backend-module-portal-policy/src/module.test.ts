import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { BackstageCredentials, BackstageUserPrincipal } from '@backstage/backend-plugin-api';
import request from 'supertest';
import path from 'node:path';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import policyModule from './index';

// Who is in which group, as the catalog would resolve it at sign-in.
const directory: Record<string, string[]> = {
  'user:default/carol': ['group:default/payments-team'],
  'user:default/ivan': ['group:default/payments-team', 'group:default/contractors'],
  'user:default/alice': ['group:default/platform-admins'],
};

async function startPortalBackend() {
  const userInfo = mockServices.userInfo.mock({
    async getUserInfo(credentials: BackstageCredentials) {
      const ref = (credentials.principal as BackstageUserPrincipal).userEntityRef;
      return { userEntityRef: ref, ownershipEntityRefs: [ref, ...(directory[ref] ?? [])] };
    },
  });
  return startTestBackend({
    features: [
      catalogPlugin,
      permissionPlugin,
      policyModule,
      userInfo.factory,
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          portal: {
            permissions: {
              adminGroups: ['group:default/platform-admins'],
              contractorGroups: ['group:default/contractors'],
            },
          },
          catalog: {
            rules: [{ allow: ['Component'] }],
            locations: [{ type: 'file', target: path.resolve(__dirname, '__fixtures__/entities.yaml') }],
          },
        },
      }),
    ],
  });
}

const as = (user: string) => mockCredentials.user.header(`user:default/${user}`);

describe('the portal policy in a running backend', () => {
  let server: Awaited<ReturnType<typeof startPortalBackend>>['server'];
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const backend = await startPortalBackend();
    server = backend.server;
    stop = () => backend.stop();
    // Wait until the catalog has processed the fixture file.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const res = await request(server).get('/api/catalog/entities/by-query?filter=kind=component').set('Authorization', mockCredentials.service.header());
      if (res.body.items?.length === 2) break;
      if (Date.now() > deadline) {
        throw new Error(`catalog never processed the fixtures: ${res.status} ${res.text}`);
      }
      await new Promise(r => setTimeout(r, 250));
    }
  }, 60_000);

  afterAll(async () => stop?.());

  const authorize = (user: string, permission: object, resourceRef?: string) =>
    request(server)
      .post('/api/permission/authorize')
      .set('Authorization', as(user))
      .send({ items: [{ id: '1', permission, resourceRef }] });

  const taskCreate = {
    type: 'basic',
    name: 'scaffolder.task.create',
    attributes: { action: 'create' },
  };

  it('denies contractors running templates and allows members', async () => {
    expect((await authorize('ivan', taskCreate)).body.items[0].result).toBe('DENY');
    expect((await authorize('carol', taskCreate)).body.items[0].result).toBe('ALLOW');
  });

  it('denies unlisted writes to members and allows them to admins', async () => {
    const locationDelete = {
      type: 'basic',
      name: 'catalog.location.delete',
      attributes: { action: 'delete' },
    };
    expect((await authorize('carol', locationDelete)).body.items[0].result).toBe('DENY');
    expect((await authorize('alice', locationDelete)).body.items[0].result).toBe('ALLOW');
  });
});
