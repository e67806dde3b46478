import { canonicalZoneCase, isKnownZone, isValidZone, knownZones } from '../time.js';
import { suggest } from '../suggest.js';
import { zoneForZoneLikeCity } from '../zone-cities.js';
import { isDeliverableAddress, parseAddress } from '../mail/address.js';
import { text, type Schema, INVALID, shown, describePath } from './schema-kit.js';
import { isAbsoluteHttp } from '../links.js';
export { linkSchema } from './link-schema.js';

/** `H:MM` or `HH:MM`, 24-hour. */
export const TIME_PATTERN = /^([01]?\d|2[0-3]):[0-5]\d$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * Names an id or slug may not take: the members every JavaScript object has. As a key
 * of `people` or a lookup name they would read as something else (`constructor`).
 */
export const RESERVED_NAMES: readonly string[] = [
  'constructor', 'prototype', '__proto__', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
];
const unreserved = (s: string): boolean => !RESERVED_NAMES.includes(s);
const NOT_RESERVED = 'other than a reserved name (constructor, prototype, toString ...)';
// Deliberately plain: a local part, an @, a dotted domain (Unicode allowed; the mail
// writers convert it to punycode). Full RFC 5322 syntax is not what people type.
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;

/**
 * Years a workshop date may fall in. Wide enough for any real workshop, and narrow
 * enough that every calendar value, even an AoE deadline on the last day, keeps a
 * four-digit year (year 10000 printed as `+010000...`, year 0 as 1900).
 */
export const YEARS = { first: 1900, last: 2200 } as const;

/** True for a real calendar date written `YYYY-MM-DD`, in the years {@link YEARS}. */
export function isDate(s: string): boolean {
  const m = DATE_PATTERN.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < YEARS.first || y > YEARS.last) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth;
}

/** The day `days` after (or, negative, before) a valid `YYYY-MM-DD` date, counted on the calendar (UTC). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * True for an address that looks deliverable: `name@example.org`, and that the mail
 * export's stricter parser accepts (no leading `-`, `=` ..., no `..`, a real domain).
 */
export const isEmail = (s: string): boolean => EMAIL_PATTERN.test(s) && isDeliverableAddress(s);

/** A 24-hour clock time. */
export const timeSchema = text({ expected: 'a time like 9:30 or 14:05 (H:MM, 24-hour)', test: (s) => TIME_PATTERN.test(s), ruleId: 'invalid-time', json: { pattern: TIME_PATTERN.source } });
/** A calendar date. */
export const dateSchema = text({ expected: `a date like 2019-11-17 (YYYY-MM-DD) that exists, from ${YEARS.first} to ${YEARS.last}`, test: isDate, ruleId: 'invalid-date', json: { pattern: '^(19\\d{2}|2[01]\\d{2}|2200)-\\d{2}-\\d{2}$' } });
/** A lowercase slug. */
export const slugSchema = text({ expected: `a lowercase slug like dls-sc19 (a-z, 0-9, single hyphens), ${NOT_RESERVED}`, test: (s) => SLUG_PATTERN.test(s) && unreserved(s), json: { pattern: SLUG_PATTERN.source, not: { enum: [...RESERVED_NAMES] } } });
/** A stable item or person id. */
export const idSchema = text({ expected: `an id of letters, digits, \`.\`, \`_\` or \`-\`, ${NOT_RESERVED}`, test: (s) => ID_PATTERN.test(s) && unreserved(s), json: { pattern: ID_PATTERN.source, not: { enum: [...RESERVED_NAMES] } } });
/** An absolute http(s) URL: the workshop's own address, against which relative links resolve. */
export const urlSchema = text({ expected: 'an http:// or https:// URL', test: isAbsoluteHttp, json: { format: 'uri', pattern: '^https?://' } });
const plainEmailSchema = text({ expected: 'an e-mail address like name@example.org', test: isEmail, ruleId: 'invalid-email', json: { format: 'email' } });
/** An e-mail address; the message says what is wrong with it, as `dls mail export` would. */
export const emailSchema: Schema<string> = {
  ...plainEmailSchema,
  parse(value, path, ctx) {
    const first = ctx.issues.length;
    const result = plainEmailSchema.parse(value, path, ctx);
    const parsed = typeof value === 'string' && value.trim() !== '' ? parseAddress(value) : undefined;
    const issue = ctx.issues[first];
    if (result === INVALID && issue && parsed && !parsed.ok) issue.message += ` (${parsed.reason})`;
    return result;
  },
};
/** A date and time with an offset, such as `2019-11-01T12:00:00Z`, or a day (midnight UTC). */
export const instantSchema = text({
  expected: `an ISO date-time with offset like 2019-11-01T12:00:00Z, or a date like 2019-11-01, from ${YEARS.first} to ${YEARS.last}`,
  test: (s) => {
    const m = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/.exec(s);
    return m !== null && isDate(m[1]!);
  },
  json: { anyOf: [{ format: 'date-time' }, { format: 'date' }] },
});
/** Ids of people: the keys of the `people` registry. */
export const personIdKey = { test: (s: string) => ID_PATTERN.test(s) && unreserved(s), expected: `letters, digits, \`.\`, \`_\` or \`-\`, ${NOT_RESERVED}` };

/** An IANA time-zone name, with a did-you-mean for near misses. */
export const timezoneSchema: Schema<string> = {
  expected: 'an IANA time-zone name like America/Denver or Europe/Berlin',
  parse(value, path, ctx) {
    if (typeof value === 'string' && isKnownZone(value)) return value;
    const hint = typeof value === 'string' ? zoneHint(value) : undefined;
    const abbreviation = typeof value === 'string' && hint === undefined && /^[A-Za-z0-9+-]{2,9}$/.test(value) && isValidZone(value);
    const why = abbreviation ? ' (an abbreviation or fixed offset cannot follow daylight saving; name the place)' : '';
    const message = `${describePath(path)} is ${shown(value, path, ctx)}; expected ${this.expected}${hint ? ` (did you mean ${hint}?)` : why}`;
    ctx.issues.push({ path, ruleId: 'unknown-timezone', message });
    return INVALID;
  },
  toJsonSchema: () => ({ type: 'string', description: 'IANA time-zone name, e.g. America/Denver.', examples: ['America/Denver', 'Europe/Berlin', 'Asia/Tokyo'] }),
};

/** A near miss of a zone name: the right capitals, a city's zone (`Europe/Frankfurt`: `Europe/Berlin`), or one or two typos, never a far-off zone. */
function zoneHint(value: string): string | undefined {
  const hint = isValidZone(value) ? canonicalZoneCase(value) : (zoneForZoneLikeCity(value) ?? suggest(value, knownZones(), 2));
  return hint === value ? undefined : hint;
}
