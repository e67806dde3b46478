import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * A page read as GitHub reads it: the CommonMark + GFM syntax tree of micromark, with
 * positions. Markers, sections and the entries a region shows are all found in this
 * tree, never with line patterns, so nested lists, code blocks, `<pre>` and HTML
 * comments mean what they mean on GitHub.
 */

/** The GFM syntax tree of `text`, with 1-based line positions and offsets. */
export function parsePage(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
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

/** Counts the entries of some blocks of a tree. */
export function countEntries(nodes: readonly Nodes[]): Entries {
  const entries: Entries = { listItems: 0, tableRows: 0, tableCells: 0, paragraphs: 0, headings: 0 };
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

/** The entries of a Markdown fragment, such as a generated section. */
export const entriesOf = (markdown: string): Entries => countEntries(parsePage(markdown).children);

/** True when the entries show nothing a reader would miss. */
export const isEmpty = (e: Entries): boolean => e.listItems + e.tableRows + e.paragraphs + e.headings === 0;

/** 1-based first and last line of a run of top-level blocks. */
export function linesOf(first: RootContent, last: RootContent = first): { from: number; to: number } {
  return { from: first.position!.start.line, to: last.position!.end.line };
}
