import { LineCounter, isScalar } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { createSourceMap, type SourceMap } from './source-map.js';
import { TreeWalker } from './yaml-walker.js';
import { NESTING_MESSAGE, parseShallowDocument } from './yaml-depth.js';
import { colonInValue, quoteAdvice } from './unquoted.js';

export type { SourceMap } from './source-map.js';
export { MAX_ALIAS_NODES } from './yaml-walker.js';

/** The plain data of a YAML document, with positions. */
export type YamlTree = { ok: true; value: unknown; source: SourceMap } | { ok: false; diagnostics: Diagnostic[] };

const YAML_RULES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate-key',
  MULTIPLE_DOCS: 'multiple-documents',
  TAB_AS_INDENT: 'yaml-tabs',
};

/**
 * Parses YAML text strictly: one document, at most 64 levels deep, unique keys, bounded aliases, no
 * `__proto__` keys. Returns plain data plus a {@link SourceMap}, or diagnostics.
 */
export function parseYamlTree(text: string, file: string): YamlTree {
  const lineCounter = new LineCounter();
  // No `uniqueKeys`: yaml compares each key with every earlier key of its mapping (quadratic
  // at 40,000 people); TreeWalker reports duplicates with their position in one pass.
  const parsed = parseShallowDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, version: '1.2' });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const diag = (offset: number, ruleId: string, message: string): Diagnostic => ({ severity: 'error', ruleId, message, file, ...at(offset) });
  if ('deepAt' in parsed) return { ok: false, diagnostics: [diag(parsed.deepAt, 'nesting-limit', NESTING_MESSAGE)] };
  const { doc } = parsed;

  if (doc.errors.length > 0) {
    const colons = doc.errors.flatMap((e) => {
      const found = colonInValue(text, e.pos[0], e.pos[1], e.code);
      return found ? [{ at: e.pos[0], line: at(e.pos[0]).line, message: quoteAdvice(found.key, found.value, ': ', found.inFlow) }] : [];
    });
    // yaml often adds a second error on the same line for the same colon: one message is enough.
    const others = doc.errors.filter((e) => !colons.some((c) => c.line === at(e.pos[0]).line));
    return {
      ok: false,
      diagnostics: [
        ...colons.map((c) => diag(c.at, 'unquoted-text', c.message)),
        ...others.map((e) => diag(e.pos[0], YAML_RULES[e.code] ?? 'yaml-syntax', yamlMessage(e.code, e.message, /^[^:\n]*/.exec(text.slice(e.pos[0]))?.[0] ?? ''))),
      ],
    };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { ok: false, diagnostics: [diag(0, 'empty-file', `${file} is empty; expected a mapping with id, title, timezone, date and program (run \`dls init\` to start one)`)] };
  }
  const walker = new TreeWalker(doc);
  const value = walker.walk(doc.contents, 0);
  if (walker.problems.length > 0) return { ok: false, diagnostics: walker.problems.map((p) => diag(p.offset, p.ruleId, p.message)) };
  return { ok: true, value, source: createSourceMap(doc, text, lineCounter) };
}

function yamlMessage(code: string, message: string, snippet: string): string {
  if (code === 'DUPLICATE_KEY') return `duplicate key \`${snippet.trim()}\`; each key may appear once in a mapping (YAML forbids repeats, and the second would silently win)`;
  if (code === 'MULTIPLE_DOCS') return 'a second YAML document (`---`) follows; expected exactly one document in the file';
  if (code === 'TAB_AS_INDENT') return 'a tab is used for indentation; YAML allows only spaces there';
  return message.replace(/\.$/, '');
}

