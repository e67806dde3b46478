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
}

/** The earlier export, or why the text is not one dls can update. */
export type PreviousResult = { ok: true; calendar: PreviousCalendar } | { ok: false; message: string };

const STAMP_LINES = /^(UID|DTSTAMP|SEQUENCE)[:;]/;

/**
 * Reads a calendar that dls wrote earlier: each VEVENT's UID, SEQUENCE and content
 * lines. Accepts LF as well as CRLF (git may have converted the file). A calendar
 * from another program is refused, so dls never takes over someone else's file.
 */
export function readPreviousCalendar(text: string): PreviousResult {
  const lines = unfoldLines(text);
  if (lines[0]?.trim() !== 'BEGIN:VCALENDAR') return { ok: false, message: 'it is not an iCalendar file' };
  if (!lines.includes(`PRODID:${DLS_PRODID}`)) return { ok: false, message: 'it is a calendar that dls did not write' };
  const calendar: PreviousCalendar = { events: [] };
  let current: PreviousEvent | undefined;
  for (const line of lines) {
    if (!current && line.startsWith('X-DLS-SCOPE:')) calendar.scope = line.slice(12);
    else if (!current && line.startsWith('X-WR-CALNAME:')) calendar.name = line.slice(13);
    else if (line === 'BEGIN:VEVENT') current = { uid: '', sequence: 0, lines: [] };
    else if (current && line === 'END:VEVENT') {
      if (current.uid) calendar.events.push(current);
      current = undefined;
    } else if (current) {
      if (line.startsWith('UID:')) current.uid = line.slice(4);
      else if (line.startsWith('SEQUENCE:')) current.sequence = Number(line.slice(9)) || 0;
      else if (!STAMP_LINES.test(line)) current.lines.push(line);
    }
  }
  return { ok: true, calendar };
}

/** True when an event's lines say it was cancelled. */
export const isCancelled = (lines: readonly string[]): boolean => lines.includes('STATUS:CANCELLED');
