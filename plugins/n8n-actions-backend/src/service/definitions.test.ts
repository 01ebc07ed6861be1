import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDefinitions } from './definitions';

const repoActions = path.resolve(__dirname, '../../../../self-service/actions.yaml');

function file(text: string) {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'actions-')), 'actions.yaml');
  fs.writeFileSync(f, text);
  return f;
}

const valid = {
  id: 'restart',
  title: 'Restart',
  parameters: { type: 'object', properties: {} },
  appliesTo: [{ kind: 'Component' }],
  workflow: { webhookPath: 'portal/restart' },
  approval: { type: 'none' },
};

describe('action definitions', () => {
  it("loads the portal's own actions, each with a workflow the examples provide", () => {
    const actions = loadDefinitions([repoActions], []);
    expect(actions.map(a => a.id)).toEqual(['production-access', 'restart-deployment', 'rotate-credential', 'preview-environment']);
    const examples = fs
      .readdirSync(path.resolve(__dirname, '../../n8n'))
      .map(f => JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../n8n', f), 'utf8')).nodes[0].parameters.path);
    const called = actions.flatMap(a => [a.workflow.webhookPath, ...(a.revoke ? [a.revoke.webhookPath] : [])]);
    expect(called.filter(p => !examples.includes(p))).toEqual([]);
  });

  it('runs the end-to-end tests on the same actions, with a short production access', () => {
    const e2e = path.resolve(__dirname, '../../../../packages/app/e2e-tests/fixtures/actions.yaml');
    const [own, short] = [loadDefinitions([repoActions], []), loadDefinitions([e2e], [])];
    expect(short).toEqual(own.map(a => (a.id === 'production-access' ? { ...a, timeToLive: 'PT20S' } : a)));
  });

  it('stops with the file, the action and the field of a bad definition', () => {
    const bad = (override: object) => () => loadDefinitions([], [{ ...valid, ...override }]);
    expect(bad({ workflow: { webhookPath: 'https://evil.example/hook' } })).toThrow(
      "Invalid self-service action 'restart' in n8nActions.actions: workflow.webhookPath: must be a webhook path such as portal/production-access, not a URL",
    );
    expect(bad({ workflow: { webhookPath: 'portal/../admin' } })).toThrow('workflow.webhookPath: must not contain ..');
    expect(bad({ timeToLive: 'PT8H' })).toThrow('revoke: is required with timeToLive');
    expect(bad({ timeToLive: '8 hours', revoke: { webhookPath: 'x' } })).toThrow('timeToLive: must be an ISO 8601 duration such as PT8H');
    expect(bad({ parameters: { type: 'string' } })).toThrow("parameters: the parameters schema must have type 'object'");
    expect(bad({ approval: { type: 'group', group: 'sre' } })).toThrow('approval.group: must be an entity reference such as group:default/sre');
    expect(() => loadDefinitions([file('actions: [{ id: Bad_Id }]')], [])).toThrow(/in .*actions\.yaml: id: must be lower-case/);
    expect(() => loadDefinitions([file('title: not a list')], [])).toThrow("must hold a list of actions, or 'actions:' with one");
    expect(() => loadDefinitions([], [valid, valid])).toThrow("Self-service action 'restart' is defined twice");
  });
});
