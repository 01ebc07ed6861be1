import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Checklist, parseChecklist } from '@internal/plugin-maturity-common';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const DEFAULT_DIR = resolvePackagePath('@internal/plugin-maturity-backend', 'checklists');

/**
 * Every version of every checklist shipped in `checklists/`. New assessments use the newest
 * version; an existing assessment is always read against the version it was started with.
 */
export class ChecklistRegistry {
  static fromDirectory(dir = DEFAULT_DIR): ChecklistRegistry {
    const checklists = fs
      .readdirSync(dir)
      .filter(f => /\.ya?ml$/.test(f))
      .map(f => {
        const file = path.join(dir, f);
        return parseChecklist(parse(fs.readFileSync(file, 'utf8')), file);
      });
    return new ChecklistRegistry(checklists);
  }

  constructor(private readonly checklists: Checklist[]) {
    if (checklists.length === 0) throw new Error('No maturity checklist found');
  }

  current(id = 'idp-maturity'): Checklist {
    const versions = this.checklists.filter(c => c.id === id);
    if (versions.length === 0) throw new Error(`No checklist ${id}`);
    return versions.reduce((a, b) => (b.version > a.version ? b : a));
  }

  get(id: string, version: number): Checklist | undefined {
    return this.checklists.find(c => c.id === id && c.version === version);
  }
}
