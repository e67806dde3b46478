import { LineCounter, parseDocument, isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { Path } from '../model.js';

/** Answers "where is this path in the file?" for diagnostics. */
export interface SourceMap {
  /** 1-based line and column of the node's value, or of its key with `at: 'key'`. */
  locate(path: Path, at?: 'key' | 'value'): { line: number; column: number };
  /** The scalar's text as written in the file. */
  raw(path: Path): string | undefined;
}

/** The plain data of a YAML document, with positions. */
export type YamlTree = { ok: true; value: unknown; source: SourceMap } | { ok: false; diagnostics: Diagnostic[] };

/** Alias expansion budget: a "billion laughs" file stops here instead of eating memory. */
export const MAX_ALIAS_NODES = 10_000;
const MAX_DEPTH = 64;

const YAML_RULES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate-key',
  MULTIPLE_DOCS: 'multiple-documents',
  TAB_AS_INDENT: 'yaml-tabs',
};

/**
 * Parses YAML text strictly: one document, unique keys, bounded aliases, no
 * `__proto__` keys. Returns plain data plus a {@link SourceMap}, or diagnostics.
 */
export function parseYamlTree(text: string, file: string): YamlTree {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2' });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const diag = (offset: number, ruleId: string, message: string): Diagnostic => ({ severity: 'error', ruleId, message, file, ...at(offset) });

  if (doc.errors.length > 0) {
    return { ok: false, diagnostics: doc.errors.map((e) => diag(e.pos[0], YAML_RULES[e.code] ?? 'yaml-syntax', yamlMessage(e.code, e.message, /^[^:\n]*/.exec(text.slice(e.pos[0]))?.[0] ?? ''))) };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { ok: false, diagnostics: [diag(0, 'empty-file', `${file} is empty; expected a mapping with id, title, timezone, date and program (run \`dls init\` to start one)`)] };
  }
  const walker = new TreeWalker(doc);
  const value = walker.walk(doc.contents, 0);
  if (walker.problems.length > 0) return { ok: false, diagnostics: walker.problems.map((p) => diag(p.offset, p.ruleId, p.message)) };
  // Positions are looked up only when a diagnostic needs one, so a clean check of a
  // large file pays nothing for them.
  const source: SourceMap = {
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
  };
  return { ok: true, value, source };
}

function yamlMessage(code: string, message: string, snippet: string): string {
  if (code === 'DUPLICATE_KEY') return `duplicate key \`${snippet.trim()}\`; each key may appear once in a mapping (YAML forbids repeats, and the second would silently win)`;
  if (code === 'MULTIPLE_DOCS') return 'a second YAML document (`---`) follows; expected exactly one document in the file';
  if (code === 'TAB_AS_INDENT') return 'a tab is used for indentation; YAML allows only spaces there';
  return message.replace(/\.$/, '');
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
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return { node, key, exact: false };
      key = pair.key as YamlNode | null;
      node = (pair.value as YamlNode | null) ?? null;
      if (node === null) return { node: key, key, exact: true };
    } else return { node, key, exact: false };
  }
  return { node, key, exact: true };
}

/** Converts yaml's node tree to plain values, refusing unsafe input. */
class TreeWalker {
  readonly problems: { offset: number; ruleId: string; message: string }[] = [];
  private aliasNodes = 0;
  /** Offset of the outermost alias being expanded: where a blow-up is reported. */
  private aliasOrigin = 0;

  constructor(private readonly doc: Document) {}

  walk(node: unknown, depth: number, viaAlias = false): unknown {
    const n = node as YamlNode | null;
    const offset = n?.range?.[0] ?? 0;
    if (depth > MAX_DEPTH) return this.fail(offset, 'alias-limit', `nesting deeper than ${MAX_DEPTH} levels (a self-referencing alias?); expected a plain workshop file`);
    if (viaAlias && ++this.aliasNodes > MAX_ALIAS_NODES) {
      return this.fail(this.aliasOrigin, 'alias-limit', `aliases expand to more than ${MAX_ALIAS_NODES} nodes; expected modest use of anchors (this looks like an alias bomb)`);
    }
    if (isAlias(n)) {
      if (!viaAlias) this.aliasOrigin = offset;
      return this.walk(n.resolve(this.doc), depth + 1, true);
    }
    if (isScalar(n)) return n.value;
    if (isSeq(n)) return n.items.map((item) => this.walk(item, depth + 1, viaAlias));
    if (isMap(n)) return this.walkMap(n, offset, depth, viaAlias);
    return n === null ? null : undefined;
  }

  private walkMap(n: YAMLMap, offset: number, depth: number, viaAlias: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const pair of n.items) {
      const key = pair.key as YamlNode | null;
      const kOffset = key?.range?.[0] ?? offset;
      if (!isScalar(key) || typeof key.value === 'object') {
        this.fail(kOffset, 'yaml-syntax', 'a key is not plain text; expected keys like `title:`');
        continue;
      }
      const name = String(key.value);
      if (name === '__proto__' || name === 'constructor' || name === 'prototype') {
        this.fail(kOffset, 'reserved-key', `key \`${name}\` is reserved; expected a workshop key such as \`title\``);
        continue;
      }
      if (Object.hasOwn(out, name)) {
        // `1:` and `"1":` are different YAML keys but the same key here.
        this.fail(kOffset, 'duplicate-key', `duplicate key \`${name}\`; each key may appear once in a mapping (\`${name}:\` and \`"${name}":\` count as the same key)`);
        continue;
      }
      out[name] = this.walk(pair.value, depth + 1, viaAlias);
    }
    return out;
  }

  private fail(offset: number, ruleId: string, message: string): undefined {
    if (!this.problems.some((p) => p.ruleId === ruleId && ruleId === 'alias-limit')) this.problems.push({ offset, ruleId, message });
    return undefined;
  }
}
