import { parseDocument } from 'yaml';
import { WHOLE_FILE } from './whole-file.js';
import { minutesOf } from '../time.js';
import { keepLineEndings } from './line-endings.js';
import { insertEntry } from './splice.js';

/**
 * The pure edits behind `dls add`: each takes the file's text and returns new text
 * with one entry inserted in order, written like its neighbours.
 */

/** A program item as `dls add talk|break` writes it; keys as in workshop.yaml. */
export interface NewProgramItem {
  id?: string;
  /** Written only when it differs from the workshop's first day. */
  date?: string;
  start: string;
  end: string;
  title: string;
  /** Omitted for `talk`, the default. */
  kind?: string;
  /** Person ids, or inline `{ name }` for speakers not in `people`. */
  speakers?: (string | { name: string })[];
  /** Written only when it differs from the workshop's default room. */
  room?: string;
  /** Id of the session the item belongs to. */
  session?: string;
}

/** Text with the item inserted in time order; `index` is its place in `program`. */
export function addProgramItem(text: string, item: NewProgramItem): { text: string; index: number } {
  return keepLineEndings(text, (lf) => insertItem(lf, item));
}

function insertItem(text: string, item: NewProgramItem): { text: string; index: number } {
  const doc = parseDocument(text, WHOLE_FILE);
  const firstDay = String(doc.get('date') ?? '');
  const defaultRoom = doc.get('room');
  const existing = (doc.toJS()?.program ?? []) as { date?: string; start?: unknown }[];
  const keyOf = (date: string | undefined, start: unknown) => `${date ?? firstDay} ${String(minutesOf(String(start))).padStart(4, '0')}`;
  const newKey = keyOf(item.date, item.start);
  const later = existing.findIndex((e) => keyOf(e.date, e.start) > newKey);
  const index = later < 0 ? existing.length : later;
  const value: Record<string, unknown> = {
    id: item.id,
    date: item.date === firstDay ? undefined : item.date,
    start: item.start,
    end: item.end,
    title: item.title,
    kind: item.kind === 'talk' ? undefined : item.kind,
    speakers: item.speakers && item.speakers.length > 0 ? item.speakers : undefined,
    room: item.room === defaultRoom ? undefined : item.room,
    session: item.session,
  };
  return { text: insertEntry(doc, text, { key: 'program', index, value, quoteKey: 'start', timeKeys: ['start', 'end'] }), index };
}

/** Text with the deadline inserted in date order. */
export function addImportantDate(text: string, entry: { label: string; date: string }): { text: string; index: number } {
  return keepLineEndings(text, (lf) => insertDate(lf, entry));
}

function insertDate(text: string, entry: { label: string; date: string }): { text: string; index: number } {
  const doc = parseDocument(text, WHOLE_FILE);
  const existing = (doc.toJS()?.important_dates ?? []) as { date?: unknown }[];
  const later = existing.findIndex((e) => String(e.date) > entry.date);
  const index = later < 0 ? existing.length : later;
  return { text: insertEntry(doc, text, { key: 'important_dates', index, value: { label: entry.label, date: entry.date }, quoteKey: 'date', timeKeys: ['date'] }), index };
}

/** A person as `dls add person` writes it. */
export interface NewPerson {
  name: string;
  affiliation?: string;
  country?: string;
  email?: string;
  url?: string;
}

/** Text with the person appended to `people` under `id`. */
export function addPerson(text: string, id: string, person: NewPerson): string {
  const value = Object.fromEntries(Object.entries(person).filter(([, v]) => v !== undefined && v !== ''));
  const entry = { key: 'people', index: 0, mapKey: id, value, quoteKey: 'name', timeKeys: [] };
  return keepLineEndings(text, (lf) => ({ text: insertEntry(parseDocument(lf, WHOLE_FILE), lf, entry) })).text;
}
