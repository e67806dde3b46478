import type { PreviousShape } from './lists.js';
import type { PageStyleFile } from './style.js';

/** How the page prints its lists, as read: committee affiliations in italics, the previous workshops' layout. */
export interface ReadListStyle {
  committeeItalic?: boolean;
  previous?: PreviousShape;
}

/** The `page:` keys of the list sections (committee), only those that differ from the defaults. */
export function inferListStyle(read: ReadListStyle): PageStyleFile {
  const style: PageStyleFile = {};
  if (read.committeeItalic) style.committee_affiliation = 'italic';
  if (read.previous?.kind === 'list') style.previous = 'list';
  if (read.previous?.kind === 'line') style.previous_line = read.previous.template;
  return style;
}
