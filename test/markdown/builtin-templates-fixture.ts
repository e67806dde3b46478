import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workshop } from '../../src/model.js';
import type { MarkdownOptions } from '../../src/formats/markdown/options.js';
import { SECTION_NAMES } from '../../src/formats/markdown/registry.js';
import type { LoadedTemplate } from '../../src/formats/markdown/templates.js';

/** The folder of the shipped section templates. */
export const BUILTIN_DIR = join(import.meta.dirname, '../../templates/builtin');

/** Every shipped template, by section name, as `page.templates` would load it. */
export function builtinTemplates(): Record<string, LoadedTemplate> {
  return Object.fromEntries(SECTION_NAMES.map((name) => {
    const file = join(BUILTIN_DIR, `${name}.md.liquid`);
    return [name, { file, text: readFileSync(file, 'utf8') }];
  }));
}

/** Page styles that change what the sections print: every `page:` option, alone or combined. */
export const STYLE_VARIANTS: Record<string, Partial<MarkdownOptions>> = {
  'the page style of the file': {},
  '12-hour clock and en dash': { clock: '12', separator: 'en-dash' },
  '24-hour clock, hyphen, no compact window': { clock: '24', separator: '-', compactWindow: false },
  '12-hour clock, spaced AM/PM and hyphen, struck dates without their year': { clock: '12', separator: 'spaced-hyphen', meridiem: 'spaced', wasYear: 'omit' },
  'lower-case am/pm with a space, spaced en dash': { meridiem: 'lower-spaced', separator: 'spaced-en-dash', compactWindow: false },
  'zero-padded 24-hour clock, lower-case am/pm in the heading': { clock: '24', padHours: true, meridiem: 'lower' },
  'zero-padded seed table': { padHours: true },
  'zone label in the heading': { zoneLabel: 'heading' },
  'zone label in the header': { zoneLabel: 'header' },
  'zone label in both': { zoneLabel: 'both' },
  'zone label in each cell': { zoneLabel: 'cell' },
  'a second zone': { secondZone: 'Europe/Berlin', zoneLabel: 'header' },
  'a second zone a day ahead, labels in cells': { secondZone: 'Asia/Tokyo', zoneLabel: 'cell', clock: '12' },
  'long months, day first, no ordinals': { month: 'long', dayFirst: true, ordinals: false },
  'italic affiliations, keynote bold-prefix, plain panels': { affiliation: 'italic', keynote: 'bold-prefix', panel: 'plain' },
  'own headers': { timeHeader: 'When', titleHeader: 'What', speakerHeader: 'Who' },
  'own program and day headings, own sign-up line': {
    programHeading: '## Program ({date}, 9AM--6PM, {location}, {zone}, {year})',
    dayHeading: '### Day {day}: {weekday}, {date} {year}, {window} {zone}',
    signup: 'Please sign up for [our mailing list]({url}).',
  },
  'keynote in a kind column': { keynote: 'cell' },
  'a kind column "Session" naming every kind, chairs after the title, no session window': {
    keynote: 'cell',
    kindHeader: 'Session',
    kindWords: { talk: 'Talk | paper', keynote: '**Keynote**', panel: '*Panel*', break: 'Break <3', opening: '**Open|ing**', closing: '*_Closing_*', other: '{{ other }}' },
    sessionChair: 'title',
    sessionTime: 'empty',
  },
  'chairs after the session title': { sessionChair: 'title' },
  'no session window, a second zone and a kind column': { sessionTime: 'empty', secondZone: 'Asia/Tokyo', keynote: 'cell', kindHeader: 'Type | kind' },
  'start-only times, a compact date span, an intro under the heading': { times: 'start', dateSpan: 'compact', programIntro: '> All times are in {zone}, *|* {date}.\n> Second line.' },
  'italic committee affiliations, previous workshops as a list': { committeeAffiliation: 'italic', previous: 'list' },
  'the committee as a table': { committee: 'table' },
  'the committee as a table of own columns and headers, italic affiliations': {
    committee: 'table',
    committeeColumns: ['name', 'affiliation', 'country', 'role'],
    committeeHeaders: { name: 'Member | who', affiliation: '*Institution*' },
    committeeAffiliation: 'italic',
  },
  'aligned tables, compact 12-hour cells, struck dates without ordinals': { clock: '12', compactTimes: true, programAlign: ['right', 'none', 'center', 'left'], committee: 'table', committeeAlign: ['left', 'right'], wasOrdinals: false },
  'links after the title in brackets': { titleLinks: 'bracket' },
  'links after the title in one parenthesis, keynote bold-prefix': { titleLinks: 'parens', keynote: 'bold-prefix' },
  'links after a dash, chairs with affiliations in italics': { titleLinks: 'dash', chairAffiliation: true, affiliation: 'italic' },
  'sessions under headings of their own': { sessionHeading: '### {title} (Chair: {chairs}) {window} | *x*' },
  'sessions under headings, italic affiliations, aligned': { sessionHeading: '#### {title}', affiliation: 'italic', programAlign: ['left'] },
  'previous workshops in one sentence': { previousLine: 'Earlier editions: {links} | *more*.' },
  'the page\'s own AoE sentence and per-date mark': { aoeLine: 'Deadlines are *AoE* | {{ all }}.', aoeMark: '(Anywhere on Earth)' },
};

/**
 * `page.day_windows` for every day of a workshop's program (they name dates, so
 * they are made per workshop): a window in the heading of each day over several days.
 */
export function dayWindowsOf(workshop: Workshop): Partial<MarkdownOptions> {
  return { dayWindows: new Map(workshop.program.map((i, n) => [i.date, n % 2 ? '9:00-12:00 *|*' : '8AM--noon'])), dayHeading: '#### Day {day}: {date} ({window})' };
}
