import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { splitLines } from './lines.js';

/**
 * A page read as GitHub reads it: the CommonMark + GFM syntax tree of micromark, with
 * positions. Markers, sections and the entries a region shows are all found in this
 * tree, never with line patterns, so nested lists, code blocks, `<pre>` and HTML
 * comments mean what they mean on GitHub.
 */

let syntax: { extensions: ReturnType<typeof gfm>[]; mdastExtensions: ReturnType<typeof gfmFromMarkdown>[] } | undefined;

/** The GFM syntax tree of `text`, with 1-based line positions and offsets. */
export function parsePage(text: string): Root {
  syntax ??= { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
  return fromMarkdown(text, syntax);
}

/** One part of a page read by {@link parsePageParts}: its top-level blocks, with positions relative to the part. */
export interface PagePart {
  /** The part's tree: positions count from the part's first line, which is line `lineOffset + 1` of the page. */
  tree: Root;
  lineOffset: number;
}

/** Parts of about this many characters: the syntax tree of a whole 100,000-row page would take gigabytes at once. */
const PART_SIZE = 256 * 1024;

/**
 * The page's GFM syntax tree in parts, the same blocks {@link parsePage} gives the whole
 * page, read a part at a time so memory stays bounded on pages of any size.
 *
 * A part ends before a line that starts in its first column right after a blank line,
 * and only where the parser agrees that a new top-level block starts on that line: each
 * part is parsed with that next line appended, and must show it as a block of its own.
 * Otherwise (a fenced code block, an HTML block or a list still open) the part grows
 * to the next such line at twice its length, and is parsed again, so the work stays
 * linear. A blank line ends every paragraph and table, so the blocks before it never
 * depend on what follows, and the block that starts after it starts from a fresh state.
 * Nothing before line `keep` (front matter) is split.
 */
export function* parsePageParts(text: string, keep = 0, size = PART_SIZE): Generator<PagePart> {
  const lines = splitLines(text);
  // Lines where a part may start: first column, not blank, after a blank line.
  const cuts: number[] = [];
  for (let i = Math.max(keep, 1); i < lines.length; i++) {
    if (/^[ \t]*$/.test(lines[i - 1]!.text) && /^[^ \t]/.test(lines[i]!.text)) cuts.push(i);
  }
  let first = 0;
  let c = 0;
  while (first < lines.length) {
    let want = size;
    for (;;) {
      const from = lines[first]!.start;
      while (c < cuts.length && (cuts[c]! <= first || lines[cuts[c]!]!.start - from < want)) c++;
      if (c >= cuts.length) {
        yield { tree: parsePage(text.slice(from)), lineOffset: first };
        return;
      }
      const next = cuts[c]!;
      const tree = parsePage(text.slice(from, lines[next]!.start + lines[next]!.text.length));
      const last = tree.children.at(-1);
      if (last?.position?.start.line === next - first + 1) {
        yield { tree: { ...tree, children: tree.children.slice(0, -1) }, lineOffset: first };
        first = next;
        break;
      }
      want = 2 * (lines[next]!.start - from);
    }
  }
}

/**
 * The number of lines of a Jekyll front matter block (`---` ... `---` at the very
 * start), 0 without one. The GFM parser does not know front matter and would read
 * `title: Program` above a `---` as a heading; nothing in those lines is a section or
 * a marker.
 */
export function frontMatterLines(text: string): number {
  const m = /^\ufeff?---[ \t]*(?:\r\n|\n|\r)(?:.*(?:\r\n|\n|\r))*?(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/.exec(text);
  return m ? m[0].split(/\r\n|\n|\r/).length - (/(\r\n|\n|\r)$/.test(m[0]) ? 1 : 0) : 0;
}

/** The plain text of a node, with inline code and link texts but no markup. */
export function textOf(node: Nodes): string {
  if ('value' in node && node.type !== 'html') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

/** What a part of a page shows: its list items (at any depth), table rows and their non-empty cells, paragraphs outside those, and headings. */
export interface Entries {
  listItems: number;
  tableRows: number;
  tableCells: number;
  paragraphs: number;
  headings: number;
}

/** Counts the entries of some blocks of a tree, added to `entries` when given. */
export function countEntries(nodes: readonly Nodes[], entries: Entries = { listItems: 0, tableRows: 0, tableCells: 0, paragraphs: 0, headings: 0 }): Entries {
  const walk = (node: Nodes, inEntry: boolean) => {
    if (node.type === 'listItem') entries.listItems++;
    else if (node.type === 'tableRow') entries.tableRows++;
    else if (node.type === 'tableCell' && node.children.length > 0) entries.tableCells++;
    else if (node.type === 'paragraph' && !inEntry) entries.paragraphs++;
    else if (node.type === 'heading') entries.headings++;
    const entry = inEntry || node.type === 'listItem' || node.type === 'tableRow';
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, entry);
  };
  for (const node of nodes) walk(node, false);
  return entries;
}

/** The entries of a Markdown fragment, such as a generated section (read in parts, see {@link parsePageParts}). */
export function entriesOf(markdown: string): Entries {
  const total = countEntries([]);
  for (const { tree } of parsePageParts(markdown)) countEntries(tree.children, total);
  return total;
}

/** True when the entries show nothing a reader would miss. */
export const isEmpty = (e: Entries): boolean => e.listItems + e.tableRows + e.paragraphs + e.headings === 0;

/** True when a Markdown fragment shows something ({@link isEmpty} of its entries is false); reads only as many parts as it takes. */
export function showsSomething(markdown: string): boolean {
  for (const { tree } of parsePageParts(markdown)) if (!isEmpty(countEntries(tree.children))) return true;
  return false;
}

/** 1-based first and last line of a run of top-level blocks. */
export function linesOf(first: RootContent, last: RootContent = first): { from: number; to: number } {
  return { from: first.position!.start.line, to: last.position!.end.line };
}
