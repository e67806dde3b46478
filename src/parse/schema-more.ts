import { suggest } from '../suggest.js';
import { INVALID, describePath, isMapping, mismatch, shown, type Schema } from './schema-kit.js';

/** `true` or `false`; YAML's `yes`/`on` are text in YAML 1.2 and refused here. */
export function boolean(): Schema<boolean> {
  const expected = 'true or false';
  return {
    expected,
    parse: (value, path, ctx) => (typeof value === 'boolean' ? value : mismatch(value, path, ctx, expected)),
    toJsonSchema: () => ({ type: 'boolean' }),
  };
}

/** One value or a list of them, always read as a list (`affiliation: ANL` or `affiliation: [ANL, UChicago]`). */
export function oneOrMany<T>(item: Schema<T>): Schema<T[]> {
  const expected = `${item.expected}, or a list of them`;
  return {
    expected,
    parse(value, path, ctx) {
      if (!Array.isArray(value)) {
        const r = item.parse(value, path, ctx);
        return r === INVALID ? INVALID : [r];
      }
      if (value.length === 0) return mismatch(value, path, ctx, expected);
      const out: T[] = [];
      value.forEach((v, i) => {
        const r = item.parse(v, [...path, i], ctx);
        if (r !== INVALID) out.push(r);
      });
      return out.length === value.length ? out : INVALID;
    },
    toJsonSchema: () => ({ anyOf: [item.toJsonSchema(), { type: 'array', minItems: 1, items: item.toJsonSchema() }] }),
  };
}

/**
 * One of a fixed set of words, with a did-you-mean for words people use instead
 * (`mode: online` -> `virtual`), which edit distance would not find.
 */
export function word<const T extends readonly string[]>(values: T, aliases: Record<string, T[number]>, ruleId = 'invalid-value'): Schema<T[number]> {
  const expected = `one of ${values.join(', ')}`;
  return {
    expected,
    parse(value, path, ctx) {
      if ((values as readonly unknown[]).includes(value)) return value as T[number];
      const hint = typeof value === 'string' ? (aliases[value.trim().toLowerCase()] ?? suggest(value, values)) : undefined;
      ctx.issues.push({ path, ruleId, message: `${describePath(path)} is ${shown(value, path, ctx)}; expected ${expected}${hint ? ` (did you mean \`${hint}\`?)` : ''}` });
      return INVALID;
    },
    toJsonSchema: () => ({ enum: [...values] }),
  };
}

/** A list of mappings whose `id` keys must be unique (sessions); a repeated id is reported on the second. */
export function listWithIds<T extends { id: string }>(item: Schema<T>): Schema<T[]> {
  return {
    expected: `a list of ${item.expected}`,
    parse(value, path, ctx) {
      if (!Array.isArray(value)) return mismatch(value, path, ctx, 'a list (`- item` lines)');
      const out: T[] = [];
      const seen = new Set<string>();
      value.forEach((v, i) => {
        const r = item.parse(v, [...path, i], ctx);
        if (r === INVALID) return;
        if (seen.has(r.id)) ctx.issues.push({ path: [...path, i, 'id'], ruleId: 'invalid-value', message: `id \`${r.id}\` is already used in ${describePath(path)}; expected a unique id` });
        else if (isMapping(v)) out.push(r);
        seen.add(r.id);
      });
      return out;
    },
    toJsonSchema: () => ({ type: 'array', items: item.toJsonSchema() }),
  };
}
