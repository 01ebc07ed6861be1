import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { createPublishGithubAction } from '@backstage/plugin-scaffolder-backend-module-github';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { startFakeGitHub } from '@internal/test-fakes';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// Asynchronous, because the stand-in answering git runs in this same process.
const git = async (args: string[], cwd?: string) => (await promisify(execFile)('git', args, { cwd, encoding: 'utf8' })).stdout;

// The golden paths publish with Backstage's own `publish:github` (repository creation through
// the REST API, then a git push over HTTPS) and register what they pushed by its GitHub URL. This
// runs that action against the GitHub stand-in the production lane uses, and reads the result
// back the way the catalog does.
const TOKEN = 'ghs_portal-test-token';
let github: Awaited<ReturnType<typeof startFakeGitHub>>;
let scratch: string;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-github-publish-'));
  github = await startFakeGitHub({ repositories: {}, token: TOKEN, gitRoot: path.join(scratch, 'git') });
});
afterAll(async () => {
  await github.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function configWith(token: string) {
  return new ConfigReader({ integrations: { github: [{ host: 'github.com', apiBaseUrl: github.url, token }] } });
}

/** Runs `publish:github` on a workspace holding `files`, with the integration's `token`. */
async function publish(repo: string, files: Record<string, string>, token = TOKEN) {
  const config = configWith(token);
  const action = createPublishGithubAction({ integrations: ScmIntegrations.fromConfig(config), config });
  const workspacePath = fs.mkdtempSync(path.join(scratch, 'workspace-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspacePath, file)), { recursive: true });
    fs.writeFileSync(path.join(workspacePath, file), text);
  }
  const ctx = createMockActionContext({
    input: { repoUrl: `github.com?owner=acme&repo=${repo}`, description: 'Orders placed by shops', defaultBranch: 'main', repoVisibility: 'internal' },
    workspacePath,
  });
  await action.handler(ctx as any);
  return Object.fromEntries((ctx.output as jest.Mock).mock.calls) as Record<string, string>;
}

const catalogInfo = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: shop-orders\n';

it('creates the repository, pushes the workspace with git and reads it back through the GitHub URL reader', async () => {
  const output = await publish('shop-orders', { 'catalog-info.yaml': catalogInfo, 'src/server.ts': 'export {};\n' });
  expect(output.repoContentsUrl).toBe('https://github.com/acme/shop-orders/blob/main');

  // A developer clones what the portal pushed.
  const clone = path.join(scratch, 'clone');
  const authenticated = new URL(output.remoteUrl);
  authenticated.username = 'x-access-token';
  authenticated.password = TOKEN;
  await git(['clone', '--quiet', authenticated.toString(), clone]);
  expect((await git(['ls-files'], clone)).split('\n')).toEqual(expect.arrayContaining(['catalog-info.yaml', 'src/server.ts']));
  expect((await git(['log', '--format=%H', '-1'], clone)).trim()).toBe(output.commitHash);

  // The catalog reads the registered file and the TechDocs builder the tree, as the portal does.
  const reader = UrlReaders.default({ config: configWith(TOKEN), logger: mockServices.logger.mock() });
  const file = await reader.readUrl(`${output.repoContentsUrl}/catalog-info.yaml`);
  expect((await file.buffer()).toString('utf8')).toBe(catalogInfo);
  const tree = await reader.readTree(output.repoContentsUrl.replace('/blob/', '/tree/'));
  expect((await tree.files()).map(f => f.path).sort()).toEqual(['catalog-info.yaml', 'src/server.ts']);
  expect(tree.etag).toBe(output.commitHash);
});

it('refuses a repository name that is taken, with GitHub’s reason', async () => {
  await publish('payments-ledger', { 'catalog-info.yaml': catalogInfo });
  await expect(publish('payments-ledger', { 'catalog-info.yaml': catalogInfo })).rejects.toThrow(
    /Failed to create the Organization repository acme\/payments-ledger.*name already exists on this account/,
  );
});

it('creates nothing and pushes nothing with a wrong token', async () => {
  await expect(publish('unauthorised-service', { 'catalog-info.yaml': catalogInfo }, 'ghs_wrong')).rejects.toThrow(/Bad credentials/);
  const unauthenticated = await fetch(`${github.url}/acme/shop-orders.git/info/refs?service=git-receive-pack`);
  expect(unauthenticated.status).toBe(401);
});
