import type { Heading, List, Nodes, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * Reads Markdown back with an independent GFM parser (micromark, as GitHub's
 * cmark-gfm specifies it), so tests compare what a reader sees, not our strings.
 */

/** The GFM syntax tree of a Markdown text. */
export const parseGfm = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * What a reader sees in a node, with the structure that matters kept visible:
 * `~~struck~~`, `[text](url)`, `*em*`, `**strong**`, `` `code` ``, raw HTML as `<html:...>`.
 * White space is collapsed.
 */
export function visible(node: Nodes): string {
  return collapse(flatten(node));
}

function flatten(node: Nodes): string {
  const inner = () => ('children' in node ? (node.children as Nodes[]).map(flatten).join('') : '');
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return `\`${node.value}\``;
    case 'html':
      return `<html:${node.value}>`;
    case 'delete':
      return `~~${inner()}~~`;
    case 'emphasis':
      return `*${inner()}*`;
    case 'strong':
      return `**${inner()}**`;
    case 'link':
      return `[${inner()}](${node.url})`;
    case 'break':
      return ' ';
    default:
      return inner();
  }
}

/** Every table of the document, as rows of visible cell texts (header row first). */
export function tablesOf(markdown: string): string[][][] {
  return parseGfm(markdown)
    .children.filter((n): n is Table => n.type === 'table')
    .map((t) => t.children.map((row) => row.children.map(visible)));
}

/** The first table of the document. */
export function tableOf(markdown: string): string[][] {
  const [table] = tablesOf(markdown);
  if (!table) throw new Error(`no table in:\n${markdown}`);
  return table;
}

/** Visible text of every heading. */
export const headingsOf = (markdown: string): string[] =>
  parseGfm(markdown).children.filter((n): n is Heading => n.type === 'heading').map(visible);

/** Items of the first list after the heading or paragraph whose text contains `heading` (or of the first list). */
export function listItemsOf(markdown: string, heading?: string): string[] {
  const nodes: RootContent[] = parseGfm(markdown).children;
  const start = heading === undefined ? 0 : nodes.findIndex((n) => n.type !== 'list' && visible(n).includes(heading));
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const list = nodes.slice(start).find((n): n is List => n.type === 'list');
  if (!list) throw new Error(`no list after "${heading}"`);
  return list.children.map(visible);
}

/** Node types used anywhere in the document, for "no emphasis, no raw HTML" assertions. */
export function nodeTypes(markdown: string): Set<string> {
  const types = new Set<string>();
  const walk = (n: Nodes) => {
    types.add(n.type);
    if ('children' in n) (n.children as Nodes[]).forEach(walk);
  };
  walk(parseGfm(markdown));
  return types;
}

/** A list as a reader sees its structure: [item text, sub-items] per item, recursively. */
export type Outline = [string, Outline[]];

/** The outline of a list: each item's first block as visible text, and its sub-list's outline. */
export function outline(list: List): Outline[] {
  return list.children.map((item) => {
    const sub = item.children.find((c): c is List => c.type === 'list');
    return [visible(item.children[0]!), sub ? outline(sub) : []];
  });
}
