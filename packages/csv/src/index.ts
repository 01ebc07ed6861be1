/**
 * CSV as the portal writes it: every export goes through here, so none can carry a formula.
 *
 * @packageDocumentation
 */

/** Characters a spreadsheet reads as the start of a formula (or of a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: prefixed with a quote when a spreadsheet would otherwise run it as a formula
 * (an entity title such as `=HYPERLINK(...)` is input from whoever registered the entity), and
 * quoted when it holds a comma, quote or line break.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of fields as CSV, with CRLF line ends (RFC 4180) and a final line end. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return `${rows.map(r => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Reads CSV back as a spreadsheet would (RFC 4180 quoting, CRLF line ends). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}
