import { LineCounter, parseDocument, isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { Path } from '../model.js';

/** Where a node sits in the source: offsets of its key (for map entries) and value. */
interface Span {
  keyOffset?: number;
  valueOffset: number;
  /** The value's text as written, for messages (`9.30`, not `9.3`). */
  raw?: string;
}

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

const pathKey = (path: Path): string => path.join('\u0000');

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
    return { ok: false, diagnostics: doc.errors.map((e) => diag(e.pos[0], YAML_RULES[e.code] ?? 'yaml-syntax', yamlMessage(e.code, e.message))) };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { ok: false, diagnostics: [diag(0, 'empty-file', `${file} is empty; expected a mapping with id, title, timezone, date and program (run \`dls init\` to start one)`)] };
  }
  const spans = new Map<string, Span>();
  const walker = new TreeWalker(doc, text, spans);
  const value = walker.walk(doc.contents, [], undefined, 0);
  if (walker.problems.length > 0) return { ok: false, diagnostics: walker.problems.map((p) => diag(p.offset, p.ruleId, p.message)) };
  const source: SourceMap = {
    locate(path, where = 'value') {
      for (let p = path; ; p = p.slice(0, -1)) {
        const span = spans.get(pathKey(p));
        if (span) return at(where === 'key' && span.keyOffset !== undefined && p.length === path.length ? span.keyOffset : span.valueOffset);
        if (p.length === 0) return { line: 1, column: 1 };
      }
    },
    raw: (path) => spans.get(pathKey(path))?.raw,
  };
  return { ok: true, value, source };
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key; each key may appear once in a mapping (YAML forbids repeats, and the second would silently win)';
  if (code === 'MULTIPLE_DOCS') return 'a second YAML document (`---`) follows; expected exactly one document in the file';
  if (code === 'TAB_AS_INDENT') return 'a tab is used for indentation; YAML allows only spaces there';
  return message.replace(/\.$/, '');
}

/** Converts yaml's node tree to plain values, recording spans and refusing unsafe input. */
class TreeWalker {
  readonly problems: { offset: number; ruleId: string; message: string }[] = [];
  private aliasNodes = 0;
  /** Offset of the outermost alias being expanded: where a blow-up is reported. */
  private aliasOrigin = 0;

  constructor(
    private readonly doc: Document,
    private readonly text: string,
    private readonly spans: Map<string, Span>,
  ) {}

  walk(node: unknown, path: Path, keyOffset: number | undefined, depth: number, viaAlias = false): unknown {
    const n = node as YamlNode | null;
    const offset = n?.range?.[0] ?? keyOffset ?? 0;
    if (depth > MAX_DEPTH) return this.fail(offset, 'alias-limit', `nesting deeper than ${MAX_DEPTH} levels (a self-referencing alias?); expected a plain workshop file`);
    if (viaAlias && ++this.aliasNodes > MAX_ALIAS_NODES) {
      return this.fail(this.aliasOrigin, 'alias-limit', `aliases expand to more than ${MAX_ALIAS_NODES} nodes; expected modest use of anchors (this looks like an alias bomb)`);
    }
    if (isAlias(n)) {
      if (!viaAlias) this.aliasOrigin = offset;
      this.record(path, keyOffset, offset);
      return this.walk(n.resolve(this.doc), path, keyOffset, depth + 1, true);
    }
    if (isScalar(n)) {
      const raw = n.range ? this.text.slice(n.range[0], n.range[1]).trim() : String(n.value);
      this.record(path, keyOffset, offset, raw);
      return n.value;
    }
    this.record(path, keyOffset, offset);
    if (isSeq(n)) return n.items.map((item, i) => this.walk(item, [...path, i], undefined, depth + 1, viaAlias));
    if (isMap(n)) {
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
        out[name] = this.walk(pair.value, [...path, name], kOffset, depth + 1, viaAlias);
      }
      return out;
    }
    return n === null ? null : undefined;
  }

  private record(path: Path, keyOffset: number | undefined, valueOffset: number, raw?: string): void {
    const key = pathKey(path);
    if (!this.spans.has(key)) this.spans.set(key, { keyOffset, valueOffset, raw });
  }

  private fail(offset: number, ruleId: string, message: string): undefined {
    if (!this.problems.some((p) => p.ruleId === ruleId && ruleId === 'alias-limit')) this.problems.push({ offset, ruleId, message });
    return undefined;
  }
}
