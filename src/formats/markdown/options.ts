/** How the program's times are written. */
export const CLOCKS = ['seed', '12', '24'] as const;
/**
 * `seed`: the SC19 page's style, 24-hour times in the table (`9:00`, `17:30`) and a
 * 12-hour range in the heading (`9AM--5:30PM`); `12` and `24` use one clock for both.
 */
export type Clock = (typeof CLOCKS)[number];

/** Separators of time ranges: `--` (GitHub Pages shows an en dash) or a literal en dash. */
export const SEPARATORS = { '--': '--', 'en-dash': '\u2013' } as const;
/** A key of {@link SEPARATORS}. */
export type SeparatorName = keyof typeof SEPARATORS;

/** Formatting options of the Markdown writers; every field has a flag. */
export interface MarkdownOptions {
  clock: Clock;
  separator: SeparatorName;
  /** Show the zone's abbreviation (MST, CEST), derived from the IANA zone on each day. */
  zoneLabel: boolean;
  /** IANA zone of an extra time column, for remote attendees. */
  secondZone?: string;
}

/** The defaults reproduce the SC19 page. */
export const DEFAULT_MARKDOWN_OPTIONS: MarkdownOptions = { clock: 'seed', separator: '--', zoneLabel: false };
