import { parse } from 'csv-parse/sync';

// Written from the OWASP rule, not from dls's code: what a spreadsheet runs as a formula.
const FORMULA = /^[ \u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/u;

/** A cell as dls must write it: every part (the cell, and after each `,` `;` TAB) that starts as a formula gets a `'`. */
export function neutralized(cell: string): string {
  const parts = cell.split(/(?<=[,;\t])/);
  const guarded = parts.map((p, i) => (i > 0 && /^[ \u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u.test(p) ? `'${p}` : p)).join('');
  return FORMULA.test(guarded) ? `'${guarded}` : guarded;
}

/**
 * The cells of a CSV as a spreadsheet could split it: csv-parse with `,` and with `;`
 * as the separator (Excel in a German or French locale), quotes honoured where they
 * open a cell and kept as text elsewhere, as Excel does.
 */
export function cellsAsSplitBy(text: string, delimiter: ',' | ';' | '\t'): string[] {
  const rows = parse(text, { delimiter, bom: true, relax_quotes: true, relax_column_count: true }) as string[][];
  return rows.flat();
}

/** Cells that would run as a formula when the CSV is opened with any of the usual separators. */
export function formulaCells(text: string): string[] {
  return ([',', ';', '\t'] as const).flatMap((d) => cellsAsSplitBy(text, d).filter((c) => FORMULA.test(c)).map((c) => `${JSON.stringify(d)}: ${JSON.stringify(c)}`));
}
