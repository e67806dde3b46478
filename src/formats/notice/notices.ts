import type { Person, ProgramItem, Workshop } from '../../model.js';
import { parseAddress } from '../../mail/address.js';
import { zoneLabel } from '../../time.js';
import { personKey } from '../../match-person.js';
import type { Change } from '../diff/changes.js';
import { describeChange } from '../diff/describe.js';
import { pageClock } from '../markdown/format-time.js';
import { resolveMarkdownOptions } from '../markdown/options.js';
import { itemEvent } from '../ics/events.js';
import { readPreviousCalendar, type PreviousCalendar } from '../ics/previous.js';
import { programScopeKey } from '../ics/scope-key.js';
import { calendarName, writeCalendar, type IcsResult } from '../ics/writer.js';
import { changesByPerson, slotsBySpeaker, type SpeakerSlots } from './slots.js';
import { renderNotice, type TemplateProblem } from './template.js';

/** One message to one speaker, before it is written as a file. */
export interface Notice {
  /** File name in the output folder, without extension: the person id, or a slug of the name. */
  name: string;
  to: { name: string; email: string };
  subject: string;
  body: string;
  /** The speaker's calendar: the same events and UIDs as `dls export ics --speaker`. */
  calendar: string;
}

/** A speaker who gets no notice, and why. */
export interface Skipped {
  person: Person;
  reason: string;
}

/** What varies between runs, as inputs. */
export interface NoticeOptions {
  /** The version the changes are counted from; absent with `--all`. */
  before?: Workshop;
  changes: Change[];
  /** Every speaker, not only those a change concerns. */
  all: boolean;
  /** Name of the earlier version for the text (`HEAD~1`). */
  since?: string;
  dtstamp: number;
  template: string;
}

/** The notices to write, those skipped, or where the template is wrong. Pure. */
export function buildNotices(after: Workshop, o: NoticeOptions): { ok: true; notices: Notice[]; skipped: Skipped[] } | { ok: false; problem: TemplateProblem } {
  const people = affectedPeople(after, o);
  const index: Index = { after: slotsBySpeaker(after), before: slotsBySpeaker(o.before), changes: changesByPerson(o.changes), clock: pageClock(resolveMarkdownOptions(after.page)) };
  const notices: Notice[] = [];
  const skipped: Skipped[] = [];
  for (const [key, person] of people) {
    if ((person as { group?: boolean }).group) continue;
    const address = person.email === undefined ? undefined : parseAddress(person.email);
    if (!address?.ok) {
      skipped.push({ person, reason: address ? `its address is not usable (${address.reason})` : 'no email address' });
      continue;
    }
    const built = buildOne(after, o, index, key, person);
    if (!built.ok) return built;
    notices.push({ ...built.notice, to: { name: person.name, email: address.address.email } });
  }
  return { ok: true, notices, skipped };
}

/** Speakers a change concerns (or all), in program order, then those only the earlier version had. */
function affectedPeople(after: Workshop, o: NoticeOptions): Map<string, Person> {
  const concerned = new Set(o.changes.flatMap((c) => c.people));
  const out = new Map<string, Person>();
  for (const item of [...after.program, ...(o.before?.program ?? [])]) {
    for (const p of item.speakers) if ((o.all || concerned.has(personKey(p))) && !out.has(personKey(p))) out.set(personKey(p), p);
  }
  return out;
}

/** Each speaker's items in both versions, the changes that concern them, and the page's clock: built once for all notices. */
interface Index {
  after: Map<string, SpeakerSlots>;
  before: Map<string, SpeakerSlots>;
  changes: Map<string, Change[]>;
  /** How the page prints a time. */
  clock: (time: string) => string;
}
const fileSlug = (key: string) => key.replace(/^name:/, '').normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'speaker';

function buildOne(after: Workshop, o: NoticeOptions, index: Index, key: string, person: Person): { ok: true; notice: Omit<Notice, 'to'> } | { ok: false; problem: TemplateProblem } {
  const slots = index.after.get(key)?.items ?? [];
  const changes = (index.changes.get(key) ?? []).map((c) => describeChange(c, after.timezone, after.date !== after.endDate, undefined, index.clock));
  const name = fileSlug(key);
  const calendar = speakerCalendar(after, o, person, index.after.get(key), index.before.get(key));
  const data = noticeData(after, person, slots, changes, o.since, `${name}.ics`, index.clock);
  const body = renderNotice(o.template, data);
  if (!body.ok) return body;
  return { ok: true, notice: { name, subject: subjectOf(after, slots, changes.length > 0), body: body.text, calendar } };
}

/**
 * The speaker's calendar, as `dls export ics --speaker` writes it (same events, UIDs
 * and name), from their items found once; SEQUENCE numbers count from the calendar of
 * the earlier version, so a withdrawn speaker's events come out cancelled.
 */
function speakerCalendar(after: Workshop, o: NoticeOptions, person: Person, now: SpeakerSlots | undefined, then: SpeakerSlots | undefined): string {
  const speaker = person.id ?? person.name;
  const options = { scope: { kind: 'program' as const, filter: { breaks: true, speaker } }, dtstamp: o.dtstamp };
  // Named as `export ics --speaker` names it: by the speaker's last mention in that version.
  const calendarOf = (w: Workshop, slots: SpeakerSlots | undefined, previous?: PreviousCalendar): IcsResult => {
    const shown = slots?.person ?? person;
    const key = programScopeKey({ breaks: true, speaker: shown.id ?? shown.name });
    return writeCalendar(w, { events: (slots?.items ?? []).map((i) => itemEvent(w, i)), label: shown.name, key }, { ...options, previous });
  };
  const earlier = o.before && then ? calendarOf(o.before, then) : undefined;
  const previous = earlier?.ok ? readPreviousCalendar(earlier.text) : undefined;
  const result = calendarOf(after, now, previous?.ok ? previous.calendar : undefined);
  if (!result.ok) throw new Error(`bug: no calendar for ${speaker}: ${result.message}`);
  return result.text;
}

function subjectOf(w: Workshop, slots: ProgramItem[], changed: boolean): string {
  const name = calendarName(w, undefined);
  if (slots.length === 0) return `${name}: your talk was removed from the program`;
  const what = slots.length === 1 ? `"${slots[0]!.title}"` : `your ${slots.length} slots`;
  return changed ? `${name}: program change for ${what}` : `${name}: your slot for ${what}`;
}

const utc = (ms: number) => new Date(ms).toISOString().slice(11, 16);

function noticeData(w: Workshop, person: Person, slots: ProgramItem[], changes: string[], since: string | undefined, calendarFile: string, clock: (time: string) => string): object {
  const where = (i: ProgramItem) => [i.room ? `Room ${i.room}` : undefined, w.venue, w.city].filter(Boolean).join(', ');
  return {
    speaker: { name: person.name, affiliation: person.affiliation ?? '' },
    workshop: { name: calendarName(w, undefined), title: w.title, url: w.url ?? null, timezone: w.timezone, contact: w.contact ?? null },
    since: since ?? null,
    changes,
    calendar_file: calendarFile,
    slots: slots.map((i) => ({ title: i.title, date: i.date, start: clock(i.start), end: clock(i.end), zone: zoneLabel(i.startMs, w.timezone), start_utc: utc(i.startMs), end_utc: utc(i.endMs), where: where(i) || null })),
  };
}

