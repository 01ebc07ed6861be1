import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogScaffolderModule from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import catalogLocalPublishModule from '@internal/plugin-catalog-backend-module-local-publish';
import localPublishModule from '@internal/plugin-scaffolder-backend-module-local-publish';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PortalClient } from './client';
import { main } from './main';

jest.setTimeout(120_000);

const templates = path.resolve(__dirname, '../../../templates/all.yaml');
const owner = 'group:default/payments-team';
const system = 'system:default/payment-gateway';

describe('idp, against the real catalog and scaffolder', () => {
  const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'idp-repos-'));
  let baseUrl: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogScaffolderModule,
        catalogLocalPublishModule,
        scaffolderPlugin,
        localPublishModule,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              processingInterval: { seconds: 1 },
              rules: [{ allow: ['Component', 'System', 'Group', 'Location', 'Template'] }],
              locations: [{ type: 'file', target: templates }],
            },
            scaffolder: { localPublish: { directory: repos } },
          },
        }),
      ],
    });
    baseUrl = `http://127.0.0.1:${backend.server.port()}`;
    stop = () => backend.stop();
    // The templates are in the catalog once the first processing round has run.
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`${baseUrl}/api/catalog/entities/by-name/template/default/fastapi`, {
        headers: { Authorization: mockCredentials.user.header() },
      });
      if (res.ok) return;
      await new Promise(resolve => setTimeout(resolve, 200));
    }
    throw new Error('the templates never reached the catalog');
  });
  afterAll(() => stop());

  async function idp(...argv: string[]) {
    const lines: string[] = [];
    const code = await main(argv, { IDP_URL: baseUrl, IDP_TOKEN: mockCredentials.user.token() }, line => lines.push(line));
    return { code, output: lines.join('\n') };
  }

  it('lists the templates', async () => {
    const { code, output } = await idp('templates');
    expect(code).toBe(0);
    expect(output).toMatch(/^fastapi +service +Python FastAPI service$/m);
    expect(output).toMatch(/^s3-bucket +resource +S3 bucket with policies \(Terraform\)$/m);
  });

  it('creates a service: a local repository with the generated code, registered in the catalog at once', async () => {
    const { code, output } = await idp(
      'create',
      'service',
      'user-profile',
      '--template',
      'fastapi',
      '--owner',
      owner,
      '--system',
      system,
      '--publish',
      'local',
      '--set',
      'replicas=3',
    );
    expect(code).toBe(0);
    expect(output).toContain('Started Python FastAPI service for user-profile');
    expect(output).toMatch(/publish-local: completed/);
    expect(output).toContain('Open in the catalog: component:default/user-profile');

    const repo = path.join(repos, 'user-profile');
    expect(execFileSync('git', ['ls-files'], { cwd: repo, encoding: 'utf8' })).toContain('app/main.py');
    // The form's defaults were applied (size), and --set reached the template (replicas).
    expect(fs.readFileSync(path.join(repo, 'chart/values.yaml'), 'utf8')).toMatch(/replicaCount: 3[\s\S]*cpu: 500m/);
    const entity = await fetch(`${baseUrl}/api/catalog/entities/by-name/component/default/user-profile`, {
      headers: { Authorization: mockCredentials.user.header() },
    });
    expect(entity.status).toBe(200);
    expect((await entity.json()).spec).toMatchObject({ type: 'service', owner, system });
  });

  it('refuses bad values with the template’s own message, and creates nothing', async () => {
    await expect(idp('create', 'service', 'Bad_Name', '--template', 'fastapi', '--owner', owner, '--system', system, '--publish', 'local')).rejects.toThrow(
      /The template refused the values:\n {2}name does not match pattern/,
    );
    await expect(idp('create', 'service', 'orders', '--template', 'fastapi', '--publish', 'local')).rejects.toThrow(
      'The template refused the values:\n  requires property "owner"\n  requires property "system"',
    );
    expect(fs.readdirSync(repos)).toEqual(['user-profile']);
  });

  it('says which templates exist, and refuses a template of another kind', async () => {
    await expect(idp('create', 'service', 'x', '--template', 'flask')).rejects.toThrow(/There is no template named flask. Templates for a service: .*fastapi/);
    await expect(idp('create', 'service', 'x', '--template', 's3-bucket')).rejects.toThrow('Template s3-bucket creates a resource, not a service');
  });

  it('names the problem when the portal refuses the token or does not answer', async () => {
    await expect(main(['templates'], { IDP_URL: baseUrl, IDP_TOKEN: 'not-a-token' }, () => {})).rejects.toThrow('The portal refused the credentials');
    // A portal that accepts the connection and never answers.
    const silent = http.createServer(() => {});
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    await expect(new PortalClient({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 300 }).templates()).rejects.toThrow(
      `Could not reach the portal at http://127.0.0.1:${port}: no answer within 0.3 s`,
    );
    silent.closeAllConnections();
    await new Promise(resolve => silent.close(resolve));
    // Nothing listens there any more.
    await expect(main(['templates'], { IDP_URL: `http://127.0.0.1:${port}` }, () => {})).rejects.toThrow(
      `Could not reach the portal at http://127.0.0.1:${port}: ECONNREFUSED`,
    );
  });
});
