import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPublishLocalAction, createRegisterLocalAction } from './actions';

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
    const catalog = {
      addLocation: jest.fn(async () => ({ location: {}, entities: [{ kind: 'Component', metadata: { name: 'user-profile', namespace: 'default' } }] })),
    };
    const action = createRegisterLocalAction({ catalog: catalog as any, directory: repos });
    const target = path.join(repos, 'user-profile', 'catalog-info.yaml');
    const ctx = createMockActionContext({ input: { catalogInfoPath: target } });
    await action.handler(ctx);
    const output = ctx.output;
    expect(catalog.addLocation).toHaveBeenCalledWith({ type: 'file', target }, { credentials: expect.anything() });
    expect(output).toHaveBeenCalledWith('entityRef', 'component:default/user-profile');
    await expect(action.handler(createMockActionContext({ input: { catalogInfoPath: '/etc/passwd' } }))).rejects.toThrow('is outside');
  });
});
