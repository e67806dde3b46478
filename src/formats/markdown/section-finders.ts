import type { RootContent } from 'mdast';
import { hasLink, headings, isHeading, partEnd } from './page-parts.js';
import { textOf } from './page-tree.js';
import type { SectionName } from './section-names.js';

/** A sentence that lists earlier editions by their links: `Earlier editions: [2024](...), [2023](...).` */
export const PREVIOUS_LINE = /^\s*(?:earlier|previous|past|former) (?:editions|workshops|years|events|meetings)\b[^:]{0,40}:/i;

/** The headings of a list of topics: `Topics`, `Call for Papers`, `CFP`, `Scope`, `Areas of Interest`. */
export const TOPICS_HEADING = /\b(topics?|call for (papers|contributions|submissions|participation|abstracts)|cfp|scope|areas? of interest)\b/i;

/**
 * Recognizes the sections a hand-written page already shows, so `dls readme --init`
 * can wrap them in place. Finders work on the top-level blocks of the GFM tree, so a
 * list is the whole list, sub-items indented with a tab or four spaces included.
 */

/** A run of top-level blocks, as indices into the root's children. */
export interface Block {
  first: number;
  last: number;
}

type Finder = (nodes: readonly RootContent[], usable: (i: number) => boolean) => Block | undefined;

/** The list right after block `i`, if there is one. */
const listAfter = (nodes: readonly RootContent[], i: number): Block | undefined => (nodes[i + 1]?.type === 'list' ? { first: i + 1, last: i + 1 } : undefined);

/**
 * The list, or table, right after a heading matching `re`. A table is found so that
 * dates or a committee shown as one are recognised (and guarded), not shown twice.
 */
const entriesAfterHeading = (re: RegExp): Finder => (nodes, usable) => {
  for (const h of headings(nodes, usable, re)) {
    if (nodes[h + 1]?.type === 'list' || nodes[h + 1]?.type === 'table') return { first: h + 1, last: h + 1 };
  }
  return undefined;
};

// A section without a finder is never found on a page; `--init` appends it.
const FINDERS: Partial<Record<SectionName, Finder>> = {
  // The program prints its own heading, so the heading is wrapped too, down to the
  // part's last table (one per day). "Program Committee" is a committee.
  program: (nodes, usable) => {
    const candidates = headings(nodes, usable, /program|schedule|agenda/i).filter((h) => !/committee|chair/i.test(textOf(nodes[h]!)));
    const lastTable = (h: number) => nodes.slice(h, partEnd(nodes, h) + 1).findLastIndex((n) => n.type === 'table');
    const h = candidates.find((c) => lastTable(c) > 0) ?? candidates[0];
    if (h === undefined) return undefined;
    // A program shown as a list is taken with its heading, so the guard sees it (and it is not shown twice).
    return { first: h, last: lastTable(h) > 0 ? h + lastTable(h) : nodes[h + 1]?.type === 'list' ? h + 1 : h };
  },
  signup: (nodes, usable) => {
    const i = nodes.findIndex((n, k) => usable(k) && (n.type === 'heading' || n.type === 'paragraph') && /sign[\s-]?up/i.test(textOf(n)) && n.children.some((c) => c.type === 'link'));
    return i < 0 ? undefined : { first: i, last: i };
  },
  // The list right after a paragraph or heading that mentions topics, or the first
  // list of a Topics heading's part ("We invite papers on:" may stand between); a
  // Call for Papers, CFP or Scope heading is one too.
  topics: (nodes, usable) => {
    for (const [i, n] of nodes.entries()) {
      if (!usable(i) || (n.type !== 'heading' && n.type !== 'paragraph') || !(n.type === 'heading' ? TOPICS_HEADING : /\btopics\b/i).test(textOf(n))) continue;
      const list = n.type === 'heading' ? nodes.slice(i + 1, partEnd(nodes, i) + 1).findIndex((b) => b.type === 'list') : -1;
      if (list >= 0) return { first: i + 1 + list, last: i + 1 + list };
      if (listAfter(nodes, i)) return listAfter(nodes, i);
    }
    return undefined;
  },
  dates: entriesAfterHeading(/\bdates\b|deadlines/i),
  committee: entriesAfterHeading(/committee|organi[sz]ers/i),
  // The links under the heading: a list, or paragraphs with a link each; a paragraph
  // without a link (a contact line) ends the part.
  previous: (nodes, usable) => {
    const [h] = headings(nodes, usable, /previous|past (work|edition)/i);
    // Else one sentence of links on its own: `Earlier editions: [2024](...), [2023](...).`
    if (h === undefined) {
      const line = nodes.findIndex((n, k) => usable(k) && n.type === 'paragraph' && PREVIOUS_LINE.test(textOf(n)) && hasLink(n));
      return line < 0 ? undefined : { first: line, last: line };
    }
    let j = h + 1;
    while (nodes[j]?.type === 'list' || (nodes[j]?.type === 'paragraph' && hasLink(nodes[j]!))) j++;
    return j > h + 1 ? { first: h + 1, last: j - 1 } : undefined;
  },
};

/** The top-level blocks that show `section`, none of them `taken` by another section. */
export function findSectionBlock(section: SectionName, nodes: readonly RootContent[], taken: ReadonlySet<number>): Block | undefined {
  const block = FINDERS[section]?.(nodes, (i) => !taken.has(i));
  if (!block) return undefined;
  for (let i = block.first; i <= block.last; i++) if (taken.has(i)) return undefined;
  return block;
}
