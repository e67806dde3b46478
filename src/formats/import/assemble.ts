import { slugify } from '../../parse/item-keys.js';
import type { Topic } from '../../model.js';
import { readCommittee, readDates, readPrevious, readTopics, type Block } from './lists.js';
import { TOPICS_HEADING } from '../markdown/section-finders.js';
import { readMeta, type ReadMeta } from './meta.js';
import { isoOf } from './when.js';
import { ZONE_OF_LABEL, type Note } from './notes.js';
import { PeopleRegistry, type PersonRef } from './people-registry.js';
import { readProseZone } from './prose-zone.js';
import { inferAoeStyle, readPageAoe } from './aoe.js';
import { noteProgramLists, noteUnread } from './unread.js';
import { dayStyleOf } from './day-style.js';
import { workshopId } from './workshop-id.js';
import { readRoom } from './room.js';
import { readProgram, type ReadItem, type ReadSession } from './program.js';
import { itemEnds } from './item-ends.js';
import { inferListStyle } from './list-style.js';
import { inferStyle, inferWasOrdinals, inferWasYear, type PageStyleFile } from './style.js';
import type { Page } from './tree.js';

/** workshop.yaml as import builds it: keys as the file writes them, in the file's order. */
export interface ImportedFile {
  id: string;
  title: string;
  edition?: number;
  conference?: { name: string; url?: string };
  city?: string;
  mode?: 'virtual' | 'hybrid';
  timezone?: string;
  deadline_timezone?: 'AoE';
  date?: string;
  end_date?: string;
  room?: string;
  room_url?: string;
  signup_url?: string;
  contact?: string;
  page: PageStyleFile;
  important_dates: { label: string; date: string; was?: string[]; aoe?: true }[];
  people: Map<string, { name: string; affiliation?: string; country?: string }>;
  sessions: Record<string, unknown>[];
  program: Record<string, unknown>[];
  committee: PersonRef[];
  topics: Topic[];
  previous: { title: string; url: string }[];
}

/** What import found: the file, the page lines of each section dls will regenerate, zone hints, notes. */
export interface Assembled {
  file: ImportedFile;
  blocks: Partial<Record<'signup' | 'program' | 'topics' | 'dates' | 'committee' | 'previous', Block>>;
  /** Zones the page suggests, best first (city, then a zone label). */
  zoneHints: string[];
  notes: Note[];
  looked: { program: boolean; dates: boolean };
  /** False when the page names no year and none was given. */
  year: boolean;
}

/**
 * The workshop's day from the page's opening paragraphs, when neither its program nor a
 * `Workshop: date` line names it; noted, since prose can name other days.
 */
function leadDay(lead: ReadMeta['lead'], year: number): { date: string; end?: string; line: number; text: string } | undefined {
  if (!lead || (lead.date.year === undefined && Number.isNaN(year))) return undefined;
  const { date, line } = lead;
  return { date: isoOf(date, year), end: date.endDay === undefined ? undefined : isoOf({ ...date, day: date.endDay }, year), line, text: date.text };
}

