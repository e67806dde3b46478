import { EVENT_STATUSES } from '../model.js';
import { dateValueSchema } from './date-value.js';
import { itemSchema, modeSchema, personRefFields, personSchema, sessionSchema } from './item-schema.js';
import { boolean, listWithIds } from './schema-more.js';
import { integer, list, oneOf, sparseList, text, textOrMapping, type Infer, type Schema } from './schema-kit.js';
import { object, optional, record, required } from './schema-object.js';
import { pageSchema } from './page-schema.js';
import { dateSchema, emailSchema, instantSchema, personIdKey, slugSchema, timezoneSchema, urlSchema, linkSchema as hrefSchema } from './formats.js';

export type { ItemFile, SessionFile } from './item-schema.js';

/**
 * The `workshop.yaml` format. This one definition validates files and generates
 * `workshop.schema.json`; the README documents every key listed here.
 */

/** A topic with sub-topics, up to three levels in all (a call for papers never needs more; the JSON Schema stays finite). */
const nestedTopic = <T>(sub: Schema<T>) =>
  textOrMapping(
    text(),
    object({ text: required(text(), 'The topic.'), items: optional(list(sub), 'Sub-topics, shown as a nested list under the topic.') }, 'a mapping with `text` and `items` (sub-topics)'),
  );
const topicSchema = nestedTopic(nestedTopic(text({ expected: 'text (topics nest at most three levels deep)' })));

const importantDateSchema = object(
  {
    label: required(text(), 'What is due, such as "Papers due".'),
    date: required(dateValueSchema, 'The date in force: YYYY-MM-DD, a month YYYY-MM (printed "May 2021", a month-long calendar entry), or TBA (printed, no calendar entry).'),
    was: optional(list(dateSchema), 'Earlier deadlines, oldest first; printed struck through.'),
    note: optional(text(), 'A remark printed after the date and added to its calendar entry.'),
    aoe: optional(boolean(), 'true: this deadline is Anywhere on Earth (UTC-12); false: in `timezone`. Overrides `deadline_timezone` for this date.'),
  },
  'an important-date mapping with label and date',
);

const committeeSchema = object(
  { ...personRefFields, role: optional(text(), 'Role, such as co-chair; printed in parentheses (in a column of its own with `page.committee: table`).') },
  'a committee mapping with `person` or `name`',
);

const linkSchema = object({ title: required(text(), 'Link text.'), url: required(hrefSchema, 'Link target.') }, 'a mapping with title and url');

