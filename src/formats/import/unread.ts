import type { Block } from './lists.js';
import { sectionMatching } from './lists.js';
import type { Note } from './notes.js';
import { endLineOf, lineOf, plain, source, type Page } from './tree.js';

/** The headings import recognises, what it expects under each, and whether it read one. */
export interface Recognised {
  heading: RegExp;
  not?: RegExp;
  expected: string;
  read: Block | undefined;
}

/**
 * A note for each section under a recognised heading (dates, committee, topics,
 * previous workshops) whose content import could not read: such a section is never
 * dropped in silence. A section that was read still names any table or list in it
 * outside the part that was read.
 */
export function noteUnread(page: Page, recognised: readonly Recognised[], notes: Note[]): void {
  for (const r of recognised) {
    const s = sectionMatching(page, r.heading, r.not);
    if (!s) continue;
    const content = s.blocks.filter((b) => b.type !== 'html' && b.type !== 'thematicBreak');
    const left = r.read ? content.filter((b) => (b.type === 'table' || b.type === 'list') && (endLineOf(b) < r.read!.from || lineOf(b) > r.read!.to)) : content;
    if (left.length === 0) continue;
    const what = r.read ? `a ${left[0]!.type} under \`${plain(s.heading)}\` besides the one read` : `the section \`${plain(s.heading)}\``;
    notes.push({ line: lineOf(left[0]!), message: `${what} was not imported: expected ${r.expected}`, text: source(page, left[0]!, left.at(-1)) });
  }
}
