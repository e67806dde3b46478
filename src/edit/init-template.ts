import { DEFAULT_STYLE, renderEntry } from './style.js';
import { yamlScalar } from './yaml-text.js';

/** What `dls init` asks; optional answers are left out of the file when empty. */
export interface InitAnswers {
  title: string;
  id: string;
  timezone: string;
  date: string;
  conference?: string;
  city?: string;
  endDate?: string;
  room?: string;
  signupUrl?: string;
}

/** The private mailing files the template names; `.gitignore` patterns cover them. */
export const MAILING_FILES = { signups: 'signups.csv', suppress: 'suppress.txt' } as const;
/** `.gitignore` lines for the private files, consistent with {@link MAILING_FILES}. */
export const PRIVATE_PATTERNS = ['signups*.csv', 'suppress*.txt'] as const;

/** A YAML scalar as it should be written: quoted only when YAML needs it. */
const scalar = yamlScalar;

const line = (key: string, value: string | undefined, comment: string): string =>
  value === undefined ? `# ${key}:${' '.repeat(Math.max(1, 13 - key.length))}# ${comment}` : `${key}: ${scalar(value)}   # ${comment}`;

/**
 * The commented `workshop.yaml` that `dls init` writes: the schema line for editors,
 * every answer under its key with a comment saying what it does, and empty lists
 * that `dls add` fills. The result passes `dls schedule check`.
 */
export function formatInitTemplate(a: InitAnswers): string {
  return [
    '# yaml-language-server: $schema=./workshop.schema.json',
    '#',
    `# ${a.title}: the single source of truth for the workshop.`,
    '# `dls schedule check` validates it, `dls schedule show` draws the program,',
    '# `dls readme` fills the README sections and `dls export ics` writes calendars.',
    '',
    `id: ${scalar(a.id)}   # slug; calendar event ids derive from it, so keep it stable`,
    `title: ${scalar(a.title)}`,
    a.conference === undefined ? '# conference: { name: SC25, url: https://sc25.supercomputing.org }' : `conference: ${renderEntry({ name: a.conference }, DEFAULT_STYLE, true, [])}   # the host conference; add url: for a link`,
    line('city', a.city, 'such as "Denver, CO"'),
    `timezone: ${scalar(a.timezone)}   # every time below is wall-clock time in this zone`,
    `date: ${scalar(a.date)}   # the (first) day, YYYY-MM-DD`,
    ...(a.endDate !== undefined && a.endDate !== a.date ? [`end_date: ${scalar(a.endDate)}   # the last day`] : []),
    line('room', a.room, 'default room of every program item'),
    line('signup_url', a.signupUrl, 'mailing-list sign-up form'),
    '',
    '# Private mailing-list files, kept out of git by .gitignore; `dls mail export` reads them.',
    '# Uncomment once you have them: the sign-up form\'s CSV download, and one unsubscribed',
    '# address per line.',
    `# mailing: { signups: ${MAILING_FILES.signups}, suppress: ${MAILING_FILES.suppress} }`,
    '',
    '# Deadlines in force, in order; `was` keeps earlier dates of an extended deadline.',
    '# Add one with `dls add date`.',
    'important_dates: []',
    '',
    '# Speakers and committee members, keyed by id; the program refers to these ids.',
    '# Add one with `dls add person`.',
    'people: {}',
    '',
    '# The program, in time order. Add items with `dls add talk` and `dls add break`;',
    '# move them with `dls schedule shift`; see the day with `dls schedule show`.',
    'program: []',
    '',
  ].join('\n');
}
