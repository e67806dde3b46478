import type { Person, ProgramItem, Workshop } from '../../model.js';
import { suggest } from '../../suggest.js';
import { matchPeople } from '../../match-person.js';
import { programScopeKey, type ScopeKey } from './scope-key.js';

/** Which program items a calendar holds. Filters combine: all given must match. */
export interface ProgramFilter {
  /** Keep items of kind `break` (default true). */
  breaks: boolean;
  /** A person id from `people`, or a speaker's name (case-insensitive). */
  speaker?: string;
  track?: string;
  room?: string;
}

/** The items a filter keeps, with a label for the calendar name and the scope's key; or why the filter matches nothing. */
export type Selection = { ok: true; items: ProgramItem[]; label?: string; key: ScopeKey } | { ok: false; message: string; hint?: string };

const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('en');

/** Applies a filter to the program. A `--speaker`, `--track` or `--room` that names nothing is a failure, never an empty calendar. */
export function selectProgram(workshop: Workshop, filter: ProgramFilter): Selection {
  let items = filter.breaks ? workshop.program : workshop.program.filter((i) => i.kind !== 'break');
  const labels: string[] = [];
  const resolved: ProgramFilter = { breaks: filter.breaks };
  if (filter.speaker !== undefined) {
    const found = findSpeaker(workshop, filter.speaker);
    if (!found.ok) return found;
    items = items.filter((i) => i.speakers.some((p) => samePerson(p, found.person)));
    labels.push(found.person.name);
    resolved.speaker = found.person.id ?? found.person.name;
  }
  for (const field of ['track', 'room'] as const) {
    const wanted = filter[field];
    if (wanted === undefined) continue;
    const known = [...new Set(workshop.program.flatMap((i) => (i[field] === undefined ? [] : [i[field]!])))];
    const match = known.find((k) => fold(k) === fold(wanted));
    if (match === undefined) return unknown(field, wanted, known);
    items = items.filter((i) => i[field] === match);
    labels.push(field === 'room' ? `room ${match}` : match);
    resolved[field] = match;
  }
  return { ok: true, items, label: labels.length > 0 ? labels.join(', ') : undefined, key: programScopeKey(resolved) };
}

const samePerson = (a: Person, b: Person): boolean => (b.id !== undefined ? a.id === b.id : a.id === undefined && fold(a.name) === fold(b.name));

function findSpeaker(workshop: Workshop, wanted: string): { ok: true; person: Person } | { ok: false; message: string; hint?: string } {
  const speakers = new Map<string, Person>();
  for (const p of workshop.program.flatMap((i) => i.speakers)) speakers.set(p.id ?? `name:${fold(p.name)}`, p);
  const found = matchPeople(wanted, [...speakers.values()]);
  if (found.length === 1) return { ok: true, person: found[0]! };
  if (found.length > 1) {
    const ids = found.map((p) => p.id ?? p.name).join(', ');
    return { ok: false, message: `--speaker "${wanted}" names ${found.length} speakers`, hint: `pick one by id: ${ids}` };
  }
  const candidates = [...speakers.values()].flatMap((p) => (p.id ? [p.id, p.name] : [p.name]));
  if (workshop.people.has(wanted)) return { ok: false, message: `--speaker "${wanted}" is in \`people\` but speaks at no program item` };
  return unknown('speaker', wanted, candidates);
}

function unknown(what: string, wanted: string, known: string[]): { ok: false; message: string; hint?: string } {
  const close = suggest(wanted, known);
  const hint = close !== undefined ? `did you mean "${close}"?` : known.length > 0 ? `known: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ' ...' : ''}` : `no program item has a ${what}`;
  return { ok: false, message: `--${what} "${wanted}" matches no ${what === 'speaker' ? 'speaker' : `${what} in the program`}`, hint };
}
