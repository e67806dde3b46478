import type { Heading, RootContent } from 'mdast';
import { textOf } from './page-tree.js';

/** Helpers over the top-level blocks of a page: headings and the parts they open. */

/** True for a heading node. */
export const isHeading = (n: RootContent | undefined): n is Heading => n?.type === 'heading';
/** Indices of the usable headings whose text matches `re`. */
export const headings = (nodes: readonly RootContent[], usable: (i: number) => boolean, re: RegExp) =>
  nodes.flatMap((n, i) => (usable(i) && isHeading(n) && re.test(textOf(n)) ? [i] : []));

/** True when a node is, or contains, a link. */
export const hasLink = (n: RootContent): boolean => n.type === 'link' || ('children' in n && (n.children as RootContent[]).some(hasLink));

/** The end of the part a heading opens: before the next heading of the same or a higher level. */
export function partEnd(nodes: readonly RootContent[], h: number): number {
  const depth = (nodes[h] as Heading).depth;
  let j = h + 1;
  while (j < nodes.length && !(isHeading(nodes[j]) && (nodes[j] as Heading).depth <= depth)) j++;
  return j - 1;
}
