import type { Nodes } from 'mdast';
import { parseGfm, visible } from './gfm.js';

/**
 * Checks for "no line of the page is lost", read with the independent GFM parser:
 * what a page shows, per kind, and where `dls readme --init` said it put markers.
 */

/** Counts of what a reader sees: list items at any depth, table rows, non-empty cells, paragraphs outside those, code blocks. */
export function shown(markdown: string): { listItems: number; tableRows: number; cells: number; paragraphs: number; code: number } {
  const n = { listItems: 0, tableRows: 0, cells: 0, paragraphs: 0, code: 0 };
  const walk = (node: Nodes, inEntry: boolean) => {
    if (node.type === 'listItem') n.listItems++;
    if (node.type === 'tableRow') n.tableRows++;
    if (node.type === 'tableCell' && visible(node) !== '') n.cells++;
    if (node.type === 'paragraph' && !inEntry) n.paragraphs++;
    if (node.type === 'code') n.code++;
    if ('children' in node) for (const c of node.children as Nodes[]) walk(c, inEntry || node.type === 'listItem' || node.type === 'tableRow');
  };
  walk(parseGfm(markdown), false);
  return n;
}

/** The line ranges of the plan lines `  NAME: replaces lines A-B` (or `line A`), perhaps followed by `(3 lines take dls's spacing)`. */
export function replacedRanges(plan: string): { section: string; from: number; to: number }[] {
  return [...plan.matchAll(/^ {2}(\w+): replaces lines? (\d+)(?:-(\d+))?(?: \(.*\))?$/gm)].map((m) => ({ section: m[1]!, from: Number(m[2]), to: Number(m[3] ?? m[2]) }));
}

/** The lines of `before` outside `ranges` that are missing from `after`, in order (a subsequence check). */
export function lostLines(before: string, after: string, ranges: readonly { from: number; to: number }[]): string[] {
  const kept = before.split('\n').filter((_, i) => !ranges.some((r) => i + 1 >= r.from && i + 1 <= r.to));
  const out = after.split('\n');
  const lost: string[] = [];
  let at = 0;
  for (const line of kept) {
    const found = out.indexOf(line, at);
    if (found < 0) lost.push(line);
    else at = found + 1;
  }
  return lost;
}

/** The text between a region's markers. */
export function regionText(page: string, name: string): string {
  const m = new RegExp(`<!-- dls:${name}:start -->\\n([\\s\\S]*?)<!-- dls:${name}:end -->`).exec(page);
  if (!m) throw new Error(`no region ${name}`);
  return m[1]!;
}

/** Lines `from`-`to` (1-based) of a text. */
export const linesOf = (text: string, from: number, to: number): string => text.split('\n').slice(from - 1, to).join('\n');