/** The schema of the whole file. */
export const workshopSchema = object(
  {
    id: required(slugSchema, 'Lowercase slug such as dls-sc19; calendar UIDs derive from it.'),
    title: required(text(), 'Workshop title.'),
    short_title: optional(text(), 'Short name such as DLS\'21, used in calendar names and deadline titles.'),
    edition: optional(integer(1, 1000), 'Edition number: 3 for the third workshop, printed "3rd" in the page title (`title` section).'),
    conference: optional(object({ name: required(text(), 'Conference name, such as SC19.'), url: optional(hrefSchema, 'Conference site.') }), 'The host conference.'),
    city: optional(text(), 'City, such as "Denver, CO".'),
    venue: optional(text(), 'Venue, such as a convention center.'),
    timezone: required(timezoneSchema, 'IANA time zone; every time in the file is wall-clock time here.'),
    date: required(dateSchema, 'The (first) day, YYYY-MM-DD.'),
    end_date: optional(dateSchema, 'Last day, for multi-day events.'),
    room: optional(text(), 'Default room of every item.'),
    room_url: optional(hrefSchema, 'Map link for the default room.'),
    url: optional(urlSchema, 'The workshop page, an absolute http(s) URL; relative links elsewhere in the file resolve against it in calendars.'),
    signup_url: optional(hrefSchema, 'Mailing-list sign-up form.'),
    contact: optional(emailSchema, 'Contact address, printed by the `contact` section of the page.'),
    mode: optional(modeSchema, 'in-person, virtual or hybrid (default: hybrid with `join_url`, else in-person); a virtual event is "Online" on the page and in calendars.'),
    join_url: optional(urlSchema, 'Video-call link of a virtual or hybrid workshop; in the calendar URL, DESCRIPTION and CONFERENCE.'),
    status: optional(oneOf(EVENT_STATUSES), 'cancelled or postponed: the page says so and every calendar event is STATUS:CANCELLED.'),
    status_note: optional(text({ multiline: true }), 'What to tell about a cancelled or postponed edition (Markdown), printed at the top of the program.'),
    deadline_timezone: optional(oneOf(['AoE'] as const), 'AoE: deadlines are Anywhere on Earth (UTC-12); otherwise `timezone`.'),
    updated: optional(instantSchema, 'When the program last changed; the DTSTAMP of calendars (else SOURCE_DATE_EPOCH).'),
    about: optional(text({ multiline: true }), 'Description of the workshop (Markdown), printed by the `about` section.'),
    reproducibility: optional(text({ multiline: true }), 'Reproducibility requirements (Markdown), printed in the `submission` section.'),
    logos: optional(list(object({ alt: required(text(), 'Alt text.'), image: required(hrefSchema, 'Image URL.'), width: optional(text(), 'Width, such as 300px.'), url: optional(hrefSchema, 'Link target.') })), 'Logos, printed as a row of images by the `logos` section.'),
    people: optional(record(personIdKey, personSchema), 'Registry of people, keyed by id.'),
    program: optional(sparseList(itemSchema), 'The program, one item per talk or break (may be empty or left out for a cancelled or postponed edition).'),
    sessions: optional(listWithIds(sessionSchema), 'Sessions grouping program items, with chairs.'),
    important_dates: optional(sparseList(importantDateSchema), 'Deadlines, in order, with their extensions.'),
    committee: optional(sparseList(committeeSchema), 'Organizing committee.'),
    topics: optional(list(topicSchema), 'Topics of the call for papers: text, or `{ text, items }` with sub-topics (up to three levels), shown as a nested list.'),
    submission: optional(
      object({
        text: optional(text({ multiline: true }), 'The submission section (Markdown).'),
        url: optional(hrefSchema, 'Submission system.'),
        template_url: optional(hrefSchema, 'Paper template.'),
        min_pages: optional(integer(1, 1000), 'Minimum pages.'),
        max_pages: optional(integer(1, 1000), 'Maximum pages.'),
      }),
      'How to submit a paper, printed by the `submission` section.',
    ),
    previous: optional(list(linkSchema), 'Previous workshops of the series.'),
    mailing: optional(object({ signups: optional(text(), 'Sign-up form CSV (keep out of git).'), suppress: optional(text(), 'Unsubscribed addresses, one per line (keep out of git).') }), 'Private mailing-list files.'),
    page: optional(pageSchema, 'The page\'s own style: clock, separators, date style, headings ... (`dls import` fills it).'),
    check: optional(
      object({
        max_gap_minutes: optional(integer(0, 1440), 'A gap longer than this between consecutive items warns (default 0).'),
        disable: optional(list(text()), 'Rule ids to turn off for this file.'),
      }),
      'Settings for `dls schedule check`.',
    ),
  },
  'a workshop mapping',
);

/** The validated file, keys as written (snake_case). */
export type WorkshopFile = Infer<typeof workshopSchema>;
/** What could be read of a file with errors: the valid keys only. */
export type PartialWorkshopFile = Partial<WorkshopFile>;
/** A speaker or committee person reference as written. */
export type PersonRefFile = Infer<typeof committeeSchema>;

/** The JSON Schema for editors (yaml-language-server). */
export function workshopJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/dls/dls/workshop.schema.json',
    title: 'dls workshop.yaml',
    ...workshopSchema.toJsonSchema(),
  };
}
