import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import { aliasTargets } from './yaml-aliases.js';
import { MAX_NESTING as MAX_DEPTH, NESTING_MESSAGE } from './yaml-depth.js';

/** Alias expansion budget in nodes: a "billion laughs" file stops here instead of eating memory. */
export const MAX_ALIAS_NODES = 100_000;
/** Alias expansion budget in characters of text: one long value copied thousands of times stops here. */
export const MAX_ALIAS_TEXT = 10_000_000;

/** Converts yaml's node tree to plain values, refusing unsafe input. */
export class TreeWalker {
  readonly problems: { offset: number; ruleId: string; message: string }[] = [];
  private aliasNodes = 0;
  private aliasText = 0;
  /** Offset of the outermost alias being expanded: where a blow-up is reported. */
  private aliasOrigin = 0;
  /** Built at the first alias: a file without aliases never pays for the pass. */
  private targets?: Map<Alias, YamlNode>;

  constructor(private readonly doc: Document) {}

  walk(node: unknown, depth: number, viaAlias = false): unknown {
    const n = node as YamlNode | null;
    const offset = n?.range?.[0] ?? 0;
    if (depth > MAX_DEPTH) {
      if (!viaAlias) return this.fail(offset, 'nesting-limit', NESTING_MESSAGE);
      return this.fail(this.aliasOrigin, 'alias-limit', `aliases nest deeper than ${MAX_DEPTH} levels (a self-referencing alias?); expected a plain workshop file`);
    }
    if (viaAlias && ++this.aliasNodes > MAX_ALIAS_NODES) {
      return this.fail(this.aliasOrigin, 'alias-limit', `aliases expand to more than ${MAX_ALIAS_NODES.toLocaleString('en')} nodes; expected modest use of anchors (this looks like an alias bomb)`);
    }
    if (isAlias(n)) {
      if (!viaAlias) this.aliasOrigin = offset;
      this.targets ??= aliasTargets(this.doc);
      return this.walk(this.targets.get(n) ?? n.resolve(this.doc), depth + 1, true);
    }
    if (isScalar(n)) return viaAlias ? this.copied(n.value) : n.value;
    if (isSeq(n)) return n.items.map((item) => this.walk(item, depth + 1, viaAlias));
    if (isMap(n)) return this.walkMap(n, offset, depth, viaAlias);
    return n === null ? null : undefined;
  }

  /** A value copied by an alias, counted against the text budget. */
  private copied(value: unknown): unknown {
    if (typeof value === 'string') this.aliasText += value.length;
    if (this.aliasText <= MAX_ALIAS_TEXT) return value;
    return this.fail(this.aliasOrigin, 'alias-limit', `aliases expand to more than ${MAX_ALIAS_TEXT / 1_000_000} MB of text; expected modest use of anchors (this looks like an alias bomb)`);
  }

  private walkMap(n: YAMLMap, offset: number, depth: number, viaAlias: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, unknown>();
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
      if (seen.has(name)) {
        this.fail(kOffset, 'duplicate-key', duplicateKeyMessage(name, seen.get(name) === key.value));
        continue;
      }
      seen.set(name, key.value);
      out[name] = this.walk(pair.value, depth + 1, viaAlias);
    }
    return out;
  }

  private fail(offset: number, ruleId: string, message: string): undefined {
    if (!this.problems.some((p) => p.ruleId === ruleId && ruleId === 'alias-limit')) this.problems.push({ offset, ruleId, message });
    return undefined;
  }
}

/** `same`: the very same YAML key twice; otherwise `1:` and `"1":`, different in YAML but the same key here. */
function duplicateKeyMessage(name: string, same: boolean): string {
  return same
    ? `duplicate key \`${name}\`; each key may appear once in a mapping (YAML forbids repeats, and the second would silently win)`
    : `duplicate key \`${name}\`; each key may appear once in a mapping (\`${name}:\` and \`"${name}":\` count as the same key)`;
}
