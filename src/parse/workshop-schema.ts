import { ITEM_KINDS } from '../model.js';
import { integer, list, oneOf, sparseList, text, textOrMapping, type Infer } from './schema-kit.js';
import { object, optional, record, required } from './schema-object.js';
import { pageSchema } from './page-schema.js';
import { dateSchema, emailSchema, idSchema, instantSchema, personIdKey, slugSchema, timeSchema, timezoneSchema, urlSchema, linkSchema as hrefSchema } from './formats.js';

/**
 * The `workshop.yaml` format. This one definition validates files and generates
 * `workshop.schema.json`; the README documents every key listed here.
 */

const personFields = {
  name: required(text(), 'Full name as printed on the page.'),
  affiliation: optional(text(), 'Institution(s), as printed after the name.'),
  country: optional(text(), 'Country, as printed in the committee list.'),
  email: optional(emailSchema, 'E-mail address; used by `dls mail export`, never printed on the page or in calendars.'),
  url: optional(hrefSchema, 'Home page.'),
};

const personSchema = object(personFields, 'a person mapping with at least `name`');

const personRefFields = {
  person: optional(idSchema, 'Id of a person in `people`; the other keys then override what is printed.'),
  name: optional(text(), 'Full name (required unless `person` is given).'),
  affiliation: personFields.affiliation,
  country: personFields.country,
  email: personFields.email,
  url: personFields.url,
};

const speakerSchema = textOrMapping(
  text({ expected: 'a person id from `people`' }),
  object(personRefFields, 'a mapping with `person` or `name`'),
);

const itemSchema = object(
  {
    id: optional(idSchema, 'Stable id; calendar UIDs derive from it, so moving or retitling keeps the event. Recommended.'),
    date: optional(dateSchema, 'Day of the item; defaults to the workshop `date`.'),
    start: required(timeSchema, 'Start, H:MM (24-hour) wall-clock time in `timezone`.'),
    end: required(timeSchema, 'End, H:MM (24-hour) wall-clock time in `timezone`.'),
    title: optional(text(), 'Title, rendered verbatim everywhere; leave it out, or write TBA or TBD, while it is not known (shown as TBA).'),
    kind: optional(oneOf(ITEM_KINDS), 'talk (default), keynote, break, opening, closing, panel or other.'),
    speakers: optional(sparseList(speakerSchema), 'Person ids from `people`, and/or inline people.'),
    room: optional(text(), 'Room; defaults to the workshop `room`.'),
    room_url: optional(hrefSchema, 'Map link for `room`.'),
    track: optional(text(), 'Track name, for multi-track programs.'),
    slides: optional(hrefSchema, 'Slides; the title links to them.'),
    url: optional(hrefSchema, 'Page of the item (paper, video).'),
    abstract: optional(text({ multiline: true }), 'Abstract; goes into the calendar description.'),
  },
  'a program item mapping with start, end and title',
);

const importantDateSchema = object(
  {
    label: required(text(), 'What is due, such as "Papers due".'),
    date: required(dateSchema, 'The date in force, YYYY-MM-DD.'),
    was: optional(list(dateSchema), 'Earlier deadlines, oldest first; printed struck through.'),
  },
  'an important-date mapping with label and date',
);

const committeeSchema = object(
  { ...personRefFields, role: optional(text(), 'Role, such as co-chair; printed in parentheses.') },
  'a committee mapping with `person` or `name`',
);

const linkSchema = object({ title: required(text(), 'Link text.'), url: required(hrefSchema, 'Link target.') }, 'a mapping with title and url');

/** The schema of the whole file. */
export const workshopSchema = object(
  {
    id: required(slugSchema, 'Lowercase slug such as dls-sc19; calendar UIDs derive from it.'),
    title: required(text(), 'Workshop title.'),
    edition: optional(integer(1, 1000), 'Edition number: 3 for the third workshop.'),
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
    contact: optional(emailSchema, 'Contact address printed on the page.'),
    deadline_timezone: optional(oneOf(['AoE'] as const), 'AoE: deadlines are Anywhere on Earth (UTC-12); otherwise `timezone`.'),
    updated: optional(instantSchema, 'When the program last changed; the DTSTAMP of calendars (else SOURCE_DATE_EPOCH).'),
    about: optional(text({ multiline: true }), 'Description of the workshop (Markdown).'),
    reproducibility: optional(text({ multiline: true }), 'Reproducibility requirements (Markdown).'),
    logos: optional(list(object({ alt: required(text(), 'Alt text.'), image: required(hrefSchema, 'Image URL.'), width: optional(text(), 'Width, such as 300px.'), url: optional(hrefSchema, 'Link target.') })), 'Logos at the top of the page.'),
    people: optional(record(personIdKey, personSchema), 'Registry of people, keyed by id.'),
    program: required(sparseList(itemSchema), 'The program, one item per talk or break.'),
    important_dates: optional(sparseList(importantDateSchema), 'Deadlines, in order, with their extensions.'),
    committee: optional(sparseList(committeeSchema), 'Organizing committee.'),
    topics: optional(list(text()), 'Topics of the call for papers.'),
    submission: optional(
      object({
        text: optional(text({ multiline: true }), 'The submission section (Markdown).'),
        url: optional(hrefSchema, 'Submission system.'),
        template_url: optional(hrefSchema, 'Paper template.'),
        min_pages: optional(integer(1, 1000), 'Minimum pages.'),
        max_pages: optional(integer(1, 1000), 'Maximum pages.'),
      }),
      'How to submit a paper.',
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
/** One program item as written. */
export type ItemFile = Infer<typeof itemSchema>;
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
