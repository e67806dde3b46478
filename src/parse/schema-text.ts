import { INVALID, describePath, mismatch, type Schema } from './schema-kit.js';

/** What a text schema accepts. */
export interface TextOptions {
  expected?: string;
  /** Returns true when the text is acceptable. */
  test?: (s: string) => boolean;
  ruleId?: string;
  json?: Record<string, unknown>;
  /** Allow line breaks and tabs (abstracts, free Markdown); other text is one line. */
  multiline?: boolean;
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const BREAK = /[\n\t]/;

/** Why text is not acceptable as text at all, before any format test. */
function textProblem(value: string, multiline: boolean): string | undefined {
  if (!multiline && BREAK.test(value)) return 'contains a line break or tab; expected a single line of text (fold a long value with `>-`)';
  const control = CONTROL.exec(value);
  if (control) return `contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}; expected printable text`;
  return undefined;
}

/** A text value; `test` narrows it (a URL, a time, a slug). Numbers are not silently turned into text. */
export function text(options: TextOptions = {}): Schema<string> {
  const expected = options.expected ?? 'text';
  return {
    expected,
    parse(value, path, ctx) {
      if (typeof value !== 'string' || value.trim() === '') return mismatch(value, path, ctx, expected, typeof value === 'string' ? options.ruleId : undefined);
      const problem = textProblem(value, options.multiline === true);
      if (problem) {
        ctx.issues.push({ path, ruleId: 'invalid-value', message: `${describePath(path)} ${problem}` });
        return INVALID;
      }
      if (options.test && !options.test(value)) return mismatch(value, path, ctx, expected, options.ruleId);
      return value;
    },
    toJsonSchema: () => ({ type: 'string', minLength: 1, ...(options.multiline ? {} : { pattern: '^[^\\n\\t]*$' }), ...options.json, description: `${expected[0]?.toUpperCase()}${expected.slice(1)}.` }),
  };
}
