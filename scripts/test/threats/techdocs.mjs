// Finding 1: a docs site is built from whatever its repository holds, so its mkdocs.yml and
// Markdown are input from anyone who can register an entity.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SECRETS, env } from './environment.mjs';
import { root } from '../lib/processes.mjs';

const entity = name => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
  annotations:
    backstage.io/techdocs-ref: dir:.
spec:
  type: library
  lifecycle: experimental
  owner: group:default/payments-team
`;

/** Builds an entity's docs through the sync endpoint the docs page calls; resolves with its log. */
async function build(name) {
  const res = await env.api(`/api/techdocs/sync/default/component/${name}`, { as: 'otherTeam', headers: { accept: 'text/event-stream' } });
  assert.equal(res.status, 200);
  const stream = await res.text(); // the server ends the stream once the build is over
  assert.match(stream, /event: finish/, `the build did not finish:\n${stream.slice(-2000)}`);
  return stream;
}

async function page(name) {
  const res = await env.api(`/api/techdocs/static/docs/default/component/${name}/index.html`, { as: 'otherTeam' });
  assert.equal(res.status, 200);
  return res.text();
}

/** Every secret the backend runs with, and the database password. */
const secrets = () => [...Object.values(SECRETS), env.backendEnv.POSTGRES_PASSWORD];

describe('TechDocs builds cannot read the backend', () => {
  test("!ENV in mkdocs.yml resolves none of the portal's environment, and the docs still build", async () => {
    await env.register(
      'otherTeam',
      'carol-docs/env-docs',
      {
        'catalog-info.yaml': entity('env-docs'),
        'mkdocs.yml': `site_name: !ENV [AUTH_SESSION_SECRET, 'Env docs']
site_description: !ENV POSTGRES_PASSWORD
copyright: !ENV [DATADOG_API_KEY, GITHUB_TOKEN, 'no copyright']
theme: { name: material, font: false }
nav:
  - Home: index.md
`,
        'docs/index.md': '# Hello from the env docs\n\nPlain content.\n',
      },
      'component:default/env-docs',
    );
    await build('env-docs');
    const html = await page('env-docs');
    assert.match(html, /Hello from the env docs/);
    for (const secret of secrets()) assert.ok(!html.includes(secret), `the page holds the secret ${secret.slice(0, 12)}...`);
  });

  test('snippets cannot include files outside the docs folder: absolute paths, ../ paths, /proc', async () => {
    await env.register(
      'otherTeam',
      'carol-docs/snippet-docs',
      {
        'catalog-info.yaml': entity('snippet-docs'),
        'mkdocs.yml': `site_name: Snippet docs
theme: { name: material, font: false }
markdown_extensions:
  - pymdownx.snippets:
      base_path: ['/', '..', '${root}']
      check_paths: false
`,
        'docs/index.md': `# Snippet docs

--8<-- "/proc/self/environ"

--8<-- "../../../../../../../../etc/passwd"

--8<-- "${root}/app-config.production.yaml"

--8<-- "app-config.production.yaml"

--8<-- "included.md"
`,
        'docs/included.md': 'Included from inside the docs folder.\n',
      },
      'component:default/snippet-docs',
    );
    await build('snippet-docs');
    const html = await page('snippet-docs');
    assert.match(html, /Snippet docs/);
    assert.ok(!html.includes('root:x:0:0'), 'the page holds /etc/passwd');
    assert.ok(!html.includes('PORTAL_BASE_URL'), "the page holds the portal's production config");
    assert.ok(!html.includes('NODE_ENV'), "the page holds a process's environment");
    for (const secret of secrets()) assert.ok(!html.includes(secret), `the page holds the secret ${secret.slice(0, 12)}...`);
  });

  test('symbolic links in the repository do not reach outside it', async () => {
    await env.register(
      'otherTeam',
      'carol-docs/linked-docs',
      {
        'catalog-info.yaml': entity('linked-docs'),
        'mkdocs.yml':
          'site_name: Linked docs\ntheme: { name: material, font: false }\nnav:\n  - Home: index.md\n  - Config: config.md\n  - Environment: environ.md\n',
        'docs/index.md': '# Linked docs\n',
      },
      'component:default/linked-docs',
      { 'docs/config.md': `${root}/app-config.production.yaml`, 'docs/environ.md': '/proc/self/environ' },
    );
    await build('linked-docs');
    assert.match(await page('linked-docs'), /Linked docs/);
    for (const linked of ['config', 'environ']) {
      const res = await env.api(`/api/techdocs/static/docs/default/component/linked-docs/${linked}/index.html`, { as: 'otherTeam' });
      const html = res.ok ? await res.text() : '';
      assert.ok(!html.includes('PORTAL_BASE_URL') && !html.includes('NODE_ENV'), `${linked}.md was built from the file it links to`);
      for (const secret of secrets()) assert.ok(!html.includes(secret), `${linked}.md holds the secret ${secret.slice(0, 12)}...`);
    }
  });
});
