import fc from 'fast-check';
import { csvField, parseCsv, toCsv } from './index';

describe('csv', () => {
  it('quotes what needs quoting and neutralises formulas, by hand', () => {
    expect(
      toCsv([
        ['a', 'b,c', 'say "hi"'],
        ['=HYPERLINK("http://evil","x")', '+1', '-2', '@SUM(A1)', 'plain'],
      ]),
    ).toBe('a,"b,c","say ""hi"""\r\n"\'=HYPERLINK(""http://evil"",""x"")",\'+1,\'-2,\'@SUM(A1),plain\r\n');
  });

  it('round-trips any text, and no field read back starts a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), rows => {
        const back = parseCsv(toCsv(rows));
        expect(back).toEqual(rows.map(r => r.map(f => (/^[=+\-@\t\r]/.test(f) ? `'${f}` : f))));
        for (const field of back.flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
        expect(parseCsv(`${csvField(rows[0][0])}\r\n`)[0][0].startsWith('=')).toBe(false);
      }),
    );
  });
});
