import type { CommitteeTableStyle } from './committee-table.js';
import type { PreviousShape } from './lists.js';
import type { PageStyleFile } from './style.js';

/** How the page prints its lists, as read: committee affiliations in italics, the previous workshops' layout. */
export interface ReadListStyle {
  committeeItalic?: boolean;
  /** The committee is a table: its columns and header words. */
  committeeTable?: CommitteeTableStyle;
  previous?: PreviousShape;
}

/** The `page:` keys of the list sections (committee), only those that differ from the defaults. */
export function inferListStyle(read: ReadListStyle): PageStyleFile {
  const style: PageStyleFile = {};
  if (read.committeeItalic) style.committee_affiliation = 'italic';
  if (read.committeeTable) {
    const { columns, headers } = read.committeeTable;
    style.committee = 'table';
    if (columns.join() !== 'name,role,affiliation,country') style.committee_columns = columns;
    if (Object.keys(headers).length > 0) style.committee_headers = headers;
    if (read.committeeTable.align) style.committee_align = read.committeeTable.align;
  }
  if (read.previous?.kind === 'list') style.previous = 'list';
  if (read.previous?.kind === 'line') style.previous_line = read.previous.template;
  return style;
}
