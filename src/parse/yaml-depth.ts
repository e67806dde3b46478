import { Composer, Parser, YAMLParseError, type CST, type Document, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions } from 'yaml';

/** Deepest nesting of mappings and sequences a workshop file may have; real ones use five. */
export const MAX_NESTING = 64;

/** What a file nested too deeply is told. */
export const NESTING_MESSAGE = `mappings and sequences nest more than ${MAX_NESTING} levels deep here; expected a workshop file (a few levels deep)`;

type Children = { items?: { key?: CST.Token | null; value?: CST.Token | null }[]; value?: CST.Token };

/**
 * The offset of the first mapping or sequence in `token` that nests more than
 * {@link MAX_NESTING} deep, or undefined. An explicit stack, no recursion: 10,000
 * levels cost what 10,000 characters cost.
 */
export function deepCollectionOffset(root: CST.Token): number | undefined {
  const stack: [CST.Token | null | undefined, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    const level = token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection' ? depth + 1 : depth;
    if (level > MAX_NESTING) return token.offset;
    // Pushed last to first, so the first too-deep collection in the file is found first.
    const t = token as Children;
    for (const item of [...(t.items ?? [])].reverse()) stack.push([item.value, level], [item.key, level]);
    if (t.value) stack.push([t.value, level]);
  }
  return undefined;
}

type Options = ParseOptions & DocumentOptions & SchemaOptions & { lineCounter: LineCounter };

/**
 * yaml's `parseDocument`, with the nesting checked on its concrete syntax tree before
 * the document is composed: yaml's parser keeps its own stack, but composing recurses
 * once per level, and 10,000 levels overflow the call stack. Returns the document, or
 * the offset of the first collection nested too deep. One parse either way.
 */
export function parseShallowDocument(text: string, options: Options): { doc: Document } | { deepAt: number } {
  let deepAt: number | undefined;
  function* shallow(tokens: Generator<CST.Token>): Generator<CST.Token> {
    for (const token of tokens) {
      deepAt = deepCollectionOffset(token);
      if (deepAt !== undefined) return;
      yield token;
    }
  }
  let doc: Document | undefined;
  for (const next of new Composer(options).compose(shallow(new Parser(options.lineCounter.addNewLine).parse(text)), true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError(next.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return deepAt === undefined ? { doc: doc! } : { deepAt };
}
