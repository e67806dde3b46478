import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { Scalar } from 'yaml';
import { blockLines, renderKey } from './entry-text.js';
import { DEFAULT_STYLE, renderEntry, styleOf, type EntryStyle } from './style.js';
import { afterLine, lineIndent, lineStart, splice } from './text-offsets.js';

/**
 * Inserts entries into a YAML collection by splicing text at node positions that
 * yaml's Document API reports, never by re-printing the document: every byte
 * outside the new entry stays as the user wrote it (comments, quoting, spacing).
 * See docs/decisions.md ("Editing") for why `doc.toString()` is not enough.
 */

/** A new entry for the collection under a top-level key. */
export interface NewEntry {
  /** Top-level key of the collection: `program`, `important_dates`, `people`. */
  key: string;
  /** For lists: where the entry goes (0 = first). For mappings: ignored (appended). */
  index: number;
  value: Record<string, unknown>;
  /** For mappings: the new key. */
  mapKey?: string;
  /** Key whose quoting follows the neighbours (`start`, `date`). */
  quoteKey: string;
  timeKeys: readonly string[];
}

/** Returns the text with the entry inserted. The document must have parsed without errors. */
export function insertEntry(doc: Document, text: string, entry: NewEntry): string {
  const node = doc.get(entry.key, true) as YamlNode | undefined;
  // Without neighbours: times quoted (YAML 1.1 tools read 9:00 as a number), dates plain.
  const fresh: EntryStyle = { ...DEFAULT_STYLE, timeQuote: entry.quoteKey === 'date' ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE };
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) return appendNewKey(text, entry, fresh);
  if (!(isSeq(node) || isMap(node)) || !node.range) throw new Error(`${entry.key} is not a collection`);
  const items = node.items as unknown[];
  const values = items.map((it) => (isMap(node) ? (it as Pair).value : it) as YamlNode);
  const at = isSeq(node) ? Math.min(entry.index, items.length) : items.length;
  const neighbour = values[at - 1] ?? values[at];
  const style = neighbour ? styleOf(neighbour, text, values, entry.quoteKey) : fresh;
  // One flow neighbour is enough: a short entry stays on one line, as most around it do.
  style.flow ||= [values[at - 1], values[at]].some((v) => isMap(v) && v.flow === true);
  if (node.flow && items.length === 0) return replaceEmptyFlow(text, node.range, entry, lineIndent(text, node.range[0]) + 2, style);
  if (node.flow) return insertIntoFlow(text, values, at, entry, style);
  const prev = values[at - 1];
  const offset = prev?.range ? afterLine(text, prev.range[1]) : lineStart(text, itemStart(node, 0));
  const indent = prev ? indentOfEntry(node, at - 1, text) : indentOfEntry(node, 0, text);
  return splice(text, offset, blockLines(entry, style, indent, isSeq(node)));
}

function itemStart(node: YamlNode, i: number): number {
  if (isMap(node)) return ((node.items[i] as Pair).key as YamlNode).range![0];
  return (node as { items: YamlNode[] }).items[i]!.range![0];
}

/** Column where the entry's `-` (lists) or key (mappings) sits. */
function indentOfEntry(node: YamlNode, i: number, text: string): number {
  const start = itemStart(node, i);
  if (isMap(node)) return start - lineStart(text, start);
  const dash = text.lastIndexOf('-', start - 1);
  return dash - lineStart(text, dash);
}

function insertIntoFlow(text: string, values: YamlNode[], at: number, entry: NewEntry, style: EntryStyle): string {
  const rendered = renderEntry(entry.value, style, true, entry.timeKeys);
  const item = entry.mapKey === undefined ? rendered : `${renderKey(entry.mapKey)}: ${rendered}`;
  const prev = values[at - 1];
  if (prev?.range) return splice(text, prev.range[1], `, ${item}`);
  const next = values[at]!;
  const start = entry.mapKey === undefined ? next.range![0] : text.lastIndexOf(',', next.range![0]) + 1;
  return splice(text, start, `${item}, `);
}

function replaceEmptyFlow(text: string, range: readonly number[], entry: NewEntry, indent: number, style: EntryStyle): string {
  const [from, to] = [range[0]!, range[1]!];
  const lineEnd = afterLine(text, to);
  // `key: []` loses ` []`; `key: []  # note` keeps its note on the key's line.
  const bare = text.slice(to, lineEnd).trim() === '';
  const cutFrom = bare ? text.slice(0, from).trimEnd().length : from;
  const kept = text.slice(0, cutFrom) + text.slice(to);
  return splice(kept, afterLine(kept, cutFrom), blockLines(entry, style, indent, entry.mapKey === undefined));
}

function appendNewKey(text: string, entry: NewEntry, style: EntryStyle): string {
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${base}\n${entry.key}:\n${blockLines(entry, style, 2, entry.mapKey === undefined)}`;
}
