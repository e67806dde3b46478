/**
 * The words of the page style (`page:` in workshop.yaml and the formatting flags),
 * outside src/formats so that parsing a file never loads a writer.
 */

/** How the program's times are written. */
export const CLOCKS = ['seed', '12', '24'] as const;
/**
 * `seed`: the SC19 page's style, 24-hour times in the table (`9:00`, `17:30`) and a
 * 12-hour range in the heading (`9AM--5:30PM`); `12` and `24` use one clock for both.
 */
export type Clock = (typeof CLOCKS)[number];

/** Separators of time ranges: `--` (GitHub Pages shows an en dash), a literal en dash, or a hyphen; the last two also between spaces (`9:00 AM - 9:30 AM`). */
export const SEPARATORS = { '--': '--', 'en-dash': '\u2013', '-': '-', 'spaced-hyphen': ' - ', 'spaced-en-dash': ' \u2013 ' } as const;
/** A key of {@link SEPARATORS}. */
export type SeparatorName = keyof typeof SEPARATORS;

/** How a 12-hour time writes its half of the day: `9:00AM` (attached, the SC19 page's), `9:00 AM` (spaced), `9:00am` (lower), `9:00 am` (lower-spaced). */
export const MERIDIEMS = ['attached', 'spaced', 'lower', 'lower-spaced'] as const;
/** One of {@link MERIDIEMS}. */
export type Meridiem = (typeof MERIDIEMS)[number];

/** Where the zone abbreviation goes: nowhere, the window in the heading, the Time column header, both of these, each time cell. */
export const ZONE_LABELS = ['none', 'heading', 'header', 'both', 'cell'] as const;
/** One of {@link ZONE_LABELS}. */
export type ZoneLabelPlace = (typeof ZONE_LABELS)[number];

/** The columns a committee table may have (`page.committee: table`); e-mail addresses are never printed. */
export const COMMITTEE_COLUMNS = ['name', 'role', 'affiliation', 'country'] as const;
/** One of {@link COMMITTEE_COLUMNS}. */
export type CommitteeColumn = (typeof COMMITTEE_COLUMNS)[number];
/** How a table column is aligned, as its delimiter cell says: `---`, `:---`, `:---:`, `---:`. */
export const TABLE_ALIGNS = ['none', 'left', 'center', 'right'] as const;
/** One of {@link TABLE_ALIGNS}. */
export type TableAlign = (typeof TABLE_ALIGNS)[number];
/** A committee table's header for each column, unless `page.committee_headers` says otherwise. */
export const COMMITTEE_HEADERS: Record<CommitteeColumn, string> = { name: 'Name', role: 'Role', affiliation: 'Affiliation', country: 'Country' };

/** Section names of the generated page, in the order of the SC19 page. */
export const SECTION_NAMES = ['title', 'logos', 'signup', 'program', 'about', 'topics', 'submission', 'dates', 'committee', 'contact', 'previous'] as const;
/** One of {@link SECTION_NAMES}. */
export type SectionName = (typeof SECTION_NAMES)[number];
