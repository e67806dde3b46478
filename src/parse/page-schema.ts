import { CLOCKS, SECTION_NAMES, SEPARATORS, ZONE_LABELS } from '../page-style.js';
import { boolean, oneOf, text } from './schema-kit.js';
import { object, optional } from './schema-object.js';
import { timezoneSchema } from './formats.js';

/**
 * `page:` in workshop.yaml: how this workshop's page writes what dls generates, so
 * `dls readme`, `readme --check` and `export markdown` need no flags. `dls import`
 * fills it from a hand-kept page; a flag still overrides a key for one run.
 */
export const pageSchema = object(
  {
    clock: optional(oneOf(CLOCKS), 'seed (24-hour table, 12-hour heading, as SC19), 12 or 24.'),
    separator: optional(oneOf(Object.keys(SEPARATORS) as ['--', 'en-dash', '-']), 'Between start and end: `--`, en-dash or `-`.'),
    zone_label: optional(oneOf(ZONE_LABELS), 'Where the zone abbreviation goes: none (default), heading (the window), header (the Time column), both, or cell (each time).'),
    second_zone: optional(timezoneSchema, 'IANA zone of an extra Time column, for remote attendees.'),
    time_header: optional(text(), 'Text of the Time column header (default Time).'),
    title_header: optional(text(), 'Text of the Title column header (default Title).'),
    speaker_header: optional(text(), 'Text of the Speaker column header (default Speaker).'),
    month: optional(oneOf(['short', 'long'] as const), 'Month names: short (Nov, default) or long (November).'),
    date_span: optional(oneOf(['full', 'compact'] as const), 'The days of a program over several days in its heading: full (`Nov 16th--Nov 17th`, default) or compact (`November 16-17`, one month named once).'),
    day_first: optional(boolean(), 'true: `17 November`; false (default): `November 17`.'),
    ordinals: optional(boolean(), 'true (default): `17th`; false: `17`.'),
    affiliation: optional(oneOf(['plain', 'italic'] as const), 'Speakers\' affiliations plain (default) or in italics.'),
    committee_affiliation: optional(oneOf(['plain', 'italic'] as const), 'Committee members\' affiliations plain (default) or in italics: `Jane Doe, *ETH Zurich*, Switzerland`.'),
    keynote: optional(oneOf(['title', 'bold-prefix'] as const), 'A keynote as its title says (default), or after `**Keynote:**`.'),
    panel: optional(oneOf(['plain', 'panelists'] as const), 'A panel\'s speakers after `Panelists:` (default), or as plain names.'),
    times: optional(oneOf(['range', 'start'] as const), 'Time cells as start and end (`9:00--9:05`, default) or the start alone (`9:00`), as pages that let each row run until the next write them.'),
    compact_window: optional(boolean(), 'true (default): the heading\'s window reads 9AM--5:30PM; false: 9:00AM--5:30PM.'),
    program_heading: optional(text(), 'The program heading line; {date}, {window}, {location}, {room}, {zone}, {year} and, for one day, {weekday} are filled in.'),
    program_intro: optional(text({ multiline: true }), 'Lines between the program heading and its table, such as `> All times are in CET.`; the same placeholders as program_heading.'),
    day_heading: optional(text(), 'Each day\'s heading of a program over several days; {day} (1, 2 ...), {weekday}, {date}, {year}, {window}, {zone}.'),
    signup: optional(text(), 'The sign-up line; {url} is the sign-up link.'),
    previous: optional(oneOf(['paragraphs', 'list'] as const), 'Previous workshops as one linked paragraph each (default), or as a bulleted list of links.'),
    previous_line: optional(text(), 'Previous workshops in one sentence; {links} is the links joined by `, ` (`Earlier editions: {links}.`).'),
    templates: optional(
      object(Object.fromEntries(SECTION_NAMES.map((n) => [n, optional(text(), `LiquidJS template of the ${n} section, a path relative to workshop.yaml (README: "Section templates").`)])) as Record<(typeof SECTION_NAMES)[number], ReturnType<typeof optional<string>>>),
      'Your own LiquidJS templates for sections the settings above cannot express.',
    ),
  },
  'a page style mapping',
);
