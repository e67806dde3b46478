import type { CsvRecord } from './csv.js';
import type { Entry } from './recipient.js';
import { cleanText } from './text.js';

/** Which column holds what, found from the header row. */
interface Columns {
  email: number;
  name?: number;
  given?: number;
  family?: number;
  affiliation?: number;
}

const find = (headers: string[], re: RegExp, skip: number): number | undefined => {
  const i = headers.findIndex((h, index) => index !== skip && re.test(h));
  return i < 0 ? undefined : i;
};

/**
 * Finds the columns by their header, case-insensitively: `Email Address` or
 * `Email address` as Google Forms writes it (else any header with "email" or
 * "e-mail"), a name (`Name`, `Full name`, `Your name`), a first and last name, and an
 * affiliation (`Affiliation`, `Institution`, `Organization`, `Company`).
 */
export function findColumns(header: readonly string[]): Columns | undefined {
  const h = header.map((x) => cleanText(x).toLowerCase());
  let email = h.findIndex((x) => /^e-?mail( address)?$/.test(x));
  if (email < 0) email = h.findIndex((x) => /e-?mail/.test(x));
  if (email < 0) return undefined;
  return {
    email,
    name: find(h, /^((your|full|your full) )?name\b/, email),
    given: find(h, /\b(first|given) ?name\b/, email),
    family: find(h, /\b(last|family|sur) ?name\b/, email),
    affiliation: find(h, /affiliation|institution|organi[sz]ation|company|employer|university/, email),
  };
}

/**
 * The entries of a sign-up CSV: one per non-blank row after the header, with the row's
 * line as its origin (`signups.csv:14`). Returns a message when no column holds
 * addresses. Pure.
 */
export function signupEntries(records: readonly CsvRecord[], file: string): { ok: true; entries: Entry[] } | { ok: false; message: string } {
  const [header, ...rows] = records;
  const columns = header && findColumns(header.fields);
  if (!columns) return { ok: false, message: `${file}: no column of e-mail addresses; expected a header such as "Email address" in the first row` };
  const cell = (r: CsvRecord, i: number | undefined) => (i === undefined ? '' : cleanText(r.fields[i]));
  const entries = rows
    .filter((r) => r.fields.some((f) => f.trim() !== ''))
    .map((r): Entry => {
      const given = cell(r, columns.given);
      const family = cell(r, columns.family);
      const full = cell(r, columns.name) || cleanText(`${given} ${family}`);
      const split = given !== '' || family !== '' ? { given, family } : {};
      return { email: r.fields[columns.email] ?? '', name: full, ...split, affiliation: cell(r, columns.affiliation), roles: ['signup'], groups: ['signups'], origin: `${file}:${r.line}` };
    });
  return { ok: true, entries };
}
