import ICAL from 'ical.js';
import type { Workshop } from '../../src/model.js';
import { writeIcs, type IcsOptions } from '../../src/formats/ics/writer.js';
import { expect } from 'vitest';

/** One VEVENT as ical.js, an independent parser, understands it. */
export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  location?: string;
  url?: string;
  categories: string[];
  /** UTC epoch ms of DTSTART and DTEND; for all-day events, their `YYYY-MM-DD`. */
  startMs: number;
  endMs: number;
  allDay: boolean;
  startDay: string;
  endDay: string;
  sequence: number;
  status?: string;
  dtstamp: string;
}

/** A calendar as ical.js reads it. */
export interface ReadCalendar {
  props: Record<string, string>;
  events: ReadEvent[];
}

const text = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

/** Parses calendar text with ical.js. */
export function readIcs(ics: string): ReadCalendar {
  const root = new ICAL.Component(ICAL.parse(ics));
  const props: Record<string, string> = {};
  for (const p of root.getAllProperties()) props[p.name] = String(p.getFirstValue());
  const events = root.getAllSubcomponents('vevent').map((c): ReadEvent => {
    const start = c.getFirstPropertyValue('dtstart') as ICAL.Time;
    // An event without DTEND (a point in time) lasts no time (RFC 5545 §3.6.1).
    const end = (c.getFirstPropertyValue('dtend') as ICAL.Time | null) ?? start;
    return {
      uid: String(c.getFirstPropertyValue('uid')),
      summary: String(c.getFirstPropertyValue('summary')),
      description: text(c.getFirstPropertyValue('description')) ?? '',
      location: text(c.getFirstPropertyValue('location')),
      url: text(c.getFirstPropertyValue('url')),
      categories: c.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      startMs: start.toUnixTime() * 1000,
      endMs: end.toUnixTime() * 1000,
      allDay: start.isDate,
      startDay: start.toString().slice(0, 10),
      endDay: end.toString().slice(0, 10),
      sequence: Number(c.getFirstPropertyValue('sequence')),
      status: text(c.getFirstPropertyValue('status')),
      dtstamp: String(c.getFirstPropertyValue('dtstamp')),
    };
  });
  return { props, events };
}

/** Default options of a test export: the whole program, a fixed DTSTAMP. */
export const STAMP = Date.parse('2019-11-01T12:00:00Z');

/** Writes a calendar that must succeed and returns its text. */
export function exportIcs(workshop: Workshop, options: Partial<IcsOptions> = {}): string {
  const r = writeIcs(workshop, { scope: { kind: 'program', filter: { breaks: true } }, dtstamp: STAMP, ...options });
  if (!r.ok) expect.fail(r.message);
  return r.text;
}
