import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPublishLocalAction, createPublishLocalPullRequestAction, createRegisterLocalAction } from './actions';

const author = { name: 'Acme Developer Portal', email: 'portal@acme.example' };

function workspaceWith(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workspace-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('publish:local', () => {
  const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'repos-'));

  it('makes a git repository with one commit of the scaffolded files', async () => {
    const workspacePath = workspaceWith({ 'catalog-info.yaml': 'kind: Component\n', 'src/index.ts': 'export {};\n' });
    const action = createPublishLocalAction({ directory: repos, author });
    const ctx = createMockActionContext({ input: { repoName: 'user-profile' }, workspacePath });
    await action.handler(ctx);
    const output = ctx.output;
    const repo = path.join(repos, 'user-profile');
    expect(output).toHaveBeenCalledWith('remoteUrl', `file://${repo}`);
    expect(output).toHaveBeenCalledWith('catalogInfoPath', path.join(repo, 'catalog-info.yaml'));
    expect(execFileSync('git', ['log', '--format=%an <%ae> %s', 'main'], { cwd: repo, encoding: 'utf8' }).trim()).toBe(
      'Acme Developer Portal <portal@acme.example> Initial commit from the portal',
    );
    expect(execFileSync('git', ['ls-files'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean)).toEqual(['catalog-info.yaml', 'src/index.ts']);

    // The same name again is refused, and nothing is overwritten.
    await expect(action.handler(createMockActionContext({ input: { repoName: 'user-profile' }, workspacePath }))).rejects.toThrow(
      'A repository named user-profile already exists',
    );
  });

  it('refuses names and paths that would leave the folder', async () => {
    const action = createPublishLocalAction({ directory: repos, author });
    const workspacePath = workspaceWith({ 'a.txt': 'a' });
    await expect(action.handler(createMockActionContext({ input: { repoName: '../escape' }, workspacePath }))).rejects.toThrow();
    await expect(action.handler(createMockActionContext({ input: { repoName: 'ok-name', sourcePath: '../../etc' }, workspacePath }))).rejects.toThrow(
      'is outside',
    );
    expect(fs.existsSync(path.join(repos, '..', 'escape'))).toBe(false);
  });

  it('needs its folder configured', async () => {
    await expect(
      createPublishLocalAction({ author }).handler(createMockActionContext({ input: { repoName: 'x' }, workspacePath: workspaceWith({}) })),
    ).rejects.toThrow('scaffolder.localPublish.directory');
  });
});

describe('catalog:register:local', () => {
  it('registers the file location with the initiator, and nothing outside the folder', async () => {
    const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'repos-'));
    const component = { kind: 'Component', metadata: { name: 'user-profile', namespace: 'default' } };
    let processed = 0;
    const catalog = {
      addLocation: jest.fn(async (location: { dryRun?: boolean }) => ({
        location: {},
        entities: location.dryRun ? [{ kind: 'Location', metadata: { name: 'generated-1' } }, component] : [],
      })),
      // The catalog has processed the new component on the third look.
      getEntityByRef: jest.fn(async () => (++processed >= 3 ? component : undefined)),
    };
    const action = createRegisterLocalAction({ catalog: catalog as any, directory: repos });
    const target = path.join(repos, 'user-profile', 'catalog-info.yaml');
    const ctx = createMockActionContext({ input: { catalogInfoPath: target } });
    await action.handler(ctx);
    const output = ctx.output;
    expect(catalog.addLocation).toHaveBeenCalledWith({ type: 'file', target, dryRun: false }, { credentials: expect.anything() });
    expect(catalog.addLocation).toHaveBeenCalledWith({ type: 'file', target, dryRun: true }, { credentials: expect.anything() });
    expect(output).toHaveBeenCalledWith('entityRef', 'component:default/user-profile');
    expect(catalog.getEntityByRef).toHaveBeenCalledTimes(3);
    await expect(action.handler(createMockActionContext({ input: { catalogInfoPath: '/etc/passwd' } }))).rejects.toThrow('is outside');
  });
});

describe('publish:local:pull-request', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

  it('proposes the files on a new branch and leaves the default branch alone', async () => {
    const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'repos-'));
    const action = createPublishLocalPullRequestAction({ directory: repos, author });
    const input = {
      repoName: 'infrastructure',
      branchName: 'portal/s3-bucket-reports',
      title: 'Add S3 bucket reports',
      description: 'Requested in the portal',
    };
    const ctx = createMockActionContext({ input, workspacePath: workspaceWith({ 'stacks/reports.yaml': 'vars: {}\n' }) });
    await action.handler(ctx);
    const repo = path.join(repos, 'infrastructure');
    expect(ctx.output).toHaveBeenCalledWith('branchName', 'portal/s3-bucket-reports');
    expect(ctx.output).toHaveBeenCalledWith('targetBranchName', 'main');
    expect(git(repo, 'ls-tree', '-r', '--name-only', 'main')).toBe('');
    expect(git(repo, 'ls-tree', '-r', '--name-only', 'portal/s3-bucket-reports')).toBe('stacks/reports.yaml');
    expect(git(repo, 'log', '--format=%B', '-1', 'portal/s3-bucket-reports')).toBe('Add S3 bucket reports\n\nRequested in the portal');
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);

    // A second proposal branches from main, not from the first proposal.
    await action.handler(
      createMockActionContext({
        input: { ...input, branchName: 'portal/other', title: 'Other' },
        workspacePath: workspaceWith({ 'stacks/other.yaml': 'x: 1\n' }),
      }),
    );
    expect(git(repo, 'ls-tree', '-r', '--name-only', 'portal/other')).toBe('stacks/other.yaml');

    // The same branch again is refused, and the existing branch keeps its commit.
    const before = git(repo, 'rev-parse', 'portal/s3-bucket-reports');
    await expect(action.handler(createMockActionContext({ input, workspacePath: workspaceWith({ 'evil.txt': 'x' }) }))).rejects.toThrow(
      'Branch portal/s3-bucket-reports already exists in infrastructure',
    );
    expect(git(repo, 'rev-parse', 'portal/s3-bucket-reports')).toBe(before);
  });

  it('refuses branch names and target paths that could escape', async () => {
    const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'repos-'));
    const action = createPublishLocalPullRequestAction({ directory: repos, author });
    const base = { repoName: 'infrastructure', title: 'x' };
    const workspacePath = workspaceWith({ 'a.txt': 'a' });
    await expect(action.handler(createMockActionContext({ input: { ...base, branchName: 'a/../../b' }, workspacePath }))).rejects.toThrow();
    await expect(action.handler(createMockActionContext({ input: { ...base, branchName: 'ok', targetPath: '../../outside' }, workspacePath }))).rejects.toThrow(
      'is outside',
    );
    expect(fs.existsSync(path.join(os.tmpdir(), 'outside'))).toBe(false);
  });

  it('refuses branch names git would read as options, before git runs', async () => {
    const repos = fs.mkdtempSync(path.join(os.tmpdir(), 'repos-'));
    const action = createPublishLocalPullRequestAction({ directory: repos, author });
    const base = { repoName: 'infrastructure', title: 'x' };
    const workspacePath = workspaceWith({ 'a.txt': 'a' });
    for (const input of [{ branchName: '--detach' }, { branchName: '-f' }, { branchName: 'ok', targetBranchName: '--orphan=x' }]) {
      await expect(action.handler(createMockActionContext({ input: { ...base, ...input }, workspacePath }))).rejects.toThrow('must be a plain branch name');
    }
    expect(fs.existsSync(path.join(repos, 'infrastructure'))).toBe(false);
  });
});
