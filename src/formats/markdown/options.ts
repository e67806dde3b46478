import type { ItemKind } from '../../model.js';
import type { Clock, CommitteeColumn, Meridiem, SeparatorName, TableAlign, ZoneLabelPlace } from '../../page-style.js';

export { CLOCKS, COMMITTEE_COLUMNS, MERIDIEMS, SEPARATORS, ZONE_LABELS, type Clock, type CommitteeColumn, type Meridiem, type SeparatorName, type ZoneLabelPlace } from '../../page-style.js';

/** Formatting options of the Markdown writers: `page:` in workshop.yaml, then flags for one run. */
export interface MarkdownOptions {
  clock: Clock;
  separator: SeparatorName;
  /** A 12-hour time's AM/PM: `9:00AM` (attached), `9:00 AM`, `9:00am`, `9:00 am`. */
  meridiem: Meridiem;
  /** 24-hour times with the hour's leading zero: `09:00`. */
  padHours: boolean;
  /** Where the zone's abbreviation (MST, CEST) goes, derived from the IANA zone on each day. */
  zoneLabel: ZoneLabelPlace;
  /** IANA zone of an extra time column, for remote attendees. */
  secondZone?: string;
  /** Text of the Time column header (before any zone label). */
  timeHeader: string;
  /** Text of the Title and Speaker column headers. */
  titleHeader: string;
  speakerHeader: string;
  /** `Nov` or `November`. */
  month: 'short' | 'long';
  /** The days of a program over several days: `Nov 16th--Nov 17th` (full) or `Nov 16th--17th` (compact, one month named once). */
  dateSpan: 'full' | 'compact';
  /** `17 November` instead of `November 17`. */
  dayFirst: boolean;
  /** `17th` instead of `17`. */
  ordinals: boolean;
  /** Speakers' affiliations as plain text or in italics. */
  affiliation: 'plain' | 'italic';
  /** Committee members' affiliations as plain text or in italics. */
  committeeAffiliation: 'plain' | 'italic';
  /** The committee as a bulleted list, or as a table with {@link MarkdownOptions.committeeColumns}. */
  committee: 'list' | 'table';
  /** Alignment of the committee table's columns, in order; the rest are `none`. */
  committeeAlign?: readonly TableAlign[];
  /** The committee table's columns, in order. */
  committeeColumns: readonly CommitteeColumn[];
  /** Header texts of the committee table by column, over `Name`, `Role`, `Affiliation`, `Country`. */
  committeeHeaders?: Partial<Record<CommitteeColumn, string>>;
  /** How a title cell prints the item's links: the title linked to the slides and labels after it (default), or each by its label after the title, in brackets, in one parenthesis, or after a dash. */
  titleLinks?: 'label' | 'bracket' | 'parens' | 'dash';
  /** A keynote's title as written, after a bold `**Keynote:**` prefix, or named in a kind column before the title. */
  keynote: 'title' | 'bold-prefix' | 'cell';
  /** Header of the kind column (`keynote: 'cell'`); empty by default. */
  kindHeader: string;
  /** What the kind column says per item kind; merged over `{ keynote: 'Keynote' }`. */
  kindWords?: Partial<Record<ItemKind, string>>;
  /** A session's chairs with their affiliations (`Chair: Lena Weber, CSCS`), as speakers are printed. */
  chairAffiliation?: boolean;
  /** Where a session row names its chairs: the Speaker column, or after the bold title in parentheses. */
  sessionChair: 'speaker' | 'title';
  /** Each session under a heading line of its own, over its own table, instead of a heading row: `### {title} (Chair: {chairs})`. */
  sessionHeading?: string;
  /** A session row's Time cell: the session's window, or empty. */
  sessionTime: 'window' | 'empty';
  /** A panel's speaker cell as the names, or after `Panelists:`. */
  panel: 'plain' | 'panelists';
  /** Time cells as `start--end`, or the start alone (`9:00`): each item's end stays in workshop.yaml, for calendars. */
  times: 'range' | 'start';
  /** Alignment of the program table's columns, in order; the rest are `none`. */
  programAlign?: readonly TableAlign[];
  /** A 12-hour time cell's full hour without its minutes (`9AM--9:30AM`); the heading's window has `compactWindow`. */
  compactTimes: boolean;
  /** The heading's window as `9AM--5:30PM` (compact) or `9:00AM--5:30PM`. */
  compactWindow: boolean;
  /** The program heading line, with `{date}`, `{window}`, `{location}`, `{room}`, `{zone}`, `{year}`. */
  programHeading?: string;
  /** Lines between the program heading and its table (`> All times are in CET.`), with the heading's placeholders. */
  programIntro?: string;
  /** Each day's heading of a program over several days, with `{day}` (1, 2 ...), `{weekday}`, `{date}`, `{year}`, `{window}`, `{zone}`. */
  dayHeading?: string;
  /** A day's `{window}` as the page announces it, by date (`YYYY-MM-DD`), where it is not the items' own first start to last end. */
  dayWindows?: ReadonlyMap<string, string>;
  /** The sign-up line, with `{url}`. */
  signup?: string;
  /** A struck-through earlier date with its year (`~~May 1st, 2026~~`), or without it when it is the year of the date in force (`omit`). */
  wasYear: 'keep' | 'omit';
  /** A struck-through earlier date's day with its ordinal or not; as `ordinals` when absent. */
  wasOrdinals?: boolean;
  /** The sentence after the dates list when every deadline is Anywhere on Earth, as Markdown; default `All deadlines are Anywhere on Earth (AoE, UTC-12).` */
  aoeLine?: string;
  /** What follows a date that is Anywhere on Earth on its own, as Markdown; default `(AoE)`. */
  aoeMark?: string;
  /** Previous workshops as one linked paragraph each, or as a bulleted list. */
  previous: 'paragraphs' | 'list';
  /** Previous workshops in one sentence, with `{links}` (joined by `, `); wins over `previous`. */
  previousLine?: string;
  /** LiquidJS templates of sections, by section name: paths relative to workshop.yaml (the command reads them). */
  templates?: Partial<Record<string, string>>;
}

/** The defaults reproduce the SC19 page. */
export const DEFAULT_MARKDOWN_OPTIONS: MarkdownOptions = {
  clock: 'seed',
  separator: '--',
  meridiem: 'attached',
  padHours: false,
  zoneLabel: 'none',
  timeHeader: 'Time',
  titleHeader: 'Title',
  speakerHeader: 'Speaker',
  month: 'short',
  dateSpan: 'full',
  dayFirst: false,
  ordinals: true,
  affiliation: 'plain',
  committeeAffiliation: 'plain',
  committee: 'list',
  committeeColumns: ['name', 'role', 'affiliation', 'country'],
  keynote: 'title',
  kindHeader: '',
  sessionChair: 'speaker',
  sessionTime: 'window',
  panel: 'panelists',
  compactTimes: false,
  compactWindow: true,
  times: 'range',
  wasYear: 'keep',
  previous: 'paragraphs',
};

/** The options in force: defaults, then the page style of workshop.yaml, then the flags of this run. */
export function resolveMarkdownOptions(page: Partial<MarkdownOptions> | undefined, flags: Partial<MarkdownOptions> = {}): MarkdownOptions {
  const given = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_MARKDOWN_OPTIONS, ...page, ...given };
}
