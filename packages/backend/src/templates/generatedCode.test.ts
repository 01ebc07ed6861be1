import { parse as parseHcl } from '@cdktf/hcl2json';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import YAML from 'yaml';
import { filesOf, serviceValues, startScaffolder, writeFiles } from './__testUtils__/scaffolder';

const run = promisify(execFile);

// Installing the generated Node.js service's dependencies from the registry takes a while.
jest.setTimeout(420_000);

/** A template's output, written to a fresh folder as the new repository would hold it. */
async function generate(scaffolder: Awaited<ReturnType<typeof startScaffolder>>, template: string, values: object) {
  const res = await scaffolder.dryRun(template, values);
  expect(res.status).toBe(200);
  const files = filesOf(res.body);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${path.basename(template, '.yaml')}-`));
  writeFiles(dir, files);
  return { dir, files };
}

async function freePort() {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

describe('the code the golden paths generate', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  beforeAll(async () => {
    scaffolder = await startScaffolder();
  });
  afterAll(() => scaffolder.stop());

  describe('Node.js / TypeScript API', () => {
    let server: ChildProcess | undefined;
    afterAll(() => server?.kill());

    it('installs, builds, passes its own tests, starts and answers health, metrics and request ids', async () => {
      const { dir } = await generate(scaffolder, 'services/nodejs-api.yaml', serviceValues);
      // Each step is bounded, so a registry that does not answer fails the step by name.
      const npm = (...args: string[]) =>
        run('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
          cwd: dir,
          env: { ...process.env, CI: 'true' },
          timeout: 240_000,
        });
      await npm('install');
      await npm('run', 'lint');
      await npm('run', 'build');
      await npm('test');

      // The port comes from .env, read through the service's configuration provider.
      const port = await freePort();
      fs.writeFileSync(path.join(dir, '.env'), `PORT=${port}\n`);
      const { PORT: _ignored, ...env } = process.env;
      server = spawn(process.execPath, ['dist/src/server.js'], { cwd: dir, env });
      const lines: string[] = [];
      server.stdout!.on('data', chunk => lines.push(...String(chunk).split('\n').filter(Boolean)));
      await new Promise<void>((resolve, reject) => {
        server!.once('exit', code => reject(new Error(`the service exited with ${code}`)));
        server!.stdout!.on('data', chunk => String(chunk).includes('"listening"') && resolve());
      });
      const url = `http://127.0.0.1:${port}`;

      const live = await fetch(`${url}/health/live`, { headers: { 'X-Request-ID': 'req-42' } });
      expect([live.status, live.headers.get('x-request-id'), await live.json()]).toEqual([200, 'req-42', { status: 'ok' }]);
      const ready = await fetch(`${url}/health/ready`);
      expect([ready.status, (await ready.json()).status]).toEqual([200, 'ok']);
      expect(ready.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toContain('http_requests_total{method="GET",route="/health/live",status="200"} 1');
      expect(metrics).toContain('http_request_duration_seconds_bucket');

      // One JSON object per log line, carrying the correlation id.
      const entries = lines.map(line => JSON.parse(line));
      expect(entries).toContainEqual(expect.objectContaining({ level: 'info', message: 'request', requestId: 'req-42', path: '/health/live', status: 200 }));
    });
  });

  it('generates Python that compiles', async () => {
    const { dir, files } = await generate(scaffolder, 'services/fastapi.yaml', serviceValues);
    const sources = [...files.keys()].filter(f => f.endsWith('.py'));
    expect(sources).toEqual(expect.arrayContaining(['app/main.py', 'app/config.py', 'tests/test_app.py']));
    await run('python3', ['-m', 'py_compile', ...sources], { cwd: dir });
  });

  it('generates Java that compiles: the plain classes fully, the Spring-wired ones to the syntax', async () => {
    const { dir, files } = await generate(scaffolder, 'services/spring-boot.yaml', serviceValues);
    const sources = [...files.keys()].filter(f => f.endsWith('.java'));
    const springFree = sources.filter(f => !/import (org\.springframework|jakarta|org\.slf4j|org\.junit)/.test(files.get(f)!));
    expect(springFree.map(f => path.basename(f)).sort()).toEqual(['ConfigProvider.java', 'EnvConfigProvider.java', 'RequestIds.java']);
    // Spring Boot's jars come from Maven Central, which the generated repository's CI reaches.
    await run('javac', ['-d', path.join(dir, 'out'), ...springFree], { cwd: dir });
    expect(fs.existsSync(path.join(dir, 'out/com/acme/userprofile/EnvConfigProvider.class'))).toBe(true);
    await run('javac', ['-XDshould-stop.ifNoError=PARSE', '-XDshould-stop.ifError=PARSE', '-d', path.join(dir, 'parsed'), ...sources], { cwd: dir });

    const application = YAML.parse(files.get('src/main/resources/application.yaml')!);
    expect(application.management.endpoints.web).toMatchObject({ 'base-path': '/', 'path-mapping': { prometheus: 'metrics' } });
    expect(Object.keys(application.management.endpoint.health.group)).toEqual(['live', 'ready']);
  });

  it('catches a Java syntax error, so the check above means something', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'java-'));
    fs.writeFileSync(path.join(dir, 'Broken.java'), 'class Broken { void f( { } }');
    await expect(run('javac', ['-XDshould-stop.ifNoError=PARSE', '-XDshould-stop.ifError=PARSE', '-d', dir, 'Broken.java'], { cwd: dir })).rejects.toThrow(
      /illegal start of type/,
    );
  });

  it('generates Terraform that parses, with every stack variable declared and every required one given', async () => {
    const { files } = await generate(scaffolder, 'infrastructure/s3-bucket.yaml', {
      name: 'invoice-exports',
      owner: 'group:default/payments-team',
      system: 'system:default/payment-gateway',
      stage: 'dev',
      region: 'eu-central-1',
      publishTo: 'local',
    });
    const component = 'components/terraform/s3-bucket/';
    const parsed: Record<string, any> = {};
    for (const file of [...files.keys()].filter(f => f.endsWith('.tf'))) {
      parsed[file] = await parseHcl(file, files.get(file)!);
    }
    const declared = parsed[`${component}variables.tf`].variable as Record<string, Array<{ default?: unknown }>>;
    expect(Object.keys(parsed[`${component}main.tf`].resource)).toEqual(
      expect.arrayContaining([
        'aws_s3_bucket',
        'aws_s3_bucket_public_access_block',
        'aws_s3_bucket_server_side_encryption_configuration',
        'aws_s3_bucket_policy',
      ]),
    );

    const stack = YAML.parse(files.get('stacks/orgs/acme/dev/eu-central-1/invoice-exports.yaml')!);
    const defaults = YAML.parse(files.get('stacks/catalog/s3-bucket/defaults.yaml')!).components.terraform['s3-bucket/defaults'].vars;
    const given = { ...stack.vars, ...defaults, ...stack.components.terraform['s3-bucket/invoice-exports'].vars };
    expect(Object.keys(given).filter(name => !(name in declared))).toEqual([]);
    const required = Object.entries(declared)
      .filter(([, [body]]) => !('default' in body))
      .map(([name]) => name);
    expect(required.filter(name => !(name in given))).toEqual([]);
    expect(given).toMatchObject({
      namespace: 'acme',
      stage: 'dev',
      environment: 'eu-central-1',
      region: 'eu-central-1',
      versioning_enabled: true,
      noncurrent_version_expiration_days: 90,
      reader_role_arns: [],
    });
  });
});
