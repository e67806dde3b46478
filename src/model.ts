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

/** A person as shown on the page: a speaker, a committee member, a contact. */
export interface Person {
  /** Key in the `people` registry; absent for inline people. */
  id?: string;
  name: string;
  affiliation?: string;
  country?: string;
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
  /** Wall-clock start and end, normalized to `HH:MM`. */
  start: string;
  end: string;
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
  abstract?: string;
}

/** A deadline with its history of extensions. */
export interface ImportantDate {
  label: string;
  /** The date in force, `YYYY-MM-DD`. */
  date: string;
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
  /** `AoE` shows deadlines as Anywhere on Earth; otherwise the workshop's zone. */
  deadlineTimezone?: 'AoE';
  /** Generation time for outputs (ISO instant), when the file pins it. */
  updated?: string;
  about?: string;
  reproducibility?: string;
  logos: Logo[];
  people: Map<string, Person>;
  program: ProgramItem[];
  importantDates: ImportantDate[];
  committee: CommitteeMember[];
  topics: string[];
  submission?: Submission;
  previous: Link[];
  mailing: { signups?: string; suppress?: string };
  check: CheckSettings;
  /** The page's own style (`page:`), as options of the Markdown writers. */
  page: Partial<MarkdownOptions>;
}
