import { isDate, YEARS } from './formats.js';
import { describePath, shown, INVALID, type Schema } from './schema-kit.js';

/** How precisely an important date is known. */
export type DatePrecision = 'day' | 'month' | 'tba';

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const DAY_LIKE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EXPECTED = `a date like 2021-05-14, a month like 2021-05, or TBA, from ${YEARS.first} to ${YEARS.last}`;

/** The precision of a value the schema accepted. */
export function precisionOf(value: string): DatePrecision {
  if (value === 'TBA') return 'tba';
  return MONTH_PATTERN.test(value) ? 'month' : 'day';
}

/** Why a date-like text is not a date that exists: `month 13 does not exist`. */
function whyNot(s: string): string | undefined {
  const m = MONTH_PATTERN.exec(s) ?? DAY_LIKE.exec(s);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
  if (Number(m[1]) < YEARS.first || Number(m[1]) > YEARS.last) return `year ${m[1]} is outside ${YEARS.first} to ${YEARS.last}`;
  if (m[3] !== undefined) return `${s.slice(0, 7)} has no day ${m[3]}`;
  return undefined;
}

/**
 * An important date: a day (`2021-05-14`), a month (`2021-05`, "some time in May"),
 * or `TBA`. `2021-13` is refused with the reason (there is no month 13).
 */
export const dateValueSchema: Schema<string> = {
  expected: EXPECTED,
  parse(value, path, ctx) {
    if (typeof value === 'string') {
      if (value === 'TBA' || isDate(value)) return value;
      const m = MONTH_PATTERN.exec(value);
      if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= YEARS.first && Number(m[1]) <= YEARS.last) return value;
    }
    const why = typeof value === 'string' ? whyNot(value) : undefined;
    const hint = typeof value === 'string' && value.trim().toLowerCase() === 'tba' && value !== 'TBA' ? ' (write it in capitals: TBA)' : '';
    ctx.issues.push({ path, ruleId: 'invalid-date', message: `${describePath(path)} is ${shown(value, path, ctx)}${why ? ` (${why})` : ''}; expected ${EXPECTED}${hint}` });
    return INVALID;
  },
  toJsonSchema: () => ({
    type: 'string',
    anyOf: [{ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, { pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }, { const: 'TBA' }],
    description: 'A date YYYY-MM-DD, a month YYYY-MM, or TBA.',
  }),
};
