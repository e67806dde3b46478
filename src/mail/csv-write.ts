// What a spreadsheet runs as a formula when a cell starts with it (OWASP CSV injection),
// with the full-width forms Apple Numbers also runs, and the blanks some importers trim first.
const FORMULA_CHARS = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20';
const FORMULA_START = new RegExp(`^([ \\u00A0]*[${FORMULA_CHARS}]|[\\t\\r])`, 'u');
// A segment is the cell, or what follows a `,` `;` or TAB in it: Excel in a locale whose
// list separator is `;` splits a comma file there, and a tab-separated reader at TABs.
const SEGMENT_FORMULA = new RegExp(`(^|[,;\\t])(?=[ \\u00A0]*[${FORMULA_CHARS}])`, 'gu');
// Quoted whatever the reader's separator: `,` (RFC 4180), `;` (Excel in most of Europe), TAB.
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * True when a spreadsheet would run `text` as a formula: it starts with `=` `+` `-`
 * `@` (or their full-width forms), maybe after blanks, or with a tab or CR. The one
 * test every CSV-like output uses; the address parser uses it to refuse such addresses.
 */
export const startsAsFormula = (text: string): boolean => FORMULA_START.test(text);

/**
 * Makes a cell safe to open in a spreadsheet in any locale: the cell, and every part
 * of it after a `,` `;` or TAB, that would start as a formula gets a leading `'`, as
 * OWASP recommends, so it shows as text and never runs. Addresses are never changed
 * here: the address parser rejects such addresses.
 */
export function neutralizeCell(cell: string): string {
  const segments = cell.replace(SEGMENT_FORMULA, "$1'");
  return startsAsFormula(segments) ? `'${segments}` : segments;
}

/** One CSV field: quoted when it holds a comma, semicolon, tab, quote, CR or LF, so it stays one cell whatever the separator. */
export function csvField(cell: string): string {
  const safe = neutralizeCell(cell);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes rows as RFC 4180 CSV: CRLF after every record, fields quoted where a `,` or
 * `;` reader could split them, every cell neutralized against formula injection. Pure.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
