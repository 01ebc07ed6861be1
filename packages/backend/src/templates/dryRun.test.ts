import fc from 'fast-check';
import fs from 'node:fs';
import YAML from 'yaml';
import { filesOf, serviceValues, startScaffolder } from './__testUtils__/scaffolder';

jest.setTimeout(120_000);

const SHARED_FILES = [
  'catalog-info.yaml',
  'mkdocs.yml',
  'docs/index.md',
  'docs/operations.md',
  '.github/workflows/ci.yml',
  'chart/Chart.yaml',
  'chart/values.yaml',
  'chart/templates/deployment.yaml',
  'chart/templates/service.yaml',
  'docker-compose.yml',
  '.gitignore',
  '.env.example',
  'Dockerfile',
];

const NODE_RUNTIME = ['src/app.ts', 'src/config.ts', 'src/logger.ts', 'test/app.test.ts', 'tsconfig.json'];
const JAVA = 'src/main/java/com/acme/userprofile';

describe('golden-path templates through the real scaffolder (dry run)', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  beforeAll(async () => {
    scaffolder = await startScaffolder();
  });
  afterAll(() => scaffolder.stop());

  it.each([
    ['services/nodejs-api.yaml', 'service', 8080, [...NODE_RUNTIME, 'package.json', 'src/server.ts']],
    ['services/fastapi.yaml', 'service', 8000, ['pyproject.toml', 'app/main.py', 'app/config.py', 'tests/test_app.py']],
    [
      'services/spring-boot.yaml',
      'service',
      8080,
      [
        'pom.xml',
        `${JAVA}/Application.java`,
        `${JAVA}/ConfigProvider.java`,
        `${JAVA}/RequestIdFilter.java`,
        'src/main/resources/application.yaml',
        'src/test/java/com/acme/userprofile/ApplicationTests.java',
      ],
    ],
    [
      'services/go-service.yaml',
      'service',
      8080,
      ['go.mod', 'cmd/server/main.go', 'internal/config/config.go', 'internal/httpapi/httpapi.go', 'internal/httpapi/httpapi_test.go'],
    ],
    ['services/react-web-app.yaml', 'website', 8080, [...NODE_RUNTIME, 'package.json', 'src/server.ts', 'vite.config.ts', 'web/index.html', 'web/App.tsx']],
  ])('%s creates every standard file and the annotations the portal reads', async (template, type, port, languageFiles) => {
    const res = await scaffolder.dryRun(template, serviceValues);
    expect(res.status).toBe(200);
    const files = filesOf(res.body);
    expect([...SHARED_FILES, ...languageFiles].filter(file => !files.has(file))).toEqual([]);
    // Nothing is left unrendered.
    expect([...files].filter(([, text]) => /\$\{\{ *values\./.test(text)).map(([file]) => file)).toEqual([]);

    const entity = YAML.parse(files.get('catalog-info.yaml')!);
    expect(entity).toMatchObject({
      metadata: {
        name: 'user-profile',
        description: 'Profiles of our users',
        annotations: {
          'backstage.io/techdocs-ref': 'dir:.',
          'github.com/project-slug': 'acme/user-profile',
          'argocd/app-selector': 'app.kubernetes.io/part-of=user-profile',
          'datadoghq.com/service-name': 'user-profile',
          'cost/tag': 'user-profile',
        },
      },
      spec: { type, lifecycle: 'experimental', owner: 'group:default/payments-team', system: 'system:default/payment-gateway' },
    });
    // The shared pipeline is called, not copied, and its expressions are left for GitHub.
    expect(files.get('.github/workflows/ci.yml')).toContain('uses: acme/developer-portal/.github/workflows/service-pipeline.yml@main');
    expect(files.get('.github/workflows/ci.yml')).toContain('${{ github.event.repository.name }}');
    // Multi-stage, and the image runs as someone other than root.
    expect(files.get('Dockerfile')!.match(/^FROM /gm)).toHaveLength(2);
    expect(files.get('Dockerfile')).toMatch(/^USER (?!root\b|0\b)\S+$/m);
    expect(files.get('.env.example')).toBe(`PORT=${port}\n`);
    expect(YAML.parse(files.get('docker-compose.yml')!).services.app.profiles).toEqual(['dev']);
    // The size picked in the form is what the chart asks the cluster for.
    expect(YAML.parse(files.get('chart/values.yaml')!)).toMatchObject({
      replicaCount: 3,
      port,
      resources: { requests: { cpu: '1', memory: '2Gi' } },
    });
    expect(files.get('chart/templates/deployment.yaml')).toContain('path: /health/ready');
    // The React app's files are in its image, and only there.
    expect(/^COPY web \.\/web$/m.test(files.get('Dockerfile')!)).toBe(type === 'website');
    expect(YAML.parse(files.get('mkdocs.yml')!).plugins).toContain('techdocs-core');
  });

  it('builds the S3 bucket as Terraform in the Atmos layout and proposes it as a pull request', async () => {
    const values = {
      name: 'invoice-exports',
      description: 'Monthly invoice exports',
      owner: 'group:default/payments-team',
      system: 'system:default/payment-gateway',
      stage: 'prod',
      region: 'eu-west-1',
      versioning: true,
      retentionDays: 30,
      readers: ['arn:aws:iam::123456789012:role/reporting'],
      writers: [],
      publishTo: 'local',
    };
    const res = await scaffolder.dryRun('infrastructure/s3-bucket.yaml', values);
    expect(res.status).toBe(200);
    const files = filesOf(res.body);
    expect([...files.keys()].sort()).toEqual([
      'catalog/resources/invoice-exports.yaml',
      'components/terraform/s3-bucket/main.tf',
      'components/terraform/s3-bucket/outputs.tf',
      'components/terraform/s3-bucket/providers.tf',
      'components/terraform/s3-bucket/variables.tf',
      'components/terraform/s3-bucket/versions.tf',
      'stacks/catalog/s3-bucket/defaults.yaml',
      'stacks/orgs/acme/prod/eu-west-1/invoice-exports.yaml',
    ]);
    const stack = YAML.parse(files.get('stacks/orgs/acme/prod/eu-west-1/invoice-exports.yaml')!);
    expect(stack.import).toEqual(['catalog/s3-bucket/defaults']);
    expect(stack.components.terraform['s3-bucket/invoice-exports']).toEqual({
      metadata: { component: 's3-bucket', inherits: ['s3-bucket/defaults'] },
      vars: {
        name: 'invoice-exports',
        owner: 'group:default/payments-team',
        system: 'system:default/payment-gateway',
        versioning_enabled: true,
        noncurrent_version_expiration_days: 30,
        reader_role_arns: ['arn:aws:iam::123456789012:role/reporting'],
        writer_role_arns: [],
      },
    });
    expect(YAML.parse(files.get('catalog/resources/invoice-exports.yaml')!)).toMatchObject({
      kind: 'Resource',
      metadata: { name: 'invoice-exports-prod', annotations: { 'cost/tag': 'invoice-exports' } },
      spec: { type: 's3-bucket', owner: 'group:default/payments-team' },
    });
    // Locally the proposal is a branch of the infrastructure repository, never a push to main.
    expect(res.body.steps.map((s: { action: string }) => s.action)).toEqual(['fetch:template', 'publish:github:pull-request', 'publish:local:pull-request']);

    const badRole = await scaffolder.dryRun('infrastructure/s3-bucket.yaml', { ...values, readers: ['*'] });
    expect(badRole.status).toBe(400);
    expect(JSON.stringify(badRole.body.errors)).toContain('does not match pattern');
  });

  it('generates a complete, parseable project for any valid input (property)', async () => {
    const segment = fc.stringMatching(/^[a-z0-9]{1,6}$/);
    const input = fc.record({
      name: fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), fc.array(segment, { maxLength: 3 })).map(([head, rest]) => [head, ...rest].join('-')),
      // Any text at all: quotes, newlines, YAML and template syntax, other scripts.
      description: fc.string({ unit: 'grapheme', maxLength: 80 }),
      size: fc.constantFrom('small', 'medium', 'large'),
      replicas: fc.integer({ min: 1, max: 20 }),
      template: fc.constantFrom('services/nodejs-api.yaml', 'services/fastapi.yaml', 'services/go-service.yaml', 'services/react-web-app.yaml'),
    });
    await fc.assert(
      fc.asyncProperty(input, async ({ template, ...values }) => {
        const res = await scaffolder.dryRun(template, { ...serviceValues, ...values });
        expect(res.status).toBe(200);
        const files = filesOf(res.body);
        expect(SHARED_FILES.filter(file => !files.has(file))).toEqual([]);
        const entity = YAML.parse(files.get('catalog-info.yaml')!);
        expect([entity.metadata.name, entity.metadata.description]).toEqual([values.name, values.description]);
        expect(YAML.parse(files.get('chart/values.yaml')!).replicaCount).toBe(values.replicas);
        expect(YAML.parse(files.get('chart/Chart.yaml')!).description).toBe(values.description);
        const packageJson = files.get('package.json');
        expect(packageJson === undefined ? values.description : JSON.parse(packageJson).description).toBe(values.description);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a bad name before anything is created', async () => {
    const bad = await scaffolder.dryRun('services/nodejs-api.yaml', { ...serviceValues, name: '../Escape' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('does not match pattern');
    const badSize = await scaffolder.dryRun('services/go-service.yaml', { ...serviceValues, replicas: 0 });
    expect(badSize.status).toBe(400);
    expect(JSON.stringify(badSize.body.errors)).toContain('replicas');
  });

  it('renders template expressions inside values as text, never as code', async () => {
    const injected = '${{ ({}).constructor.constructor("return process")() }}';
    const res = await scaffolder.dryRun('services/nodejs-api.yaml', { ...serviceValues, description: injected });
    expect(res.status).toBe(200);
    const files = filesOf(res.body);
    expect(YAML.parse(files.get('catalog-info.yaml')!).metadata.description).toBe(injected);
    expect(JSON.parse(files.get('package.json')!).description).toBe(injected);
  });

  it('keeps files valid whatever the description holds, or when it is left out', async () => {
    const tricky = await scaffolder.dryRun('services/spring-boot.yaml', { ...serviceValues, description: 'Orders <beta> & "returns"' });
    expect(filesOf(tricky.body).get('pom.xml')).toContain('<description>Orders &lt;beta&gt; &amp; &quot;returns&quot;</description>');
    const { description: _omitted, ...withoutDescription } = serviceValues;
    const files = filesOf((await scaffolder.dryRun('services/nodejs-api.yaml', withoutDescription)).body);
    expect(YAML.parse(files.get('catalog-info.yaml')!).metadata.description).toBe('');
    expect(JSON.parse(files.get('package.json')!).description).toBe('');
  });

  it('refuses skeleton file names that would leave the workspace', async () => {
    const template = (fileName: string) => ({
      template: {
        apiVersion: 'scaffolder.backstage.io/v1beta3',
        kind: 'Template',
        metadata: { name: 'escape' },
        spec: {
          type: 'service',
          parameters: [{ properties: { file: { type: 'string' } } }],
          steps: [{ id: 'fetch', action: 'fetch:template', input: { url: './skeleton', values: { file: '${{ parameters.file }}' } } }],
        },
      },
      directory: [{ path: `skeleton/${fileName}`, base64Content: Buffer.from('escaped').toString('base64') }],
    });
    const marker = `/tmp/portal-escape-${process.pid}.txt`;
    // A file name made from a parameter.
    const viaValue = await scaffolder.dryRun(template('${{ values.file }}'), { file: `../../../../../..${marker}` });
    expect([viaValue.status, viaValue.body.error.message]).toEqual([403, 'Relative path is not allowed to refer to a directory outside its parent']);
    // A file name in the skeleton itself.
    const viaSkeleton = await scaffolder.dryRun(template(`../../../../../..${marker}`), {});
    expect([viaSkeleton.status, viaSkeleton.body.error.message]).toEqual([403, 'Relative path is not allowed to refer to a directory outside its parent']);
    expect(fs.existsSync(marker)).toBe(false);
  });
});
