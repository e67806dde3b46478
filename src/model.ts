/**
 * The workshop model: what `workshop.yaml` means once it is parsed, validated and
 * resolved. Every writer and rule reads these types and nothing else.
 *
 * Times are kept twice: as the wall-clock text the organizer wrote (`start`, `end`,
 * in the workshop's zone) and as UTC instants in epoch milliseconds (`startMs`,
 * `endMs`), resolved with a real time-zone database.
 */

import type { MarkdownOptions } from './formats/markdown/options.js';

/** What a program item is; `kind` never rewrites the title. */
export const ITEM_KINDS = ['talk', 'keynote', 'break', 'opening', 'closing', 'panel', 'other'] as const;
/** One of {@link ITEM_KINDS}. */
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Kinds of links an item may carry; `slides:` and `url:` are shortcuts for the first two. */
export const LINK_TYPES = ['slides', 'paper', 'video', 'abstract', 'code', 'poster', 'web'] as const;
/** One of {@link LINK_TYPES}. */
export type LinkType = (typeof LINK_TYPES)[number];
/** Other words for a link's type, lower case: `type: doi` in workshop.yaml, `[recording](url)` on a page. */
export const LINK_TYPE_ALIASES: Readonly<Record<string, LinkType>> = { doi: 'paper', pdf: 'paper', preprint: 'paper', recording: 'video', youtube: 'video', github: 'code', repository: 'code', repo: 'code', homepage: 'web', website: 'web', page: 'web' };

/** How people attend: in the room, on a video call, or both. */
export const EVENT_MODES = ['in-person', 'virtual', 'hybrid'] as const;
/** One of {@link EVENT_MODES}. */
export type EventMode = (typeof EVENT_MODES)[number];

/** An edition that will not happen as announced. */
export const EVENT_STATUSES = ['cancelled', 'postponed'] as const;
/** One of {@link EVENT_STATUSES}. */
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** A link of a program item: slides, paper DOI, video ... */
export interface ItemLink {
  type: LinkType;
  url: string;
  /** Label instead of the type. */
  title?: string;
}

/** A person as shown on the page: a speaker, a committee member, a contact. */
export interface Person {
  /** Key in the `people` registry; absent for inline people. */
  id?: string;
  name: string;
  /** Affiliations joined with " & " when the file lists several. */
  affiliation?: string;
  country?: string;
  /** A group speaker ("Workshop Chairs"): printed as written, never mailed, not booked as a person. */
  group?: boolean;
  email?: string;
  url?: string;
  /** Path of the YAML node this person came from, for diagnostics. */
  path: Path;
}

/** A path into the YAML document, such as `['program', 3, 'start']`. */
export type Path = readonly (string | number)[];

/** One row of the program. */
export interface ProgramItem {
  /** The `id` written in the file, if any. */
  id?: string;
  /** Stable key for calendar UIDs: `id`, or the documented fallback (date + start + title slug). */
  key: string;
  /** Position in the `program` list. */
  index: number;
  /** Day, `YYYY-MM-DD`. */
  date: string;
  /** Wall-clock start and end, normalized to `HH:MM`; `end` equals `start` for a point in time. */
  start: string;
  end: string;
  /** True when the file gives no `end` (kind `other`: "17:30 End of workshop"). */
  point: boolean;
  /** UTC instants, epoch milliseconds; NaN when the wall-clock time does not exist. */
  startMs: number;
  endMs: number;
  title: string;
  kind: ItemKind;
  speakers: Person[];
  /** Resolved room: the item's own, or the workshop's default. */
  room?: string;
  roomUrl?: string;
  track?: string;
  slides?: string;
  url?: string;
  /** Every link, the `slides:` and `url:` shortcuts first (as slides and paper). */
  links: ItemLink[];
  abstract?: string;
  badges: string[];
  /** Id of the session in `sessions`, as written. */
  session?: string;
  /** An off-site place; replaces room, venue and city. */
  location?: string;
  /** Runs alongside other items on purpose: not an overlap. */
  parallel: boolean;
  /** The item's own mode, else the workshop's. */
  mode: EventMode;
  joinUrl?: string;
}

/** A session: a heading over consecutive items, with chairs. */
export interface Session {
  id: string;
  title: string;
  chairs: Person[];
  date: string;
  /** Wall-clock window, `HH:MM`: as written, else from the earliest start and latest end of its items. */
  start?: string;
  end?: string;
  startMs: number;
  endMs: number;
  /** True when `start` / `end` were written (not derived). */
  explicit: { start: boolean; end: boolean };
  index: number;
}

/** A deadline with its history of extensions. */
export interface ImportantDate {
  label: string;
  /** The date in force: `YYYY-MM-DD`, a month `YYYY-MM`, or `TBA`. */
  date: string;
  precision: 'day' | 'month' | 'tba';
  note?: string;
  /** Anywhere on Earth: the date's own `aoe`, else `deadline_timezone`. */
  aoe: boolean;
  /** True when the file sets `aoe` on this date. */
  ownAoe: boolean;
  /** Earlier deadlines, oldest first. */
  was: string[];
  index: number;
}

/** A member of the organizing or program committee. */
export interface CommitteeMember {
  person: Person;
  role?: string;
  index: number;
}

/** A topic of the call for papers: text, or text with sub-topics (a nested list on the page). */
export type Topic = string | { text: string; items: Topic[] };

/** A link with a label, such as a previous edition or a logo. */
export interface Link {
  title: string;
  url: string;
}

/** A logo shown at the top of the page. */
export interface Logo {
  alt: string;
  image: string;
  width?: string;
  url?: string;
}

/** How to submit a paper. */
export interface Submission {
  /** Free Markdown shown as the submission section. */
  text?: string;
  url?: string;
  templateUrl?: string;
  minPages?: number;
  maxPages?: number;
}

/** Settings for `dls schedule check`. */
export interface CheckSettings {
  /** A gap longer than this many minutes between consecutive items warns. */
  maxGapMinutes: number;
  /** Rule ids turned off for this file. */
  disable: string[];
}

/** The whole workshop. */
export interface Workshop {
  id: string;
  title: string;
  shortTitle?: string;
  edition?: number;
  conference?: { name: string; url?: string };
  city?: string;
  venue?: string;
  /** IANA zone name; every time in the file is wall-clock time here. */
  timezone: string;
  /** First and last day, `YYYY-MM-DD`; `endDate` equals `date` for one-day events. */
  date: string;
  endDate: string;
  room?: string;
  roomUrl?: string;
  url?: string;
  signupUrl?: string;
  contact?: string;
  mode: EventMode;
  joinUrl?: string;
  status?: EventStatus;
  statusNote?: string;
  /** `AoE` shows deadlines as Anywhere on Earth; otherwise the workshop's zone. */
  deadlineTimezone?: 'AoE';
  /** Generation time for outputs (ISO instant), when the file pins it. */
  updated?: string;
  about?: string;
  reproducibility?: string;
  logos: Logo[];
  people: Map<string, Person>;
  program: ProgramItem[];
  sessions: Session[];
  importantDates: ImportantDate[];
  committee: CommitteeMember[];
  topics: Topic[];
  submission?: Submission;
  previous: Link[];
  mailing: { signups?: string; suppress?: string };
  check: CheckSettings;
  /** The page's own style (`page:`), as options of the Markdown writers. */
  page: Partial<MarkdownOptions>;
}
