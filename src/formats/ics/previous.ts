import { unfoldLines } from './text.js';

/** PRODID of every calendar dls writes; how dls recognises its own files. */
export const DLS_PRODID = '-//dls//workshop calendar//EN';

/** An event of an earlier export, as needed to carry it forward. */
export interface PreviousEvent {
  uid: string;
  sequence: number;
  /** Unfolded content lines other than UID, DTSTAMP and SEQUENCE, as written. */
  lines: string[];
}

/** What an earlier export holds, in file order. */
export interface PreviousCalendar {
  events: PreviousEvent[];
  /** Its X-DLS-SCOPE (see `ics-scope-key.ts`); absent in files of older dls versions. */
  scope?: string;
  /** Its X-WR-CALNAME, still escaped. */
  name?: string;
  /** What was not taken as it stood (a SEQUENCE out of range), to tell the user; input text, so shown escaped. */
  notes?: string[];
}

/** The earlier export, or why the text is not one dls can update. */
export type PreviousResult = { ok: true; calendar: PreviousCalendar } | { ok: false; message: string };

/** The largest SEQUENCE: RFC 5545 makes it an INTEGER, a signed 32-bit number. */
export const MAX_SEQUENCE = 2 ** 31 - 1;

// The event properties dls writes, with the one parameter it uses: nothing else in an
// earlier file (ATTENDEE, ORGANIZER, ALTREP, an alarm) is ever carried into ours.
const OUR_PROPERTY = /^((SUMMARY|DESCRIPTION|LOCATION|URL|CATEGORIES|STATUS|TRANSP):|(DTSTART|DTEND)(;VALUE=DATE)?:)/;

/** A SEQUENCE value as written, or undefined unless it is an integer from 0 to {@link MAX_SEQUENCE}. */
function sequenceOf(text: string): number | undefined {
  if (!/^\d{1,10}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= MAX_SEQUENCE ? n : undefined;
}

/**
 * Reads a calendar that dls wrote earlier: each VEVENT's UID, SEQUENCE and content
 * lines. Accepts LF as well as CRLF (git may have converted the file). A calendar
 * from another program is refused, so dls never takes over someone else's file. The
 * file is data, not trust: only the properties dls writes are kept (no ATTENDEE, no
 * VALARM), and a SEQUENCE that is not an integer from 0 to 2^31-1 starts again at 0,
 * with a note.
 */
export function readPreviousCalendar(text: string): PreviousResult {
  const lines = unfoldLines(text);
  if (lines[0]?.trim() !== 'BEGIN:VCALENDAR') return { ok: false, message: 'it is not an iCalendar file' };
  if (!lines.includes(`PRODID:${DLS_PRODID}`)) return { ok: false, message: 'it is a calendar that dls did not write' };
  const calendar: PreviousCalendar = { events: [], notes: [] };
  let current: PreviousEvent | undefined;
  let nested = 0;
  for (const line of lines) {
    if (!current && line.startsWith('X-DLS-SCOPE:')) calendar.scope = line.slice(12);
    else if (!current && line.startsWith('X-WR-CALNAME:')) calendar.name = line.slice(13);
    else if (line === 'BEGIN:VEVENT') current = { uid: '', sequence: 0, lines: [] };
    else if (current && line.startsWith('BEGIN:')) nested++; // a VALARM or other component: skipped whole
    else if (current && nested > 0) nested -= line.startsWith('END:') ? 1 : 0;
    else if (current && line === 'END:VEVENT') {
      if (current.uid) calendar.events.push(current);
      current = undefined;
    } else if (current) readEventLine(current, line, calendar.notes!);
  }
  return { ok: true, calendar };
}

function readEventLine(event: PreviousEvent, line: string, notes: string[]): void {
  if (line.startsWith('UID:')) event.uid = line.slice(4);
  else if (line.startsWith('SEQUENCE:')) {
    const sequence = sequenceOf(line.slice(9));
    if (sequence === undefined) notes.push(`SEQUENCE ${JSON.stringify(line.slice(9, 60))} of an event is not an integer from 0 to ${MAX_SEQUENCE}; counting it from 0 again`);
    event.sequence = sequence ?? 0;
  } else if (OUR_PROPERTY.test(line)) event.lines.push(line);
}

/** True when an event's lines say it was cancelled. */
export const isCancelled = (lines: readonly string[]): boolean => lines.includes('STATUS:CANCELLED');
