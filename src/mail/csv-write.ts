// Spreadsheets run a cell starting with one of these as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@`,
 * a tab or a CR gets a leading `'`, as OWASP recommends, so it shows as text and never
 * runs. Addresses are never changed here: the address parser rejects such addresses.
 */
export const neutralizeCell = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** One RFC 4180 field: quoted when it holds a comma, a quote, a CR or an LF. */
export function csvField(cell: string): string {
  const safe = neutralizeCell(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes rows as RFC 4180 CSV: CRLF after every record, fields quoted only where
 * needed, every cell neutralized against formula injection. Pure.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
