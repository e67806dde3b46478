import type { Table } from 'mdast';
import { COMMITTEE_HEADERS, type CommitteeColumn, type TableAlign } from '../../page-style.js';
import { alignOf } from './table-align.js';
import type { Note } from './notes.js';
import type { PrintedPerson } from './people.js';
import { lineOf, plain, source, type Page } from './tree.js';

const COLUMNS: Record<CommitteeColumn, RegExp> = {
  name: /\b(name|member|person)\b/i,
  role: /\b(role|position|function)\b/i,
  affiliation: /\b(affiliation|institution|organi[sz]ation|university|employer|institute)\b/i,
  country: /\b(country|nation)\b/i,
};

/** How the page prints its committee table: the columns dls knows, in page order, and the header texts that are not dls's own words. */
export interface CommitteeTableStyle {
  columns: CommitteeColumn[];
  headers: Partial<Record<CommitteeColumn, string>>;
  /** The delimiter row's alignments, as `page.committee_align` writes them; absent when none is set. */
  align?: TableAlign[];
}

/**
 * A committee written as a table (`| Name | Role | Affiliation | Country |`): columns
 * found by their header text, in any order, kept as the table's style. Undefined when
 * no column names the person; a row without a name is a note.
 */
export function readCommitteeTable(page: Page, table: Table, notes: Note[]): { members: (PrintedPerson & { line: number })[]; style: CommitteeTableStyle } | undefined {
  const [head, ...rows] = table.children;
  const header = head!.children.map((c) => plain(c));
  const at = (re: RegExp) => header.findIndex((h) => re.test(h));
  const name = at(COLUMNS.name);
  if (name < 0) return undefined;
  const [role, affiliation, country] = [at(COLUMNS.role), at(COLUMNS.affiliation), at(COLUMNS.country)];
  const found = (Object.entries({ name, role, affiliation, country }) as [CommitteeColumn, number][]).filter(([, i]) => i >= 0).sort((a, b) => a[1] - b[1]);
  const style: CommitteeTableStyle = { columns: found.map(([c]) => c), headers: Object.fromEntries(found.filter(([c, i]) => header[i] !== COMMITTEE_HEADERS[c]).map(([c, i]) => [c, header[i]!])), align: alignOf(table, found.map(([, i]) => i)) };
  const members: (PrintedPerson & { line: number })[] = [];
  for (const row of rows) {
    const cell = (i: number) => (i < 0 || !row.children[i] ? undefined : plain(row.children[i]!) || undefined);
    const person = cell(name);
    if (!person) {
      notes.push({ line: lineOf(row), message: 'a committee row without a name was not imported', text: source(page, row) });
      continue;
    }
    members.push({ name: person, role: cell(role), affiliation: cell(affiliation), country: cell(country), line: lineOf(row) });
  }
  return { members, style };
}
