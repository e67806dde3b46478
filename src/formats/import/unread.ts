import type { Block } from './lists.js';
import { sectionMatching } from './lists.js';
import type { Note } from './notes.js';
import type { Heading } from 'mdast';
import { endLineOf, lineOf, plain, source, type Page } from './tree.js';
import { findRange } from './when.js';
import { partEnd } from '../markdown/page-parts.js';

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

/**
 * A note for each list in the program's part (its heading to the next heading of its
 * level or above) that names a time, such as `- 7:00 PM – 9:00 PM: Workshop dinner`:
 * import reads the program from tables only, and never drops such a line in silence.
 */
export function noteProgramLists(page: Page, heading: Heading | undefined, notes: Note[]): void {
  if (!heading) return;
  const nodes = page.root.children;
  const at = nodes.indexOf(heading);
  for (const n of nodes.slice(at + 1, partEnd(nodes, at) + 1)) {
    if (n.type === 'list' && n.children.some((item) => findRange(plain(item)))) {
      notes.push({ line: lineOf(n), message: 'a list under the program was not imported: the program is read from tables whose rows start with a time; add these items to workshop.yaml', text: source(page, n) });
    }
  }
}
