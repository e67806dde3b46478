import type { ProgramItem, Workshop } from '../../model.js';
import type { MarkdownOptions } from './options.js';
import { programColumns, programRows, sessionCells } from './program-columns.js';
import { delimiterCells } from './table-align.js';

/**
 * One day's table: `| Time | Title | Speaker |`, with the columns {@link programColumns}
 * gives (a second Time, Room, a kind column) and a heading row per session. A title
 * links to its slides when set. Every cell is escaped, so no title can add or remove
 * a column.
 */
export function programTable(items: readonly ProgramItem[], workshop: Workshop, options: MarkdownOptions): string {
  const columns = programColumns(items, workshop, options);
  const rows = programRows(items, workshop).map((r) => ('session' in r ? sessionCells(r.session, options, columns.length) : columns.map((c) => c.cell(r.item))));
  return [columns.map((c) => c.header), delimiterCells(columns.length, options.programAlign), ...rows].map(row).join('\n') + '\n';
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
