import type { Workshop } from '../../model.js';
import { COMMITTEE_HEADERS, type CommitteeColumn } from '../../page-style.js';
import { escapeInline, escapeLineStart } from './escape.js';
import { DEFAULT_MARKDOWN_OPTIONS, type MarkdownOptions } from './options.js';
import { delimiterCells } from './table-align.js';

type CommitteeOptions = Pick<MarkdownOptions, 'committeeAffiliation' | 'committee' | 'committeeColumns' | 'committeeHeaders' | 'committeeAlign'>;
type Member = Workshop['committee'][number];

const shown = (s: string | undefined) => (s?.trim() ? escapeInline(s) : undefined);

/**
 * The `committee` section: `- Name (role), Affiliation, Country`, parts that are not
 * set left out; the affiliation in italics with `page.committee_affiliation: italic`.
 * With `page.committee: table` a table of {@link committeeTable}. E-mail addresses are never printed.
 */
export function writeCommittee(workshop: Workshop, options?: Partial<CommitteeOptions>): string {
  if (options?.committee === 'table') return committeeTable(workshop, options);
  const italic = options?.committeeAffiliation === 'italic';
  return workshop.committee
    .map((member) => {
      const { name, role, affiliation, country } = memberParts(member);
      const rest = [affiliation && italic ? `*${affiliation}*` : affiliation, country].filter((x) => x !== '');
      return `- ${[name + (role ? ` (${role})` : ''), ...rest].join(', ')}\n`;
    })
    .join('');
}

/** A member's parts as a list item prints them, escaped; '' for a part not set. The writer and the template data share it. */
export function memberParts({ person, role }: Member): { name: string; role: string; affiliation: string; country: string } {
  return { name: escapeLineStart(person.name), role: role ? escapeInline(role) : '', affiliation: shown(person.affiliation) ?? '', country: shown(person.country) ?? '' };
}

/** The columns of a committee table: `page.committee_columns` (the default ones when empty), each with its header and delimiter cell (`page.committee_align`). */
export function committeeColumns(options: Partial<CommitteeOptions>): { key: CommitteeColumn; header: string; delimiter: string }[] {
  const keys = options.committeeColumns?.length ? options.committeeColumns : DEFAULT_MARKDOWN_OPTIONS.committeeColumns;
  const delimiters = delimiterCells(keys.length, options.committeeAlign);
  return keys.map((key, i) => ({ key, header: escapeInline(options.committeeHeaders?.[key] ?? COMMITTEE_HEADERS[key]), delimiter: delimiters[i]! }));
}

/** One member's cells in the table's column order: escaped, so no `|` adds a column; empty for a part not set. */
export function committeeCells({ person, role }: Member, columns: readonly { key: CommitteeColumn }[], italic: boolean): string[] {
  const parts: Record<CommitteeColumn, string | undefined> = { name: shown(person.name), role: shown(role), affiliation: shown(person.affiliation), country: shown(person.country) };
  return columns.map(({ key }) => {
    const cell = parts[key] ?? '';
    return key === 'affiliation' && italic && cell ? `*${cell}*` : cell;
  });
}

/** `| Name | Role | Affiliation | Country |`, a delimiter row (`---`, or aligned), then a row per member. */
function committeeTable(workshop: Workshop, options: Partial<CommitteeOptions>): string {
  const columns = committeeColumns(options);
  const italic = options.committeeAffiliation === 'italic';
  const rows = [columns.map((c) => c.header), columns.map((c) => c.delimiter), ...workshop.committee.map((m) => committeeCells(m, columns, italic))];
  return rows.map((cells) => `| ${cells.join(' | ')} |\n`).join('');
}
