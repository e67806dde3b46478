import type { Workshop } from '../../model.js';
import { deadlineEvents } from './deadlines.js';
import { itemEvent, linkResolver, type CalEvent } from './events.js';
import { DLS_PRODID, type PreviousCalendar } from './previous.js';
import { selectProgram, type ProgramFilter } from './scope.js';
import { describeScope, scopeChange, scopeFileName, type ScopeKey } from './scope-key.js';
import { stampEvents, type StampStats } from './stamp.js';
import { CRLF, escapeText, foldLine, formatUtc } from './text.js';

/** What a calendar holds: (part of) the program, or the important dates. */
export type IcsScope = { kind: 'program'; filter: ProgramFilter } | { kind: 'deadlines' };

/** Everything that varies between runs is an input here; the writer reads no clock and no machine zone. */
export interface IcsOptions {
  scope: IcsScope;
  /** DTSTAMP of every event, epoch milliseconds. */
  dtstamp: number;
  /** The export this one replaces, for SEQUENCE numbers and cancellations. */
  previous?: PreviousCalendar;
  /** Leave out the cancellations that the previous export already carried. */
  pruneCancelled?: boolean;
  /** Update a previous calendar of another scope (`--force`): its events outside this one are cancelled. */
  changeScope?: boolean;
}

/** Why the previous calendar is not updated: it holds another scope than this export. */
export interface ScopeMismatch {
  /** Both scopes in words, and a file name that fits this export's scope. */
  previous: string;
  current: string;
  fileName: string;
}

/**
 * The calendar text; or why the scope selects nothing (an unknown speaker, track or
 * room), or why the previous calendar must not be updated (`scope`).
 */
export type IcsResult =
  | { ok: true; text: string; events: number; stats: StampStats; notes: string[] }
  | { ok: false; message: string; hint?: string; scope?: ScopeMismatch };

/** How often subscribed clients should refresh, for RFC 7986 and Outlook/Apple. */
const REFRESH = 'PT12H';

/**
 * Writes the workshop as an RFC 5545 calendar: CRLF lines folded at 75 octets,
 * events at UTC instants, `X-WR-TIMEZONE` naming the workshop's zone. The same
 * workshop and options give the same bytes on any machine.
 */
export function writeIcs(workshop: Workshop, options: IcsOptions): IcsResult {
  let events: CalEvent[];
  let label: string | undefined;
  let key: ScopeKey = 'deadlines';
  const leftOut = new Set<string>();
  const href = linkResolver(workshop, (link) => leftOut.add(link));
  if (options.scope.kind === 'deadlines') {
    events = deadlineEvents(workshop, href);
    label = 'important dates';
  } else {
    const selection = selectProgram(workshop, options.scope.filter);
    if (!selection.ok) return selection;
    events = selection.items.map((item) => itemEvent(workshop, item, href));
    label = selection.label;
    key = selection.key;
  }
  const result = writeCalendar(workshop, { events, label, key }, options);
  const empty = options.scope.kind === 'program' && workshop.program.length === 0 ? [emptyProgramNote(workshop)] : [];
  return result.ok ? { ...result, notes: [...empty, ...relativeLinkNotes(leftOut)] } : result;
}

/** Why a program calendar has no events: an empty calendar is valid, but rarely what was meant. */
function emptyProgramNote(workshop: Workshop): string {
  const why = workshop.status ? ` (the edition is ${workshop.status})` : '';
  const dates = workshop.importantDates.length > 0 ? '; `--deadlines` exports the important dates' : '';
  return `the program has no items${why}, so the calendar has no events${dates}`;
}

/**
 * Writes chosen events as a calendar of scope `key`: what {@link writeIcs} does once it
 * has selected them. A notice to a withdrawn speaker passes no events and the speaker's
 * previous calendar, so every event of it comes out cancelled.
 */
export function writeCalendar(workshop: Workshop, chosen: { events: CalEvent[]; label?: string; key: ScopeKey }, options: IcsOptions): IcsResult {
  const { events, label, key } = chosen;
  const name = escapeText(calendarName(workshop, label));
  const changed = options.previous && !options.changeScope ? scopeChange(options.previous, key, name) : undefined;
  if (changed !== undefined) {
    const scope = { previous: changed, current: describeScope(key), fileName: scopeFileName(key) };
    return { ok: false, message: `the previous calendar holds ${scope.previous}, but this export is ${scope.current}`, scope };
  }
  const stamped = stampEvents(events, options.previous, options.pruneCancelled);
  const out = calendarHeader(workshop, name, key);
  const dtstamp = `DTSTAMP:${formatUtc(options.dtstamp)}`;
  for (const e of stamped.events) {
    out.push('BEGIN:VEVENT', foldLine(`UID:${e.uid}`), dtstamp, `SEQUENCE:${e.sequence}`);
    for (const line of e.lines) out.push(foldLine(line));
    out.push('END:VEVENT');
  }
  out.push('END:VCALENDAR', '');
  return { ok: true, text: out.join(CRLF), events: events.length, stats: stamped.stats, notes: [] };
}

/** One note for all the relative links a calendar could not hold. */
function relativeLinkNotes(leftOut: ReadonlySet<string>): string[] {
  if (leftOut.size === 0) return [];
  const first = [...leftOut][0]!;
  const more = leftOut.size > 1 ? ` and ${leftOut.size - 1} more` : '';
  return [`left ${leftOut.size === 1 ? 'a relative link' : `${leftOut.size} relative links`} (${first}${more}) out of the calendar: it has no page to be relative to; set the workshop \`url\` and they resolve against it`];
}

/** The calendar's name as clients list it: the workshop, and the scope when partial. */
export function calendarName(workshop: Workshop, label: string | undefined): string {
  // A short title (DLS'21) already names the edition; a long one gets the conference.
  const base = workshop.shortTitle ?? (workshop.conference ? `${workshop.title} (${workshop.conference.name})` : workshop.title);
  return label ? `${base}: ${label}` : base;
}

function calendarHeader(workshop: Workshop, name: string, key: ScopeKey): string[] {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${DLS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    foldLine(`NAME:${name}`),
    foldLine(`X-WR-CALNAME:${name}`),
    foldLine(`X-DLS-SCOPE:${key}`),
    `X-WR-TIMEZONE:${workshop.timezone}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
  ];
}
