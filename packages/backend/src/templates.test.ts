import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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

  /** The generated files of a dry run, by path. */
  const filesOf = (body: { directoryContents: Array<{ path: string; base64Content: string }> }) =>
    new Map<string, string>(body.directoryContents.map(f => [f.path, Buffer.from(f.base64Content, 'base64').toString('utf8')]));

  const SHARED_FILES = [
    'catalog-info.yaml',
    'mkdocs.yml',
    'docs/index.md',
    '.github/workflows/ci.yml',
    'chart/Chart.yaml',
    'chart/templates/deployment.yaml',
    'docker-compose.yml',
    '.gitignore',
  ];

  it.each([
    ['nodejs-api.yaml', ['Dockerfile', '.env.example', 'package.json', 'src/app.ts', 'src/config.ts', 'src/server.ts', 'test/app.test.ts'], 8080],
    ['fastapi.yaml', ['Dockerfile', '.env.example', 'pyproject.toml', 'app/main.py', 'app/config.py', 'tests/test_app.py'], 8000],
  ])('%s creates every standard file and the annotations the portal reads', async (template, languageFiles, port) => {
    const res = await dryRun(template, values);
    expect(res.status).toBe(200);
    const files = filesOf(res.body);
    for (const file of [...SHARED_FILES, ...languageFiles]) {
      expect([file, files.has(file)]).toEqual([file, true]);
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
    expect(files.get('Dockerfile')).toMatch(/^USER (node|app)$/m);
    expect(files.get('.env.example')).toBe(`PORT=${port}\n`);
    expect(res.body.steps.map((s: { id: string }) => s.id)).toEqual(['shared', 'code', 'publish-github', 'register-github', 'publish-local', 'register-local']);
  });

  it('generates Python that compiles', async () => {
    const files = filesOf((await dryRun('fastapi.yaml', values)).body);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fastapi-'));
    const sources = [...files.keys()].filter(f => f.endsWith('.py'));
    for (const file of sources) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), files.get(file)!);
    }
    expect(sources).toEqual(expect.arrayContaining(['app/main.py', 'app/config.py', 'tests/test_app.py']));
    execFileSync('python3', ['-m', 'py_compile', ...sources], { cwd: dir });
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
