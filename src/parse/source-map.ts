import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { Path } from '../model.js';
import { commaInFlow } from './unquoted.js';

/** Answers "where is this path in the file?" for diagnostics. */
export interface SourceMap {
  /** 1-based line and column of the node's value, or of its key with `at: 'key'`. */
  locate(path: Path, at?: 'key' | 'value'): { line: number; column: number };
  /** The scalar's text as written in the file. */
  raw(path: Path): string | undefined;
  /** For an unknown key that is the rest of a value cut at a comma inside `{ }`: that key and the whole value (see `commaInFlow`). */
  commaSplit(path: Path): { key: string; value: string } | undefined;
}

/**
 * Positions for a parsed document. They are looked up only when a diagnostic needs
 * one, so a clean check of a large file pays nothing for them.
 */
export function createSourceMap(doc: Document, text: string, lineCounter: LineCounter): SourceMap {
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return {
    locate(path, where = 'value') {
      const found = findNode(doc, path);
      const offset = where === 'key' && found.exact ? (found.key?.range?.[0] ?? found.node?.range?.[0]) : found.node?.range?.[0];
      return at(offset ?? found.key?.range?.[0] ?? 0);
    },
    raw(path) {
      const found = findNode(doc, path);
      const range = found.exact && isScalar(found.node) ? found.node.range : undefined;
      return range ? text.slice(range[0], range[1]).trim() : undefined;
    },
    commaSplit(path) {
      const key = path[path.length - 1];
      return typeof key === 'string' ? commaInFlow(doc, text, path.slice(0, -1), key) : undefined;
    },
  };
}

/**
 * The deepest node along `path`: the value node and, for a map entry, its key node.
 * `exact` is false when the path goes deeper than the document (a missing key), in
 * which case the nearest existing ancestor is returned.
 */
function findNode(doc: Document, path: Path): { node: YamlNode | null; key?: YamlNode | null; exact: boolean } {
  let node = doc.contents as YamlNode | null;
  let key: YamlNode | null | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc) ?? null;
    if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment] as YamlNode | null;
      key = undefined;
    } else if (isMap(node)) {
      const pair = keyIndex(node).get(String(segment));
      if (!pair) return { node, key, exact: false };
      key = pair.key as YamlNode | null;
      node = (pair.value as YamlNode | null) ?? null;
      if (node === null) return { node: key, key, exact: true };
    } else return { node, key, exact: false };
  }
  return { node, key, exact: true };
}

const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * The pairs of a mapping by key text, built on first use: `mail export` locates every
 * address, and a scan per lookup made 40,000 people cost minutes. The first pair wins,
 * as it did with a scan (a duplicate key is reported by the walker anyway).
 */
function keyIndex(map: YAMLMap): Map<string, Pair> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p as Pair);
    indexes.set(map, index);
  }
  return index;
}
