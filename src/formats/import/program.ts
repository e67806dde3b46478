import type { Heading, RootContent, Table, TableCell } from 'mdast';
import type { ItemKind } from '../../model.js';
import { partEnd } from '../markdown/page-parts.js';
import type { Note } from './notes.js';
import { findKindColumn, readKindCell, type KindColumn } from './kind-column.js';
import type { PrintedPerson } from './people.js';
import { markedText, readChairs, readSpeakerCell } from './speaker-cell.js';
import { readTitleCell, type ReadLink, type ReadTitle } from './title-cell.js';
import { isTitleHeading, lineOf, endLineOf, plain, source, type Page } from './tree.js';
import { findDate, findRange, isoOf, readRange, type FoundDate, type FoundRange } from './when.js';

/** A program row as read from the page. */
export interface ReadItem {
  date: string;
  start: string;
  end?: string;
  title: string;
  kind?: ItemKind;
  slides?: string;
  /** Links after the title that name material (`[paper](doi)`, `[video](url)`), in page order. */
  links?: ReadLink[];
  room?: { name: string; url?: string };
  speakers: PrintedPerson[];
  line: number;
  /** Index into {@link ReadProgram.sessions}: the session heading row above it. */
  session?: number;
}

/** A session heading row: `| | **Session 1** (Chair: Lena Weber) | |`, or `| 9:10--10:10 | **Session 1** | Chair: Ian Foster |`. */
export interface ReadSession {
  title: string;
  chairs: PrintedPerson[];
  date: string;
  line: number;
  /** Where the row names its chairs: after the title in parentheses, or in the speaker cell. */
  chairIn?: 'title' | 'speaker';
  /** The window of its Time cell, when it has one. */
  window?: { start: string; end?: string };
}

/** A heading of the program or of one of its days: where its parts sit, for the page style. */
export interface ReadHeading {
  node: Heading;
  date?: FoundDate;
  window?: { index: number; text: string; range: FoundRange };
  /** A zone label right after the window: `9AM--5PM MST`. */
  zone?: string;
  /** A day heading's date, `YYYY-MM-DD`. */
  iso?: string;
}

/** What the program part of a page holds. */
export interface ReadProgram {
  heading: ReadHeading;
  days: ReadHeading[];
  items: ReadItem[];
  sessions: ReadSession[];
  /** `page.session_heading`, when sessions are headings over tables: `### {title} (Chair: {chairs})`. */
  sessionHeading?: string;
  /** The day the line under a heading that names none gives (`**Thursday, May 16, 2024, ...**`). */
  introDate?: FoundDate;
  tables: Table[];
  /** 1-based lines of the whole program part: heading to last table. */
  from: number;
  to: number;
  cells: { ranges: FoundRange[]; header: string; titleHeader: string; speakerHeader: string; headerZone?: string; secondHeader?: string; italic: boolean; keynotePrefix: boolean; panelists: boolean; kindColumn?: KindColumn; titleLinks?: 'bracket' | 'parens' | 'dash' };
}

const isProgramHeading = (h: Heading) => /\b(program|programme|schedule|agenda)\b/i.test(plain(h)) && !/committee|chair/i.test(plain(h));

/** The first program heading with a table before the next heading of its level or above, else the first one; never the page's title. -1 without one. */
function programHeadingAt(page: Page): number {
  const nodes = page.root.children;
  const candidates = nodes.flatMap((n, i) => (n.type === 'heading' && isProgramHeading(n) && !isTitleHeading(page, n) ? [i] : []));
  return candidates.find((i) => hasTable(nodes, i)) ?? candidates[0] ?? -1;
}

/** A table in the part of the heading at `at` (down to the next heading of its level or above). */
const hasTable = (nodes: readonly RootContent[], at: number): boolean => nodes.slice(at + 1, partEnd(nodes, at) + 1).some((n) => n.type === 'table');