/** Reads every part of the page into one workshop.yaml shape. */
export function assemble(page: Page, givenYear?: number, givenDate?: string): Assembled {
  const notes: Note[] = [];
  const previous = readPrevious(page);
  const meta = readMeta(page, previous?.block);
  const pageYear = givenYear ?? workshopYear(meta.years) ?? NaN;
  const dates = readDates(page, pageYear, notes);
  const workshopLine = dates?.dates.find((d) => /workshop/i.test(d.label));
  const workshopDate = workshopLine?.date;
  // `Workshop: March 1–2, 2021`: its last day too.
  const workshopEnd = workshopLine?.found.endDay === undefined ? undefined : isoOf({ ...workshopLine.found, day: workshopLine.found.endDay }, workshopLine.found.year ?? pageYear);
  const programYear = givenYear ?? workshopLine?.found.year ?? pageYear;
  // The day of a program table under no dated heading, and the workshop's when no program names one.
  const lead = givenDate ?? workshopDate ? undefined : leadDay(meta.lead, pageYear);
  const program = readProgram(page, programYear, notes, givenDate ?? workshopDate ?? lead?.date);
  const committee = readCommittee(page, notes);
  const topics = readTopics(page, notes);
  // A page-wide AoE sentence makes every deadline AoE; an `(AoE)` on one date only marks that one.
  const allAoe = readPageAoe(page, dates ? [dates.block] : [], notes) || Boolean(dates?.allAoe);
  const registry = new PeopleRegistry();
  const sessions = program ? programSessions(program.sessions, program.items, registry) : [];
  const ends = program ? itemEnds(program, programYear, notes) : undefined;
  const items = program ? programItems(program.items, ends!.ends, registry, sessions) : [];
  const days = [...new Set(program?.items.map((i) => i.date).filter(Boolean))].sort();
  const day = days[0] ? { date: days[0], end: days.length > 1 ? days.at(-1) : undefined } : givenDate ? { date: givenDate } : workshopDate ? { date: workshopDate, end: workshopEnd } : lead;
  if (lead && day?.date === lead.date) notes.push({ line: lead.line, message: `took the workshop's day from \`${lead.text}\`, the first date of the page's opening lines (no \`Workshop:\` line in the dates list names it); set \`date\` in workshop.yaml, or pass --date, if it is another` });
  const room = readRoom(page, program?.heading.node);
  const labels = [program?.cells.headerZone, ...(program?.cells.ranges.map((r) => r.zone) ?? []), program?.heading.window?.range.zone].filter((z): z is string => Boolean(z));
  const series = meta.series ?? initials(meta.title ?? 'workshop');
  const file: ImportedFile = {
    id: workshopId(meta.series, meta.title, series, meta.conference?.name),
    title: meta.title ?? 'Workshop',
    edition: meta.edition,
    conference: meta.conference,
    city: meta.city,
    mode: meta.mode,
    date: day?.date,
    end_date: day?.end,
    room: room?.name,
    room_url: room?.url,
    signup_url: meta.signup?.url,
    contact: meta.contact,
    page: { ...inferStyle(page, program, dayStyleOf([...(dates?.dates.map((d) => d.found) ?? []), program?.heading.date, program?.introDate, ...(program?.days.map((d) => d.date) ?? [])]), meta.signup, meta.series), ...(ends?.startOnly ? { times: 'start' } : {}), ...inferListStyle({ committeeItalic: committee?.italic, committeeTable: committee?.table, previous: previous?.shape }), ...inferWasYear(dates?.dates), ...inferAoeStyle(dates, allAoe) },
    deadline_timezone: allAoe ? 'AoE' : undefined,
    important_dates: (dates?.dates ?? []).map((d) => ({ label: d.label, date: d.date, ...(d.was.length ? { was: d.was } : {}), ...(d.aoe && !allAoe ? { aoe: true as const } : {}) })),
    people: registry.people,
    sessions: sessions.map((x) => (x.date === days[0] ? { ...x, date: undefined } : x)),
    program: items.map((i) => (i.date === days[0] ? { ...i, date: undefined } : i)),
    committee: (committee?.members ?? []).map((m) => registry.member(m)),
    topics: topics?.topics ?? [],
    previous: previous?.links ?? [],
  };
  Object.assign(file.page, inferWasOrdinals(dates?.dates, file.page.ordinals !== false));
  if (program?.cells.secondHeader) {
    const label = /\(([A-Z]{2,5})\)/.exec(program.cells.secondHeader)?.[1];
    if (label && ZONE_OF_LABEL[label]) file.page.second_zone = ZONE_OF_LABEL[label];
  }
  noteProgramLists(page, program?.heading.node, notes);
  noteUnread(page, [
    { heading: /\b(dates|deadlines)\b/i, expected: 'a list of `Label: date`', read: dates?.block },
    { heading: /committee|organi[sz]ers/i, expected: 'a list of `Name, Affiliation, Country` or a table with a Name column', read: committee?.block },
    { heading: TOPICS_HEADING, expected: 'a list of topics', read: topics?.block },
    { heading: /\b(previous|past)\b/i, expected: 'links to earlier editions', read: previous?.block },
  ], notes);
  const blocks: Assembled['blocks'] = { signup: meta.signup?.block, program: program && { from: program.from, to: program.to }, topics: topics?.block, dates: dates?.block, committee: committee?.block, previous: previous?.block };
  // A sentence about the times (`> All times are in CET.`) comes after the labels the program itself prints.
  const zoneHints = [meta.cityZone, ...labels.map((l) => ZONE_OF_LABEL[l]), readProseZone(page)].filter((z): z is string => Boolean(z));
  notes.sort((a, b) => a.line - b.line);
  return { file, blocks, zoneHints, notes, looked: { program: Boolean(program && items.length > 0), dates: Boolean(dates && dates.dates.length > 0) }, year: !Number.isNaN(pageYear) };
}

const workshopYear = (years: readonly number[]) => (years.length === 0 ? undefined : Math.max(...years));
const initials = (title: string) => title.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('') || 'w';
const hhmm = (t: string) => `${Number(t.slice(0, 2))}:${t.slice(3)}`;

/**
 * Ids from the first four words of a title, `-2`, `-3` ... when taken. Each base resumes
 * its count where it stopped (ids are only ever added), so a thousand `Coffee Break`s do
 * not each count up from 2.
 */
function idsFromTitles(): (title: string) => string {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (title) => {
    const base = slugify(title).split('-').slice(0, 4).join('-');
    let n = next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (used.has(id)) id = `${base}-${++n}`;
    next.set(base, n);
    used.add(id);
    return id;
  };
}

/**
 * Session heading rows as `sessions` entries: an id from the title, the chairs as
 * speakers are (people entries), and the row's window when it is not its items'
 * first start to last end (a session row announcing 9:00--11:00 over talks to 10:40).
 */
function programSessions(read: readonly ReadSession[], items: readonly ReadItem[], registry: PeopleRegistry): Record<string, unknown>[] {
  const idOf = idsFromTitles();
  // Each session's items, found once (filtering all items per session was quadratic).
  const bySession = new Map<number | undefined, ReadItem[]>();
  for (const i of items) {
    const own = bySession.get(i.session);
    if (own) own.push(i);
    else bySession.set(i.session, [i]);
  }
  return read.map((s, index) => {
    const id = idOf(s.title);
    const chairs = s.chairs.map((p) => registry.speaker(p));
    const own = bySession.get(index) ?? [];
    const start = s.window && s.window.start !== own.map((i) => i.start).sort()[0] ? hhmm(s.window.start) : undefined;
    const end = s.window?.end && s.window.end !== own.map((i) => i.end ?? i.start).sort().at(-1) ? hhmm(s.window.end) : undefined;
    return { id, title: s.title, date: s.date, start, end, chairs: chairs.length ? chairs : undefined };
  });
}

function programItems(read: readonly ReadItem[], ends: readonly string[], registry: PeopleRegistry, sessions: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const idOf = idsFromTitles();
  return read.map((item, i) => {
    const end = ends[i]!;
    const id = idOf(item.title);
    const speakers = item.speakers.map((p) => registry.speaker(p));
    return { id, date: item.date, start: hhmm(item.start), end: hhmm(end), title: item.title, kind: item.kind, session: item.session === undefined ? undefined : sessions[item.session]!.id, speakers: speakers.length ? speakers : undefined, slides: item.slides, links: item.links, room: item.room?.name, room_url: item.room?.url };
  });
}
