import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { catalogModuleLocalPublish } from './module';

const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'repos-'));
const target = path.join(repos, 'user-profile', 'catalog-info.yaml');
fs.mkdirSync(path.dirname(target));
fs.writeFileSync(
  target,
  'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: user-profile\nspec:\n  type: service\n  lifecycle: experimental\n  owner: group:default/payments-team\n',
);

async function registerFile(config: object) {
  const backend = await startTestBackend({
    features: [catalogPlugin, catalogModuleLocalPublish, mockServices.rootConfig.factory({ data: config })],
  });
  try {
    return await request(backend.server)
      .post('/api/catalog/locations?dryRun=true')
      .set('Authorization', mockCredentials.user.header())
      .send({ type: 'file', target });
  } finally {
    await backend.stop();
  }
}

describe('catalog file locations for local publishing', () => {
  it('takes a file location where local publishing is configured, and reads its component', async () => {
    const res = await registerFile({ scaffolder: { localPublish: { directory: repos } } });
    expect(res.status).toBe(201);
    const components = res.body.entities.filter((e: { kind: string }) => e.kind === 'Component');
    expect(components.map((e: { metadata: { name: string } }) => e.metadata.name)).toEqual(['user-profile']);
  });

  it('refuses file locations everywhere else, as the catalog does by default', async () => {
    const res = await registerFile({});
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Registered locations must be of an allowed type ["url"]');
  });
});
