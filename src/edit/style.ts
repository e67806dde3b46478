import { withoutFinalNewline } from './yaml-text.js';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Node as YamlNode, type YAMLMap } from 'yaml';

/**
 * How the user writes entries of a list or mapping, read from a neighbouring entry,
 * so that a new entry looks like the ones around it.
 */
export interface EntryStyle {
  /** `{ a: 1 }` on one line, or a block of `key: value` lines. */
  flow: boolean;
  /** Spaces inside braces: `{ a: 1 }` rather than `{a: 1}`. */
  mapPadded: boolean;
  /** Spaces inside brackets: `[ ada ]` rather than `[ada]`. */
  seqPadded: boolean;
  /** How times are quoted: `"9:00"`, `'9:00'` or `9:00`. */
  timeQuote: Scalar.Type;
  /** Key order to follow; keys not listed come after, in the order given. */
  keyOrder: string[];
  /** Longest one-line entry around, so a new flow entry is not much longer. */
  maxFlowWidth: number;
}

/** The style of a new file's entries: padded flow maps, quoted times. */
export const DEFAULT_STYLE: EntryStyle = { flow: true, mapPadded: true, seqPadded: false, timeQuote: Scalar.QUOTE_DOUBLE, keyOrder: [], maxFlowWidth: 120 };

/** Reads the style of `neighbour` (an entry of the collection being extended) from the source text. */
export function styleOf(neighbour: YamlNode | null | undefined, text: string, siblings: readonly unknown[], quoteKey = 'start'): EntryStyle {
  if (!isMap(neighbour) || !neighbour.range) return { ...DEFAULT_STYLE };
  const flowSeq = neighbour.items.map((p) => p.value).find((v): v is YamlNode => isSeq(v) && v.flow === true && v.items.length > 0);
  const time = neighbour.items.find((p) => isScalar(p.key) && p.key.value === quoteKey)?.value;
  return {
    flow: neighbour.flow === true,
    mapPadded: neighbour.flow === true ? text[neighbour.range[0] + 1] === ' ' : true,
    seqPadded: flowSeq?.range ? text[flowSeq.range[0] + 1] === ' ' : false,
    timeQuote: isScalar(time) && time.type ? time.type : Scalar.QUOTE_DOUBLE,
    keyOrder: neighbour.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')),
    maxFlowWidth: Math.max(120, ...siblings.map((s) => flowWidth(s as YamlNode))),
  };
}

function flowWidth(node: YamlNode): number {
  if (!isMap(node) || !node.flow || !node.range) return 0;
  return node.range[1] - node.range[0];
}

/**
 * Orders an entry's keys like its neighbour's. A key the neighbour lacks (a `kind`
 * next to a plain talk) goes right after the key that precedes it in the entry.
 */
export function orderKeys(entry: Record<string, unknown>, keyOrder: readonly string[]): Record<string, unknown> {
  const keys = Object.keys(entry).filter((k) => entry[k] !== undefined);
  const rank = keys.map((k, i) => {
    if (keyOrder.includes(k)) return [keyOrder.indexOf(k), 0] as const;
    const before = keys.slice(0, i).reverse().find((b) => keyOrder.includes(b));
    return [before === undefined ? -1 : keyOrder.indexOf(before), 1 + i] as const;
  });
  const order = keys.map((_, i) => i).sort((a, b) => rank[a]![0] - rank[b]![0] || rank[a]![1] - rank[b]![1]);
  return Object.fromEntries(order.map((i) => [keys[i]!, entry[keys[i]!]]));
}

/**
 * Renders an entry (a mapping) in a style: one flow line, or block lines without
 * indentation. `timeKeys` get the neighbour's quoting; nested lists are flow. Every
 * scalar is written by yaml's own stringifier, quoted as its context needs; the
 * style decides only the structure around them.
 */
export function renderEntry(entry: Record<string, unknown>, style: EntryStyle, flow: boolean, timeKeys: readonly string[] = ['start', 'end']): string {
  const doc = new Document(orderKeys(entry, style.keyOrder));
  const map = doc.contents as YAMLMap;
  map.flow = flow;
  for (const pair of map.items) {
    if (isSeq(pair.value)) pair.value.flow = true;
    if (isScalar(pair.key) && timeKeys.includes(String(pair.key.value)) && isScalar(pair.value)) pair.value.type = style.timeQuote;
  }
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false, singleQuote: style.timeQuote === Scalar.QUOTE_SINGLE });
  return padFlowCollections(withoutFinalNewline(out), style);
}

/**
 * Pads the brackets and braces of the flow collections in `yamlText` (written unpadded)
 * as the style says. yaml pads maps and lists alike, while a file may pad only one of
 * them; the collections are found by parsing, so text inside a scalar is never touched.
 */
export function padFlowCollections(yamlText: string, style: Pick<EntryStyle, 'mapPadded' | 'seqPadded'>): string {
  const at: number[] = [];
  visit(parseDocument(yamlText), {
    Collection(_, node) {
      const padded = isMap(node) ? style.mapPadded : style.seqPadded;
      if (node.flow && padded && node.items.length > 0 && node.range) at.push(node.range[0] + 1, node.range[1] - 1);
    },
  });
  return at.sort((a, b) => b - a).reduce((t, i) => `${t.slice(0, i)} ${t.slice(i)}`, yamlText);
}
