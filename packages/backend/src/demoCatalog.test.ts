import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import {
  Entity,
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  parseEntityRef,
  resourceEntityV1alpha1Validator,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';

const root = path.resolve(__dirname, '../../..');
const demo = path.join(root, 'demo/catalog');

function load(file: string): Entity[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8')).map(d => {
    if (d.errors.length) throw new Error(`${file}: ${d.errors[0].message}`);
    return d.toJSON();
  });
}

const entities = [
  ...['org', 'systems', 'components', 'apis', 'resources'].flatMap(f => load(path.join(demo, `${f}.yaml`))),
  ...load(path.join(root, 'catalog-info.yaml')),
  // The portal's own APIs, which catalog-info.yaml's Location points to.
  ...load(path.join(root, 'catalog-apis.yaml')),
];
const byKind = (kind: string) => entities.filter(e => e.kind === kind);
const refs = new Set(entities.map(e => stringifyEntityRef(e)));

const validators: Record<string, { check(e: Entity): Promise<boolean> }> = {
  Component: componentEntityV1alpha1Validator,
  API: apiEntityV1alpha1Validator,
  Resource: resourceEntityV1alpha1Validator,
  System: systemEntityV1alpha1Validator,
  Domain: domainEntityV1alpha1Validator,
  Group: groupEntityV1alpha1Validator,
  User: userEntityV1alpha1Validator,
  Location: locationEntityV1alpha1Validator,
};

describe('the demo organisation', () => {
  it('reaches every file its locations name', () => {
    for (const location of byKind('Location')) {
      for (const target of (location.spec as { targets?: string[] }).targets ?? []) {
        expect(fs.existsSync(path.join(root, target))).toBe(true);
      }
    }
  });

  it('has the size the portal promises', () => {
    expect(byKind('Group').length).toBeGreaterThanOrEqual(4);
    expect(byKind('User').length).toBeGreaterThanOrEqual(10);
    expect(byKind('Domain').length).toBeGreaterThanOrEqual(3);
    expect(byKind('System').length).toBeGreaterThanOrEqual(4);
    expect(byKind('Component').length).toBeGreaterThanOrEqual(12);
    expect(byKind('API').length).toBeGreaterThanOrEqual(6);
    expect(byKind('Resource').length).toBeGreaterThanOrEqual(6);
    const components = byKind('Component').map(c => c.spec as any);
    expect(new Set(components.map(c => c.type)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(components.map(c => c.lifecycle))).toEqual(new Set(['production', 'experimental', 'deprecated']));
  });

  it('passes the catalog validators of its kind', async () => {
    for (const entity of entities) {
      await expect(validators[entity.kind].check(entity)).resolves.toBe(true);
    }
  });

  it('has groups in a hierarchy of at least three levels', () => {
    const parentOf = new Map(byKind('Group').map(g => [g.metadata.name, (g.spec as any).parent]));
    const depth = (name: string): number => (parentOf.get(name) ? 1 + depth(parentOf.get(name)) : 1);
    expect(Math.max(...[...parentOf.keys()].map(depth))).toBeGreaterThanOrEqual(3);
  });

  it('points every relation at an entity that exists', () => {
    const targets: Array<[string, string, string]> = [];
    for (const e of entities) {
      const spec = (e.spec ?? {}) as any;
      const add = (field: string, kind: string, value?: string | string[]) =>
        [value ?? []]
          .flat()
          .forEach(v =>
            targets.push([stringifyEntityRef(e), field, stringifyEntityRef(parseEntityRef(v, { defaultKind: kind, defaultNamespace: 'default' }))]),
          );
      add('owner', 'group', spec.owner);
      add('system', 'system', spec.system);
      add('domain', 'domain', spec.domain);
      add('parent', 'group', spec.parent);
      add('memberOf', 'group', spec.memberOf);
      add('providesApis', 'api', spec.providesApis);
      add('consumesApis', 'api', spec.consumesApis);
      add('dependsOn', 'component', spec.dependsOn);
    }
    const dangling = targets.filter(([, , target]) => !refs.has(target));
    expect(dangling).toEqual([]);
    const fields = new Set(targets.map(([, f]) => f));
    for (const f of ['providesApis', 'consumesApis', 'dependsOn']) expect(fields).toContain(f);
  });

  it('gives every API a definition of its declared type', () => {
    for (const api of byKind('API')) {
      const spec = api.spec as { type: string; definition: string };
      const doc = parse(spec.definition);
      expect(doc[spec.type === 'openapi' ? 'openapi' : 'asyncapi']).toMatch(/^[23]\./);
      expect(Object.keys(doc.paths ?? doc.channels).length).toBeGreaterThan(0);
    }
  });

  it('keeps one deliberately malformed location for the processing-error demo', async () => {
    const [broken] = load(path.join(demo, 'broken/catalog-info.yaml'));
    await expect(componentEntityV1alpha1Validator.check(broken)).rejects.toThrow(/owner/);
  });
});
