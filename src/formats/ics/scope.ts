import type { Person, ProgramItem, Workshop } from '../../model.js';
import { compareCodeUnits } from '../../compare.js';
import { cutValue, echoValue } from '../../echo.js';
import { suggest } from '../../suggest.js';
import { matchPeople, personKey } from '../../match-person.js';
import { programScopeKey, type ScopeKey } from './scope-key.js';

/**
 * Which program items a calendar holds. Values of one filter add up (any speaker
 * given); different filters narrow (a speaker's talks in a room). A filter takes
 * one value or several, as `--speaker` given once or repeated.
 */
export interface ProgramFilter {
  /** Keep items of kind `break` (default true). */
  breaks: boolean;
  /** Person ids from `people`, or speakers' names (case-insensitive). */
  speaker?: string | readonly string[];
  track?: string | readonly string[];
  room?: string | readonly string[];
}

/** The items a filter keeps, with a label for the calendar name and the scope's key; or why the filter matches nothing. */
export type Selection = { ok: true; items: ProgramItem[]; label?: string; key: ScopeKey } | { ok: false; message: string; hint?: string };
type Failure = { ok: false; message: string; hint?: string };

const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('en');
const valuesOf = (v: string | readonly string[] | undefined): readonly string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v);
/** Resolved values in one order whatever the order of the flags, so a set of filters has one key and one name. */
const sorted = <T>(pairs: [string, T][]): [string, T][] => [...new Map(pairs)].sort((a, b) => compareCodeUnits(a[0], b[0]));

/** Applies a filter to the program. A `--speaker`, `--track` or `--room` that names nothing is a failure, never an empty calendar. */
export function selectProgram(workshop: Workshop, filter: ProgramFilter): Selection {
  let items = filter.breaks ? workshop.program : workshop.program.filter((i) => i.kind !== 'break');
  const labels: string[] = [];
  const resolved: Record<string, string[]> = {};
  const wantedSpeakers = valuesOf(filter.speaker);
  if (wantedSpeakers.length > 0) {
    const found: [string, Person][] = [];
    for (const wanted of wantedSpeakers) {
      const r = findSpeaker(workshop, wanted);
      if (!r.ok) return r;
      found.push([r.person.id ?? r.person.name, r.person]);
    }
    const people = sorted(found);
    const keys = new Set(people.map(([, q]) => personKey(q)));
    items = items.filter((i) => i.speakers.some((p) => keys.has(personKey(p))));
    labels.push(people.map(([, p]) => p.name).join(' & '));
    resolved.speaker = people.map(([k]) => k);
  }
  for (const field of ['track', 'room'] as const) {
    const wanted = valuesOf(filter[field]);
    if (wanted.length === 0) continue;
    const known = [...new Set(workshop.program.flatMap((i) => (i[field] === undefined ? [] : [i[field]!])))];
    const matches: [string, string][] = [];
    for (const w of wanted) {
      const match = known.find((k) => fold(k) === fold(w));
      if (match === undefined) return unknown(field, w, known);
      matches.push([match, match]);
    }
    const names = sorted(matches).map(([k]) => k);
    items = items.filter((i) => names.includes(i[field]!));
    labels.push(field === 'room' ? `${names.length > 1 ? 'rooms' : 'room'} ${names.join(' & ')}` : names.join(' & '));
    resolved[field] = names;
  }
  return { ok: true, items, label: labels.length > 0 ? labels.join(', ') : undefined, key: programScopeKey({ breaks: filter.breaks, ...resolved }) };
}


function findSpeaker(workshop: Workshop, wanted: string): { ok: true; person: Person } | Failure {
  const speakers = new Map<string, Person>();
  for (const p of workshop.program.flatMap((i) => i.speakers)) speakers.set(personKey(p), p);
  const found = matchPeople(wanted, [...speakers.values()]);
  if (found.length === 1) return { ok: true, person: found[0]! };
  if (found.length > 1) {
    const ids = found.map((p) => p.id ?? p.name).join(', ');
    return { ok: false, message: `--speaker ${echoValue(wanted)} names ${found.length} speakers`, hint: `pick one by id: ${ids}` };
  }
  const candidates = [...speakers.values()].flatMap((p) => (p.id ? [p.id, p.name] : [p.name]));
  if (workshop.people.has(wanted)) return { ok: false, message: `--speaker ${echoValue(wanted)} is in \`people\` but speaks at no program item` };
  return unknown('speaker', wanted, candidates);
}

function unknown(what: string, wanted: string, known: string[]): Failure {
  const close = suggest(wanted, known);
  const hint = close !== undefined ? `did you mean ${echoValue(close)}?` : known.length > 0 ? `known: ${known.slice(0, 8).map((k) => cutValue(k)).join(', ')}${known.length > 8 ? ' ...' : ''}` : `no program item has a ${what}`;
  return { ok: false, message: `--${what} ${echoValue(wanted)} matches no ${what === 'speaker' ? 'speaker' : `${what} in the program`}`, hint };
}
