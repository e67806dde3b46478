import { cutValue } from '../echo.js';
import { INVALID, describePath, isMapping, shown, type Context, type Schema } from './schema-kit.js';
import { suggest } from '../suggest.js';
import type { Path } from '../model.js';

/** One key of a mapping: its schema, whether it is required, and what it means. */
export interface Field<T, R extends boolean = boolean> {
  schema: Schema<T>;
  required: R;
  description: string;
  /** An optional key whose absence means something (an item without `end` is a point in time): a bad value makes the whole mapping unreadable, not absent. */
  vital?: boolean;
}

/** A required key. */
export const required = <T>(schema: Schema<T>, description: string): Field<T, true> => ({ schema, required: true, description });
/** An optional key. */
export const optional = <T>(schema: Schema<T>, description: string): Field<T, false> => ({ schema, required: false, description });
/** An optional key whose absence has a meaning of its own: present with a bad value, it is not read as absent. */
export const optionalVital = <T>(schema: Schema<T>, description: string): Field<T, false> => ({ schema, required: false, description, vital: true });

type Shape = Record<string, Field<unknown>>;
type Out<S extends Shape> = { [K in keyof S as S[K] extends Field<unknown, true> ? K : never]: S[K] extends Field<infer T> ? T : never } & {
  [K in keyof S as S[K] extends Field<unknown, true> ? never : K]?: S[K] extends Field<infer T> ? T : never;
};

/** An object schema that can also hand back what it could read of an invalid mapping. */
export interface ObjectSchema<T> extends Schema<T> {
  /**
   * The keys that were valid, even when a required one is missing or bad (reported as
   * usual); INVALID only when the value is no mapping at all. The checker uses it to run
   * the schedule rules on what could be read.
   */
  parsePartial(value: unknown, path: Path, ctx: Context): Partial<T> | typeof INVALID;
}

/**
 * A mapping with known keys. Unknown keys are errors with a did-you-mean; a missing
 * required key is reported on the mapping; a bad optional value is dropped after
 * being reported, so one mistake yields one message.
 */
export function object<S extends Shape>(shape: S, expected = 'a mapping'): ObjectSchema<Out<S>> {
  const keys = Object.keys(shape);
  const parseFields = (value: unknown, path: Path, ctx: Context): { out: Record<string, unknown>; ok: boolean } | typeof INVALID => {
    if (!isMapping(value)) {
      ctx.issues.push({ path, ruleId: 'invalid-value', message: `${describePath(path)} is ${shown(value, path, ctx)}; expected ${expected}` });
      return INVALID;
    }
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const [key, v] of Object.entries(value)) {
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!field) {
        const hint = suggest(key, keys);
        ctx.issues.push({
          path: [...path, key],
          at: 'key',
          ruleId: 'unknown-key',
          message: `unknown key \`${cutValue(key)}\` in ${describePath(path)}; ${hint ? `did you mean \`${hint}\`?` : `expected one of ${keys.join(', ')}`}`,
        });
        continue;
      }
      if (v === null && !field.required) continue;
      const r = field.schema.parse(v, [...path, key], ctx);
      if (r === INVALID) ok = ok && !field.required && !field.vital;
      else out[key] = r;
    }
    for (const key of keys) {
      if (shape[key]!.required && !(key in value)) {
        const what = shape[key]!.description.replace(/\.$/, '');
        ctx.issues.push({ path, ruleId: 'missing-key', message: `${describePath(path)} lacks the required key \`${key}\`; expected \`${key}:\` with ${/^[A-Z][a-z]/.test(what) ? what[0]!.toLowerCase() + what.slice(1) : what}` });
        ok = false;
      }
    }
    return { out, ok };
  };
  return {
    expected,
    parse(value, path, ctx: Context) {
      const r = parseFields(value, path, ctx);
      return r !== INVALID && r.ok ? (r.out as Out<S>) : INVALID;
    },
    parsePartial(value, path, ctx) {
      const r = parseFields(value, path, ctx);
      return r === INVALID ? INVALID : (r.out as Partial<Out<S>>);
    },
    toJsonSchema() {
      const properties: Record<string, unknown> = {};
      for (const key of keys) properties[key] = { ...shape[key]!.schema.toJsonSchema(), description: shape[key]!.description };
      const req = keys.filter((k) => shape[k]!.required);
      return { type: 'object', properties, ...(req.length ? { required: req } : {}), additionalProperties: false };
    },
  };
}

/** A mapping from ids to values of one schema (the `people` registry). */
export function record<T>(keySchema: { test: (k: string) => boolean; expected: string }, item: Schema<T>): Schema<Map<string, T>> {
  return {
    expected: `a mapping of ids to ${item.expected}`,
    parse(value, path, ctx) {
      if (!isMapping(value)) {
        ctx.issues.push({ path, ruleId: 'invalid-value', message: `${describePath(path)} is ${shown(value, path, ctx)}; expected a mapping of ids` });
        return INVALID;
      }
      const out = new Map<string, T>();
      for (const [k, v] of Object.entries(value)) {
        if (!keySchema.test(k)) {
          ctx.issues.push({ path: [...path, k], at: 'key', ruleId: 'invalid-value', message: `id \`${k}\` in ${describePath(path)} is not valid; expected ${keySchema.expected}` });
          continue;
        }
        const r = item.parse(v, [...path, k], ctx);
        if (r !== INVALID) out.set(k, r);
      }
      return out;
    },
    toJsonSchema: () => ({ type: 'object', additionalProperties: item.toJsonSchema() }),
  };
}
