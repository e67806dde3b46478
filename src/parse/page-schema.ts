import { CLOCKS, COMMITTEE_COLUMNS, MERIDIEMS, SECTION_NAMES, SEPARATORS, TABLE_ALIGNS, ZONE_LABELS, type CommitteeColumn } from '../page-style.js';
import { boolean, list, oneOf, text } from './schema-kit.js';
import { object, optional, record } from './schema-object.js';
import { isDate, timezoneSchema } from './formats.js';
import { ITEM_KINDS, type ItemKind } from '../model.js';

/**
 * `page:` in workshop.yaml: how this workshop's page writes what dls generates, so
 * `dls readme`, `readme --check` and `export markdown` need no flags. `dls import`
 * fills it from a hand-kept page; a flag still overrides a key for one run.
 */
export const pageSchema = object(
  {
    clock: optional(oneOf(CLOCKS), 'seed (24-hour table, 12-hour heading, as SC19), 12 or 24.'),
    separator: optional(oneOf(Object.keys(SEPARATORS) as ['--', 'en-dash', '-', 'spaced-hyphen', 'spaced-en-dash']), 'Between start and end: `--` (default), en-dash or `-`; spaced-hyphen (`9:00 AM - 9:30 AM`) or spaced-en-dash put a space either side.'),
    meridiem: optional(oneOf(MERIDIEMS), 'How a 12-hour time writes AM/PM: attached (`9:00AM`, default), spaced (`9:00 AM`), lower (`9:00am`) or lower-spaced (`9:00 am`); the table and the heading\'s window alike.'),
    pad_hours: optional(boolean(), 'true: 24-hour times with the hour\'s leading zero (`09:00-09:30`); false (default): `9:00`.'),
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
    committee: optional(oneOf(['list', 'table'] as const), 'The committee as a bulleted list (default: `- Jane Doe (chair), ETH Zurich, Switzerland`) or as a table (`| Name | Role | Affiliation | Country |`, see committee_columns, committee_headers); e-mail addresses are never printed.'),
    committee_align: optional(list(oneOf(TABLE_ALIGNS)), 'The alignment of each column of `committee: table`, in order: none (default, `---`), left (`:---`), center (`:---:`) or right (`---:`); columns after the list are none.'),
    committee_columns: optional(list(oneOf(COMMITTEE_COLUMNS)), 'The columns of `committee: table`, in order (default `[name, role, affiliation, country]`); a part that is not set leaves its cell empty.'),
    committee_headers: optional(
      object(Object.fromEntries(COMMITTEE_COLUMNS.map((c) => [c, optional(text(), `Header of the ${c} column (default ${c[0]!.toUpperCase()}${c.slice(1)}).`)])) as Record<CommitteeColumn, ReturnType<typeof optional<string>>>),
      'Header texts of `committee: table` by column, where the page words them otherwise: `{ name: Member, affiliation: Institution }`.',
    ),
    keynote: optional(oneOf(['title', 'bold-prefix', 'cell'] as const), 'A keynote as its title says (default), after `**Keynote:**`, or named in a column of its own before the Title (`cell`: `| 9:00 | Keynote | Title | Speaker |`; see kind_header, kind_words).'),
    kind_header: optional(text(), 'Header of the kind column of `keynote: cell` (default empty: `| Time | | Title | Speaker |`), such as Session or Type.'),
    kind_words: optional(
      object(Object.fromEntries(ITEM_KINDS.map((k) => [k, optional(text(), `What the kind column says for ${k === 'other' ? 'an item of kind other' : /^[aeiou]/.test(k) ? `an ${k}` : `a ${k}`} (plain text; \`**...**\` or \`*...*\` around it is kept as bold or italics).`)])) as Record<ItemKind, ReturnType<typeof optional<string>>>),
      'What the kind column of `keynote: cell` says for each item kind (default `{ keynote: Keynote }`); a kind not named leaves its cell empty.',
    ),
    session_chair: optional(oneOf(['speaker', 'title'] as const), 'Where a session row names its chairs: in the Speaker column (default), or after the bold title, in parentheses: `**Session 1** (Chair: Lena Weber)`.'),
    title_links: optional(oneOf(['label', 'bracket', 'parens', 'dash'] as const), 'How a title cell prints the item\'s links: the title linked to its slides and `[\\[paper\\]](url)` after it (label, default), or the title as text and every link by its label: `Title [[slides](a)] [[paper](b)]` (bracket), `Title ([slides](a), [paper](b))` (parens), `Title — [slides](a), [paper](b)` (dash).'),
    session_heading: optional(text(), 'Each session under a heading line of its own, over a table of its items, instead of a heading row in the day\'s table: `### {title} (Chair: {chairs})`; {title}, {chairs} (names and affiliations; a parenthesis around it is left out without chairs) and {window} are filled in.'),
    chair_affiliation: optional(boolean(), 'A session row\'s chairs with their affiliations, as speakers are printed (true: `Chair: Lena Weber, CSCS`; default: `Chair: Lena Weber`).'),
    session_time: optional(oneOf(['window', 'empty'] as const), 'A session row\'s Time cell: the session\'s window (default) or empty.'),
    panel: optional(oneOf(['plain', 'panelists'] as const), 'A panel\'s speakers after `Panelists:` (default), or as plain names.'),
    times: optional(oneOf(['range', 'start'] as const), 'Time cells as start and end (`9:00--9:05`, default) or the start alone (`9:00`), as pages that let each row run until the next write them.'),
    program_align: optional(list(oneOf(TABLE_ALIGNS)), 'The alignment of each column of the program table, in order: none (default, `---`), left (`:---`), center (`:---:`) or right (`---:`); columns after the list are none.'),
    compact_times: optional(boolean(), 'false (default): a 12-hour time cell writes every hour with its minutes (9:00AM--9:30AM); true: a full hour without them (9AM--9:30AM).'),
    compact_window: optional(boolean(), 'true (default): the heading\'s window reads 9AM--5:30PM; false: 9:00AM--5:30PM.'),
    program_heading: optional(text(), 'The program heading line; {date}, {window}, {location}, {room}, {zone}, {year} and, for one day, {weekday} are filled in.'),
    program_intro: optional(text({ multiline: true }), 'Lines between the program heading and its table, such as `> All times are in CET.`; the same placeholders as program_heading.'),
    day_heading: optional(text(), 'Each day\'s heading of a program over several days; {day} (1, 2 ...), {weekday}, {date}, {year}, {window}, {zone}.'),
    day_windows: optional(record({ test: isDate, expected: 'a date like 2025-11-18 (YYYY-MM-DD)' }, text()), 'A day\'s {window} as its heading announces it, by date, where that is not the day\'s first start to last end: `{ 2025-11-18: "9:00-12:00" }` (`dls import` keeps it).'),
    signup: optional(text(), 'The sign-up line; {url} is the sign-up link.'),
    was_year: optional(oneOf(['keep', 'omit'] as const), 'A struck-through earlier deadline with its year (keep, default: `~~May 1st, 2026~~`) or, when in the year of the date in force, without it (omit: `~~May 1~~ May 15, 2026`).'),
    was_ordinals: optional(boolean(), 'A struck-through earlier deadline\'s day with its ordinal (true: `~~Aug 1st~~`) or without (false: `~~Aug 1~~ Aug 8th`); default as `ordinals`.'),
    aoe_line: optional(text({ multiline: true }), 'With `deadline_timezone: AoE`, the sentence after the dates list, as Markdown (default `All deadlines are Anywhere on Earth (AoE, UTC-12).`; `dls import` keeps the page\'s own).'),
    aoe_mark: optional(text(), 'What follows a date that is Anywhere on Earth on its own (`aoe: true`), as Markdown (default `(AoE)`; `dls import` keeps the page\'s own, such as `AoE` or `(Anywhere on Earth)`).'),
    previous: optional(oneOf(['paragraphs', 'list'] as const), 'Previous workshops as one linked paragraph each (default), or as a bulleted list of links.'),
    previous_line: optional(text(), 'Previous workshops in one sentence; {links} is the links joined by `, ` (`Earlier editions: {links}.`).'),
    templates: optional(
      object(Object.fromEntries(SECTION_NAMES.map((n) => [n, optional(text(), `LiquidJS template of the ${n} section, a path relative to workshop.yaml (README: "Section templates").`)])) as Record<(typeof SECTION_NAMES)[number], ReturnType<typeof optional<string>>>),
      'Your own LiquidJS templates for sections the settings above cannot express.',
    ),
  },
  'a page style mapping',
);
