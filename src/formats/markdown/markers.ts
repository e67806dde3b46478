import type { Nodes } from 'mdast';
import { frontMatterLines, parsePageParts } from './page-tree.js';

/**
 * The one scan for `<!-- dls:NAME:start -->` / `<!-- dls:NAME:end -->` markers. A
 * marker is an HTML comment that is a block of its own at the top level of the page,
 * as GitHub's parser sees it. The same text inside a code block (fenced, indented, or
 * fenced inside a list item), a `<pre>`, another HTML comment or a `code span` is an
 * example in the page's prose and is never a marker.
 */

/** A marker found in the page. `misplaced` says why it cannot delimit a region (a problem). */
export interface Marker {
  name: string;
  kind: 'start' | 'end';
  /** 1-based line of the marker. */
  line: number;
  /** The marker as written, such as `<!-- dls:program:start -->`. */
  text: string;
  misplaced?: string;
}

const MARKER = /<!--[ \t]*dls:([^\s:]*):(start|end)[ \t]*-->/;
// HTML blocks whose content is literal (CommonMark block kinds 1 and 2): text inside is shown or hidden, never a marker.
const LITERAL_HTML = /^\s*<(!--|pre[\s>]|script[\s>]|style[\s>]|textarea[\s>])/i;

/** Every marker of `text`, in page order. */
export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  // No marker text anywhere: nothing to parse (a page written by `dls export markdown -o`).
  if (!MARKER.test(text)) return markers;
  const front = frontMatterLines(text);
  let offset = 0;
  const at = (m: RegExpExecArray, line: number, misplaced?: string) =>
    markers.push({ name: m[1]!, kind: m[2] as Marker['kind'], line, text: m[0], ...(misplaced ? { misplaced } : {}) });
  const walk = (node: Nodes, top: boolean) => {
    // Nodes made by GFM autolinks have no position; they are inline and never markers.
    if (node.position && node.position.end.line + offset <= front) return;
    if (node.type === 'html') return htmlMarkers(node.value, node.position!.start.line + offset, top, at);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, node.type === 'root');
  };
  for (const part of parsePageParts(text, front)) {
    offset = part.lineOffset;
    walk(part.tree, false);
  }
  return markers;
}

function htmlMarkers(value: string, line: number, top: boolean, at: (m: RegExpExecArray, line: number, misplaced?: string) => void): void {
  const first = MARKER.exec(value);
  if (!first) return;
  if (!top) return at(first, line, 'must be on a line of its own at the top level of the page, not inside a paragraph, list or quote');
  if (value.trim() === first[0]) return at(first, line);
  if (value.trimStart().startsWith(first[0])) return at(first, line, 'must be on a line of its own');
  if (LITERAL_HTML.test(value)) return;
  // A marker line inside an HTML block (`<div>` ...) is part of that block's raw HTML.
  value.split(/\r\n|\n|\r/).forEach((text, i) => {
    const m = MARKER.exec(text);
    if (m && i > 0 && text.trim() === m[0]) at(m, line + i, `is inside the HTML block that starts on line ${line}; put a blank line before it`);
  });
}

/** True when the page has at least one start marker (in the scan's sense, misplaced or not). */
export function hasMarkers(text: string): boolean {
  return findMarkers(text).some((m) => m.kind === 'start');
}