/** Finds the program: its heading, the day headings and tables under it. Undefined when the page has none. */
export function readProgram(page: Page, year: number, notes: Note[], workshopDate?: string): ReadProgram | undefined {
  const nodes = page.root.children;
  const at = programHeadingAt(page);
  if (at < 0) return undefined;
  const heading = nodes[at] as Heading;
  const head = readHeading(heading);
  const days: ReadHeading[] = [];
  const tables: Table[] = [];
  const items: ReadItem[] = [];
  const sessions: ReadSession[] = [];
  const cells: ReadProgram['cells'] = { ranges: [], header: 'Time', titleHeader: 'Title', speakerHeader: 'Speaker', italic: false, keynotePrefix: false, panelists: false };
  // A heading that names no day: the line right under it may (`**Thursday, May 16, 2024, 9:00 AM – 1:00 PM**`).
  const under = nodes[at + 1];
  const introDate = head.date || under?.type !== 'paragraph' ? undefined : findDate(plain(under));
  let date = head.date ?? introDate;
  let to = lineOf(heading);
  let headed: number | undefined;
  let headingTemplate: string | undefined;
  for (let i = at + 1; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === 'heading') {
      const day = readHeading(n);
      if (!(n.depth > heading.depth || day.date) || nodes[i + 1]?.type !== 'table') break;
      const day0 = date ? isoOf(date, year) : workshopDate;
      if (!day.date && day0) {
        // A heading under the program that names no day heads a session of the day above it.
        const found = sessionHeading(n);
        headed = sessions.push({ ...found, date: day0, line: lineOf(n) }) - 1;
        headingTemplate ??= sessionTemplate(source(page, n), found.title);
        continue;
      }
      days.push({ ...day, iso: day.date && isoOf(day.date, year) });
      date = day.date;
      headed = undefined;
    } else if (n.type === 'table') {
      // No heading names the day: the workshop's date from the dates list, else the program cannot be placed.
      if (!date && !workshopDate) notes.push({ line: lineOf(n), message: 'a program table under no heading with a date, and no workshop date in the dates list or opening lines; its rows were not imported (pass --date)' });
      if (!date && !workshopDate) continue;
      tables.push(n);
      items.push(...readTable(n, date ? isoOf(date, year) : workshopDate!, cells, notes, page, sessions, headed));
      headed = undefined;
      to = endLineOf(n);
    }
  }
  return { heading: head, introDate, days, items, sessions, sessionHeading: headingTemplate, tables, from: lineOf(heading), to, cells };
}

function readHeading(node: Heading): ReadHeading {
  const text = plain(node);
  const window = findRange(text);
  const zone = window && /^\s*\(?([A-Z]{2,5})\b/.exec(text.slice(window.index + window.text.length))?.[1];
  return { node, date: findDate(text), window, zone };
}

const columnOf = (header: string[], re: RegExp, fallback: number) => {
  const i = header.findIndex((h) => re.test(h));
  return i < 0 ? fallback : i;
};

function readTable(table: Table, date: string, cells: ReadProgram['cells'], notes: Note[], page: Page, sessions: ReadSession[], headed?: number): ReadItem[] {
  const [head, ...rows] = table.children;
  const header = head!.children.map((c) => plain(c));
  const time = columnOf(header, /time|when/i, 0);
  // "Title" first: in `| Time | Session | Title | Speaker |` the Session column says what a row is.
  const title = columnOf(header, /title/i, columnOf(header, /title|talk|session|topic|what|event|paper/i, time + 1));
  const speaker = columnOf(header, /speaker|presenter|who|author|by|chair/i, title + 1);
  const room = columnOf(header, /^(room|location|where)$/i, -1);
  const zoneInHeader = /^(.*?)\s*\(([A-Z]{2,5}|UTC[+-]?\d*)\)\s*$/.exec(header[time] ?? '');
  cells.header = zoneInHeader ? zoneInHeader[1]! : (header[time] ?? 'Time');
  cells.headerZone ??= zoneInHeader?.[2];
  cells.titleHeader = header[title] ?? 'Title';
  cells.speakerHeader = header[speaker] ?? 'Speaker';
  cells.secondHeader ??= header.find((h, i) => i !== time && /time/i.test(h));
  const kind = findKindColumn(header, rows, title, [time, speaker, room, header.findIndex((h, i) => i !== time && /time/i.test(h))]);
  if (kind !== undefined) cells.kindColumn ??= { header: header[kind]!, words: {} };
  const items: ReadItem[] = [];
  // The session of a heading over the table (`### Session 1: Kernels (Chair: Lena Weber)`), until a break or a session row.
  let session: number | undefined = headed;
  for (const row of rows) {
    const cell = (i: number): TableCell | undefined => row.children[i];
    const timeText = cell(time) ? plain(cell(time)!) : '';
    const range = readRange(timeText);
    const heading = sessionRow(cell(title), cell(speaker), Boolean(range));
    if (heading) {
      const { tba, ...read } = heading;
      if (tba) notes.push({ line: lineOf(row), message: `the chair \`${tba}\` names no one yet: the session has no chairs in workshop.yaml until you add them` });
      session = sessions.push({ ...read, date, line: lineOf(row), window: range && { start: range.start, end: range.end } }) - 1;
      continue;
    }
    if (!range) {
      const what = timeText ? `could not read a time in \`${timeText}\`` : `a row without a time (\`${plain(row)}\`), such as a session heading`;
      notes.push({ line: lineOf(row), message: what, text: source(page, row) });
      continue;
    }
    cells.ranges.push(range);
    if (range.end !== undefined && range.end <= range.start) notes.push({ line: lineOf(row), message: `\`${timeText}\` ends at or before it starts${/12(:00)?\s*a\.?m/i.test(timeText) ? ' (12 AM is midnight; noon is 12 PM)' : ''}; correct the end in workshop.yaml` });
    const t: ReadTitle = cell(title) ? readTitleCell(cell(title)!) : { title: '', links: [], keynotePrefix: false, unplaced: [] };
    for (const l of t.unplaced) notes.push({ line: lineOf(row), message: `the link \`${l.text}\` (${l.url}) inside the title \`${t.title}\` has no place in workshop.yaml: its words stay in the title, the link does not; add it to the item's \`links\` if it belongs there`, text: source(page, row) });
    cells.keynotePrefix ||= t.keynotePrefix;
    cells.titleLinks ??= t.linkStyle;
    const s = cell(speaker) ? readSpeakerCell(cell(speaker)!) : { people: [], italic: false, panelists: false };
    if (s.tba) notes.push({ line: lineOf(row), message: `the speaker \`${s.tba}\` names no one yet: the item has no speakers in workshop.yaml, and \`dls readme\` leaves its Speaker cell empty until you add them` });
    cells.italic ||= s.italic;
    cells.panelists ||= s.panelists;
    const where = room >= 0 && cell(room) ? readTitleCell(cell(room)!) : undefined;
    const marked = kind === undefined ? undefined : readKindCell(cell(kind), cells.kindColumn!);
    const what = marked ?? (s.panelists ? 'panel' : kindOf(t.title, t.keynotePrefix, s.people.length));
    // A break ends the session row above it, and so does a row starting outside its own window; a session
    // heading over the table holds the whole table, its breaks too.
    if ((what === 'break' && session !== headed) || (session !== undefined && outside(range.start, sessions[session]!.window))) session = undefined;
    items.push({ session, date, start: range.start, end: range.end, title: t.title, slides: t.slides, links: t.links.length ? t.links : undefined, room: where?.title ? { name: where.title, url: where.slides } : undefined, kind: what, speakers: s.people, line: lineOf(row) });
  }
  return items;
}

/** True when `start` is before a session window's start or at or after its end (`12:30` after `11:00--12:30`). */
const outside = (start: string, window: ReadSession['window']) => window !== undefined && (start < window.start || (window.end !== undefined && start >= window.end));

/** What an item is, from its title as printed: the title itself is never changed. */
function kindOf(title: string, keynotePrefix: boolean, speakers: number): ItemKind | undefined {
  if (keynotePrefix || /^keynote\b/i.test(title)) return 'keynote';
  if (/^panel\b/i.test(title)) return 'panel';
  if (/^(opening|welcome)\b/i.test(title)) return 'opening';
  if (/^closing\b/i.test(title)) return 'closing';
  if (speakers === 0 && /\b(break|lunch|coffee|reception|dinner)\b/i.test(title)) return 'break';
  return undefined;
}

/** Top-level nodes of the program part, for callers that need them. */
export type { RootContent };

/** `### Session 1: Kernels (Chair: Lena Weber, *CSCS*)`: the session's title and chairs. */
function sessionHeading(h: Heading): Pick<ReadSession, 'title' | 'chairs'> {
  const text = markedText(h.children);
  const named = CHAIRS.exec(text);
  const chairs = named ? readChairs(named[2]!, /s$/i.test(named[1]!)).people : [];
  return { title: plainOf(named ? text.slice(0, named.index) : text), chairs };
}

/** The first session heading as a template: its title `{title}`, the names after `Chair:` `{chairs}`. */
function sessionTemplate(line: string, title: string): string {
  const chairs = line.replace(/(\bchairs?\s*:\s*)([^)]*?)(\s*\)?\s*)$/i, '$1{chairs}$3');
  const at = chairs.indexOf(title);
  return at < 0 ? chairs : chairs.slice(0, at) + '{title}' + chairs.slice(at + title.length);
}

