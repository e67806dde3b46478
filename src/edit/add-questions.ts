import { ITEM_KINDS, type ProgramItem, type Workshop } from '../model.js';
import { slugify } from '../parse/resolve.js';
import { minutesOf } from '../time.js';
import type { Question } from './questions.js';
import { resolveSpeakers } from './speakers.js';
import { echoValue } from '../echo.js';
import { checkDate, checkId, checkText, checkTime } from './validators.js';
import { sessionQuestion } from './add-session.js';

/** Answers of `dls add talk|break`, keyed like their flags. */
export type ItemFields = { title?: string; kind?: string; speaker?: string; date?: string; room?: string; start?: string; end?: string; session?: string; id?: string };

/** `H:MM` of minutes after midnight. */
export const clockOf = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** The item that ends last on a day in a room: the new item starts when it ends. */
export function lastItem(w: Workshop, date: string, room: string | undefined): ProgramItem | undefined {
  const same = w.program.filter((i) => i.date === date && i.room === room);
  return same.reduce<ProgramItem | undefined>((a, i) => (!a || i.end > a.end ? i : a), undefined);
}

/** Suggests an item id from the title that no item uses yet. */
export function suggestItemId(title: string, w: Workshop): string {
  const used = new Set(w.program.map((i) => i.id));
  const base = slugify(title);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

function typicalMinutes(w: Workshop, kind: string): number {
  const same = w.program.filter((i) => i.kind === kind && i.end > i.start);
  const last = same[same.length - 1];
  return last ? minutesOf(last.end) - minutesOf(last.start) : 30;
}

/** The questions of `dls add talk` or `dls add break`, with suggestions from the workshop. */
export function itemQuestions(w: Workshop, what: 'talk' | 'break'): Question<ItemFields>[] {
  const multiDay = w.endDate !== w.date;
  const rooms = new Set(w.program.map((i) => i.room));
  const after = (a: Partial<ItemFields>) => lastItem(w, a.date ?? w.date, a.room ?? w.room);
  return [
    { key: 'title', flag: '--title', message: what === 'break' ? 'Title' : 'Talk title', suggest: () => (what === 'break' ? 'Break' : undefined), validate: checkText },
    ...(what === 'talk' ? [{ key: 'kind', flag: '--kind', message: 'Kind', suggest: () => 'talk', optional: true, choices: ITEM_KINDS.filter((k) => k !== 'break'), validate: (v: string) => (ITEM_KINDS.includes(v as never) ? true : `expected one of ${ITEM_KINDS.join(', ')}`) } as const] : []),
    ...(what === 'talk' ? [{ key: 'speaker', flag: '--speaker', message: `Speakers (comma-separated: ids or names from people, or a new speaker's full name; known: ${[...w.people.keys()].slice(0, 6).join(', ') || 'none yet'})`, optional: true, validate: (v: string) => ('unknown' in resolveSpeakers(v, w) ? (resolveSpeakers(v, w) as { unknown: string }).unknown : true) } as const] : []),
    { key: 'date', flag: '--date', message: 'Day (YYYY-MM-DD)', suggest: () => w.program[w.program.length - 1]?.date ?? w.date, validate: (v) => dayVerdict(v, w), quiet: !multiDay },
    { key: 'room', flag: '--room', message: 'Room', suggest: () => w.room, optional: true, quiet: rooms.size <= 1, validate: checkText },
    { key: 'start', flag: '--start', message: 'Start (H:MM)', suggest: (a) => after(a)?.end.replace(/^0/, '') ?? '9:00', validate: checkTime },
    { key: 'end', flag: '--end', message: 'End (H:MM)', suggest: (a) => (a.start && checkTime(a.start) === true ? clockOf(Math.min(minutesOf(a.start) + typicalMinutes(w, a.kind ?? what), 23 * 60 + 59)) : undefined), validate: (v, a) => endVerdict(v, a.start) },
    ...(what === 'talk' ? [sessionQuestion<ItemFields>(w)] : []),
    { key: 'id', flag: '--id', message: 'Id (stable; calendar events keep it)', suggest: (a) => (a.title ? suggestItemId(a.title, w) : undefined), validate: (v) => idVerdict(v, w), quiet: true },
  ];
}

function dayVerdict(value: string, w: Workshop): true | string {
  const verdict = checkDate(value);
  if (verdict !== true) return verdict;
  return value >= w.date && value <= w.endDate ? true : `expected a day of the workshop, ${w.date}${w.endDate !== w.date ? ` to ${w.endDate}` : ''}`;
}

function endVerdict(value: string, start: string | undefined): true | string {
  const verdict = checkTime(value);
  if (verdict !== true) return verdict;
  return start === undefined || minutesOf(value) > minutesOf(start) ? true : `expected an end after the start ${start}`;
}

function idVerdict(value: string, w: Workshop): true | string {
  const verdict = checkId(value);
  if (verdict !== true) return verdict;
  return w.program.some((i) => i.id === value) ? `id ${echoValue(value)} is taken; expected a new id` : true;
}
