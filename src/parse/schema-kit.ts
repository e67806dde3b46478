import type { Path } from '../model.js';

/**
 * A small schema kit: each schema validates plain YAML data with messages that name
 * the bad value and what was expected, and describes itself as JSON Schema. One
 * definition serves the checker and the editor schema (`workshop.schema.json`).
 * (zod 4 would do the same but adds about 30 ms to every start; see docs/decisions.md.)
 */

/** A finding from validation, before it gets a file position. */
export interface Issue {
  path: Path;
  ruleId: string;
  message: string;
  at?: 'key' | 'value';
}

/** What validation needs from its caller: a sink for issues and the source text of scalars. */
export interface Context {
  issues: Issue[];
  raw(path: Path): string | undefined;
}

/** Returned by a schema whose input is invalid (an issue has been reported). */
export const INVALID: unique symbol = Symbol('invalid');

/** A schema for values of type `T`. */
export interface Schema<T> {
  /** What the value should be, in words, for messages: "a time like 9:30". */
  readonly expected: string;
  parse(value: unknown, path: Path, ctx: Context): T | typeof INVALID;
  toJsonSchema(): Record<string, unknown>;
}

/** The output type of a schema. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Shows a value as the user wrote it, for messages. */
export function shown(value: unknown, path: Path, ctx: Context): string {
  const raw = ctx.raw(path);
  if (raw !== undefined && raw !== '') return raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

/** Reports a value of the wrong shape: what it is, and what was expected. */
export function mismatch(value: unknown, path: Path, ctx: Context, expected: string, ruleId = 'invalid-value'): typeof INVALID {
  ctx.issues.push({ path, ruleId, message: `${describePath(path)} is ${shown(value, path, ctx)}; expected ${expected}` });
  return INVALID;
}

/** `program[3].start`: how a path reads in a message. */
export function describePath(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out === '' ? 'the file' : `\`${out}\``;
}

/** A whole number within bounds. */
export function integer(min: number, max: number): Schema<number> {
  const expected = `a whole number from ${min} to ${max}`;
  return {
    expected,
    parse: (value, path, ctx) =>
      typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : mismatch(value, path, ctx, expected),
    toJsonSchema: () => ({ type: 'integer', minimum: min, maximum: max }),
  };
}

/** `true` or `false`. */
export function boolean(): Schema<boolean> {
  return {
    expected: 'true or false',
    parse: (value, path, ctx) => (typeof value === 'boolean' ? value : mismatch(value, path, ctx, 'true or false')),
    toJsonSchema: () => ({ type: 'boolean' }),
  };
}

/** One of a fixed set of words. */
export function oneOf<const T extends readonly string[]>(values: T, ruleId?: string): Schema<T[number]> {
  const expected = `one of ${values.join(', ')}`;
  return {
    expected,
    parse: (value, path, ctx) => ((values as readonly unknown[]).includes(value) ? (value as T[number]) : mismatch(value, path, ctx, expected, ruleId)),
    toJsonSchema: () => ({ enum: [...values] }),
  };
}

/** A list of values of one schema; bad items are reported and dropped. */
export function list<T>(item: Schema<T>): Schema<T[]> {
  const expected = `a list of ${item.expected}`;
  return {
    expected,
    parse(value, path, ctx) {
      if (!Array.isArray(value)) return mismatch(value, path, ctx, `a list (\`- item\` lines)`);
      const out: T[] = [];
      value.forEach((v, i) => {
        const r = item.parse(v, [...path, i], ctx);
        if (r !== INVALID) out.push(r);
      });
      return out;
    },
    toJsonSchema: () => ({ type: 'array', items: item.toJsonSchema() }),
  };
}

/**
 * A list whose bad items are reported and kept as holes (`undefined`), so the good
 * items keep their positions: diagnostics about `program[7]` must point at item 7
 * even when item 3 could not be read.
 */
export function sparseList<T>(item: Schema<T>): Schema<(T | undefined)[]> {
  return {
    expected: `a list of ${item.expected}`,
    parse(value, path, ctx) {
      if (!Array.isArray(value)) return mismatch(value, path, ctx, `a list (\`- item\` lines)`);
      return value.map((v, i) => {
        const r = item.parse(v, [...path, i], ctx);
        return r === INVALID ? undefined : r;
      });
    },
    toJsonSchema: () => ({ type: 'array', items: item.toJsonSchema() }),
  };
}

/** Chooses a schema by the value's shape: text or a mapping (a person id or an inline person). */
export function textOrMapping<A, B>(asText: Schema<A>, asMapping: Schema<B>): Schema<A | B> {
  const expected = `${asText.expected}, or ${asMapping.expected}`;
  return {
    expected,
    parse: (value, path, ctx) =>
      typeof value === 'string' ? asText.parse(value, path, ctx) : isMapping(value) ? asMapping.parse(value, path, ctx) : mismatch(value, path, ctx, expected),
    toJsonSchema: () => ({ anyOf: [asText.toJsonSchema(), asMapping.toJsonSchema()] }),
  };
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export { text } from './schema-text.js';
