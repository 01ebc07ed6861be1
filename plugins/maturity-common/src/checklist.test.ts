import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseChecklist } from './checklist';

const checklistsDir = path.resolve(__dirname, '../../maturity-backend/checklists');

describe('checklists', () => {
  it('ships the IDP Maturity Checklist v1 with its 26 categories', () => {
    const file = path.join(checklistsDir, 'idp-maturity-v1.yaml');
    const checklist = parseChecklist(parse(fs.readFileSync(file, 'utf8')), file);
    expect(checklist).toMatchObject({ id: 'idp-maturity', version: 1 });
    expect(checklist.categories).toHaveLength(26);
    expect(checklist.categories[0].title).toBe('Version Control');
    expect(checklist.categories[25].questions).toHaveLength(4); // Local-First Approach
  });

  it('names every problem of a malformed checklist by its path', () => {
    expect(() =>
      parseChecklist({
        id: 'x',
        version: 0,
        title: 'X',
        categories: [
          { id: 'a', title: 'A', questions: [{ id: 'a.1', text: 'Q' }] },
          {
            id: 'b',
            title: 'B',
            questions: [
              { id: 'a.1', text: 'Again' },
              { id: 'Bad Id', text: 'Q' },
            ],
          },
        ],
      }),
    ).toThrow(/version: .*; categories\.1\.questions\.1\.id: .*; categories\.1\.questions\.0\.id: duplicate id a\.1/);
  });
});
