import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ChecklistRegistry } from './checklists';

describe('ChecklistRegistry', () => {
  it('loads the shipped checklist', () => {
    expect(ChecklistRegistry.fromDirectory().current()).toMatchObject({ id: 'idp-maturity', version: 1 });
  });

  it('starts new assessments on the newest version and keeps every older one readable', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'checklists-'));
    fs.copyFileSync(path.resolve(__dirname, '../../checklists/idp-maturity-v1.yaml'), path.join(dir, 'idp-maturity-v1.yaml'));
    fs.writeFileSync(
      path.join(dir, 'idp-maturity-v2.yaml'),
      'id: idp-maturity\nversion: 2\ntitle: IDP Maturity Checklist\ncategories:\n  - id: version-control\n    title: Version Control\n    questions:\n      - id: version-control.q1\n        text: Is everything in version control, including dashboards?\n',
    );
    const registry = ChecklistRegistry.fromDirectory(dir);
    expect(registry.current().version).toBe(2);
    expect(registry.get('idp-maturity', 1)?.categories).toHaveLength(26);
    expect(registry.get('idp-maturity', 3)).toBeUndefined();
  });

  it('refuses to start with a malformed checklist, naming the file and the field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'checklists-'));
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'id: x\nversion: one\ntitle: X\ncategories: []\n');
    expect(() => ChecklistRegistry.fromDirectory(dir)).toThrow(/Invalid .*bad\.yaml: version: .*categories: /);
  });
});
