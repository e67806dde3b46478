import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** A parsed page: the GFM tree with positions, and the source it came from. */
export interface Page {
  text: string;
  root: Root;
}

/** Parses a page as GitHub-flavoured Markdown (tables, strikethrough, autolinks), with positions. */
export function parsePage(text: string): Page {
  return { text, root: fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) };
}

/** The text a node shows, without markup (and without nodes of type `skip`); a `<br>` is a space; white space collapsed and trimmed. */
export function plain(node: Nodes | readonly Nodes[], skip?: Nodes['type']): string {
  return collapse(rawPlain(node, skip));
}

/** The text a node shows, as {@link plain} reads it, white space as written: for joining with its siblings. */
export function rawPlain(node: Nodes | readonly Nodes[], skip?: Nodes['type']): string {
  if (Array.isArray(node)) return node.map((c: Nodes) => rawPlain(c, skip)).join('');
  const n = node as Nodes;
  if (n.type === skip) return '';
  // A `<br>` in a table cell is a line break a reader sees: a space, never words glued together.
  if (n.type === 'html') return /^<br\s*\/?>$/i.test(n.value.trim()) ? ' ' : '';
  if ('value' in n && typeof n.value === 'string') return n.value;
  if (n.type === 'break') return ' ';
  return 'children' in n ? rawPlain(n.children as Nodes[], skip) : '';
}

/** Collapses white space to single spaces and trims. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The source text of a node (or of several siblings, first to last). */
export function source(page: Page, first: Nodes, last: Nodes = first): string {
  return page.text.slice(first.position!.start.offset!, last.position!.end.offset!);
}

/** First and last 1-based line of a node. */
export const lineOf = (node: Nodes): number => node.position!.start.line;
export const endLineOf = (node: Nodes): number => node.position!.end.line;

/** Every node under `node`, depth first, of the given type. */
export function findAll<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const out: Nodes[] = [];
  const walk = (n: Nodes) => {
    if (n.type === type) out.push(n);
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return out as Extract<Nodes, { type: T }>[];
}

/** A heading and the top-level blocks under it, up to the next heading of the same or a higher level. */
export interface Section {
  heading: Extract<RootContent, { type: 'heading' }>;
  blocks: RootContent[];
}

/** The page's title: its first heading when that is of level 1 and the only one; never the heading of a section. */
export function isTitleHeading(page: Page, node: RootContent): boolean {
  if (!TITLES.has(page)) {
    const ones = page.root.children.filter((n) => n.type === 'heading' && n.depth === 1);
    TITLES.set(page, ones.length === 1 && page.root.children.find((n) => n.type === 'heading') === ones[0] ? ones[0] : undefined);
  }
  return TITLES.get(page) === node;
}

/** Each page's title heading, found once (import asks for every heading that could head a section). */
const TITLES = new WeakMap<Page, RootContent | undefined>();

/** The page's headings, each with the blocks that follow it up to the next heading of any level. */
export function sections(page: Page): Section[] {
  const out: Section[] = [];
  for (const node of page.root.children) {
    if (node.type === 'heading') out.push({ heading: node, blocks: [] });
    else out.at(-1)?.blocks.push(node);
  }
  return out;
}
