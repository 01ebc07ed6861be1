import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import YAML from 'yaml';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import localPublishModule from '@internal/plugin-scaffolder-backend-module-local-publish';

jest.setTimeout(120_000);

const servicesDir = path.resolve(__dirname, '../../../templates/services');

/** Every file under a folder, as the dry-run API takes them (paths relative to the template). */
function directoryContents(dir: string, prefix = ''): Array<{ path: string; base64Content: string }> {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const rel = path.posix.join(prefix, entry.name);
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? directoryContents(full, rel) : [{ path: rel, base64Content: fs.readFileSync(full).toString('base64') }];
  });
}

const values = {
  name: 'user-profile',
  description: 'Profiles of our users',
  owner: 'group:default/payments-team',
  system: 'system:default/payment-gateway',
  publishTo: 'local',
};

describe('golden-path templates through the real scaffolder (dry run)', () => {
  let server: any;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        scaffolderPlugin,
        localPublishModule,
        mockServices.rootConfig.factory({ data: { scaffolder: { localPublish: { directory: '/tmp/portal-dry-run-repos' } } } }),
        catalogServiceMock.factory({ entities: [] }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });
  afterAll(() => stop());

  const dryRun = (templateFile: string, input: object) =>
    request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', mockCredentials.user.header())
      .send({
        template: YAML.parse(fs.readFileSync(path.join(servicesDir, templateFile), 'utf8')),
        values: input,
        directoryContents: directoryContents(servicesDir),
      });

  it('creates a Node.js API with every standard file and the annotations the portal reads', async () => {
    const res = await dryRun('nodejs-api.yaml', values);
    expect(res.status).toBe(200);
    const files = new Map<string, string>(
      res.body.directoryContents.map((f: { path: string; base64Content: string }) => [f.path, Buffer.from(f.base64Content, 'base64').toString('utf8')]),
    );
    for (const file of [
      'catalog-info.yaml',
      'mkdocs.yml',
      'docs/index.md',
      '.github/workflows/ci.yml',
      'chart/Chart.yaml',
      'chart/templates/deployment.yaml',
      'docker-compose.yml',
      'Dockerfile',
      '.env.example',
      'package.json',
      'src/app.ts',
      'src/config.ts',
      'src/server.ts',
      'test/app.test.ts',
    ]) {
      expect(files.has(file)).toBe(true);
    }
    const entity = YAML.parse(files.get('catalog-info.yaml')!);
    expect(entity).toMatchObject({
      metadata: {
        name: 'user-profile',
        annotations: {
          'backstage.io/techdocs-ref': 'dir:.',
          'github.com/project-slug': 'acme/user-profile',
          'argocd/app-selector': 'app.kubernetes.io/part-of=user-profile',
          'datadoghq.com/service-name': 'user-profile',
          'cost/tag': 'user-profile',
        },
      },
      spec: { type: 'service', owner: 'group:default/payments-team', system: 'system:default/payment-gateway' },
    });
    // The shared pipeline is called, not copied, and its expressions are left for GitHub.
    expect(files.get('.github/workflows/ci.yml')).toContain('uses: acme/developer-portal/.github/workflows/service-pipeline.yml@main');
    expect(files.get('.github/workflows/ci.yml')).toContain('${{ github.event.repository.name }}');
    expect(files.get('Dockerfile')).toMatch(/^USER node$/m);
    expect(files.get('src/server.ts')).toContain("config.get('PORT') ?? 8080");
    expect(res.body.steps.map((s: { id: string }) => s.id)).toEqual(['shared', 'code', 'publish-github', 'register-github', 'publish-local', 'register-local']);
  });

  it('refuses a bad name before anything is created, and renders template expressions in values as text', async () => {
    const bad = await dryRun('nodejs-api.yaml', { ...values, name: '../Escape' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('does not match pattern');
    const injected = '${{ ({}).constructor.constructor("return process")() }}';
    const res = await dryRun('nodejs-api.yaml', { ...values, description: injected });
    expect(res.status).toBe(200);
    const catalogInfo = res.body.directoryContents.find((f: { path: string }) => f.path === 'catalog-info.yaml');
    const text = Buffer.from(catalogInfo.base64Content, 'base64').toString('utf8');
    expect(YAML.parse(text).metadata.description).toBe(injected);
  });
});
