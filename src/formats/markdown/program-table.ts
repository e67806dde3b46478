import type { ProgramItem, Session, Workshop } from '../../model.js';
import { escapeInline } from './escape.js';
import type { MarkdownOptions } from './options.js';
import { programColumns, programRows, sessionCells, sessionRuns, sessionWindow } from './program-columns.js';
import { formatSpeakers } from './speakers.js';
import { delimiterCells } from './table-align.js';

/**
 * One day's table: `| Time | Title | Speaker |`, with the columns {@link programColumns}
 * gives (a second Time, Room, a kind column) and a heading row per session (or, with
 * `page.session_heading`, a heading line and a table per session). A title
 * links to its slides when set. Every cell is escaped, so no title can add or remove
 * a column.
 */
export function programTable(items: readonly ProgramItem[], workshop: Workshop, options: MarkdownOptions): string {
  const columns = programColumns(items, workshop, options);
  const head = [columns.map((c) => c.header), delimiterCells(columns.length, options.programAlign)];
  const template = options.sessionHeading;
  if (template !== undefined) {
    // `page.session_heading`: each session under a heading of its own, over a table of its items.
    return sessionRuns(items, workshop)
      .map((run) => (run.session ? `${sessionHeadingLine(run.session, template, options)}\n\n` : '') + [...head, ...run.items.map((i) => columns.map((c) => c.cell(i)))].map(row).join('\n') + '\n')
      .join('\n');
  }
  const rows = programRows(items, workshop).map((r) => ('session' in r ? sessionCells(r.session, options, columns.length) : columns.map((c) => c.cell(r.item))));
  return [...head, ...rows].map(row).join('\n') + '\n';
}

/**
 * `### Session 1: Kernels (Chair: Lena Weber, CSCS)`: `page.session_heading` filled in with
 * `{title}`, `{chairs}` (names and affiliations, as a speaker cell prints them) and
 * `{window}`; without chairs, a parenthesis around `{chairs}` is left out. Affiliations are plain.
 */
export function sessionHeadingLine(s: Session, template: string, options: MarkdownOptions): string {
  const line = s.chairs.length > 0 ? template : template.replace(/\s*\([^()]*\{chairs\}[^()]*\)/, '');
  // Affiliations in a heading stay plain: a table's italics (`page.affiliation`) are the table's.
  const vars: Record<string, string> = { title: escapeInline(s.title), chairs: formatSpeakers(s.chairs), window: sessionWindow(s, options) };
  return line.replace(/\{(title|chairs|window)\}/g, (_, k: string) => vars[k]!);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
