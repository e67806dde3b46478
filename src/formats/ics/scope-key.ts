import { echoValue } from '../../echo.js';
import { slugify } from '../../parse/resolve.js';
import type { PreviousCalendar } from './previous.js';

/**
 * What a calendar holds, as recorded in its `X-DLS-SCOPE` property: `deadlines`,
 * `program`, or `program` and its filters (`program no-breaks speaker=matsuoka`),
 * values percent-encoded so the key needs no TEXT escaping. Resolved values, so
 * `--speaker "Satoshi Matsuoka"` and `--speaker matsuoka` are one scope.
 */
export type ScopeKey = string;

/** `name=value` or, for several values (sorted by the caller), `name=a,b`; commas inside values are percent-encoded. */
const token = (name: string, values: readonly string[]): string => `${name}=${values.map(encodeURIComponent).join(',')}`;

/**
 * The key of a program calendar with these (resolved) filters: `program speaker=ada,alan`.
 * One value gives the key dls always wrote, so earlier calendars keep their scope.
 */
export function programScopeKey(filters: { breaks: boolean } & { [K in 'speaker' | 'track' | 'room']?: string | readonly string[] }): ScopeKey {
  const parts = ['program'];
  if (!filters.breaks) parts.push('no-breaks');
  for (const name of ['speaker', 'track', 'room'] as const) {
    const values = filters[name] ?? [];
    if (values.length > 0) parts.push(token(name, typeof values === 'string' ? [values] : values));
  }
  return parts.join(' ');
}

/** Decodes a value of a key; a hand-edited file may hold a broken escape, which is shown as written. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const FILTER_WORDS: Record<string, string> = { speaker: 'of speaker', track: 'in track', room: 'in room' };

/** A scope in words, for messages: "the whole program", "the program items of speaker matsuoka". */
export function describeScope(key: ScopeKey): string {
  if (key === 'deadlines') return 'the important dates';
  if (key === 'program') return 'the whole program';
  const [kind, ...filters] = key.split(' ');
  if (kind !== 'program') return `the calendar scope "${key}"`;
  const words = filters.map((f) => {
    if (f === 'no-breaks') return 'without breaks';
    const [name = '', value = ''] = f.split('=');
    const values = value.split(',').map((v) => echoValue(decoded(v)));
    return `${FILTER_WORDS[name] ?? name} ${values.join(' or ')}`;
  });
  return `the program ${words.join(', ')}`;
}

/** A file name that fits a scope, to suggest as another `-o`: `dates.ics`, `matsuoka.ics`, `room-b.ics`. */
export function scopeFileName(key: ScopeKey): string {
  if (key === 'deadlines') return 'dates.ics';
  const parts = key.split(' ').slice(1).map((f) => {
    if (f === 'no-breaks') return 'talks';
    const [name, value = ''] = f.split('=');
    return `${name === 'room' ? 'room-' : ''}${value.split(',').map((v) => slugify(decoded(v))).join('-')}`;
  });
  return `${parts.length > 0 ? parts.join('-') : 'program'}.ics`;
}

/**
 * How the previous calendar's scope differs from this export's, in words; undefined
 * when it is the same. A calendar written before dls recorded X-DLS-SCOPE is compared
 * by its (escaped) X-WR-CALNAME, which names the scope; one with neither is taken as is.
 */
export function scopeChange(previous: PreviousCalendar, key: ScopeKey, escapedName: string): string | undefined {
  if (previous.scope !== undefined) return previous.scope === key ? undefined : describeScope(previous.scope);
  if (previous.name === undefined || previous.name === escapedName) return undefined;
  return `the calendar "${previous.name.replace(/\\(.)/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c))}"`;
}