const CHAIRS = /\(?\s*(chairs?)\s*:\s*([^)]*)\)?\s*$/i;

/**
 * A session heading row: a title cell that is bold text, with chairs named after
 * `Chair:` in the title or speaker cell, or no time of its own. Undefined for an
 * ordinary row.
 */
function sessionRow(titleCell: TableCell | undefined, speakerCell: TableCell | undefined, timed: boolean): (Pick<ReadSession, 'title' | 'chairs' | 'chairIn'> & { tba?: string }) | undefined {
  const strong = titleCell?.children.find((c) => c.type === 'strong');
  if (!titleCell || !strong) return undefined;
  const after = markedText(titleCell.children.filter((c) => c !== strong));
  const speakerText = speakerCell ? markedText(speakerCell.children) : '';
  const inSpeaker = CHAIRS.exec(speakerText);
  const named = inSpeaker ?? CHAIRS.exec(after);
  const rest = plainOf(after.replace(CHAIRS, ''));
  if (rest !== '' || (named === null && (timed || speakerText !== ''))) return undefined;
  const chairs = named ? readChairs(named[2]!, /s$/i.test(named[1]!)) : { people: [] };
  return { title: plain(strong).trim(), chairs: chairs.people, tba: chairs.tba, chairIn: named === null ? undefined : inSpeaker === null ? 'title' : 'speaker' };
}

const plainOf = (marked: string) => marked.replace(/[\uE010\uE011]/g, '').trim();
