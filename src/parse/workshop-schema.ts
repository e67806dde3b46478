import { EVENT_MODES, EVENT_STATUSES, ITEM_KINDS, LINK_TYPES } from '../model.js';
import { dateValueSchema } from './date-value.js';
import { boolean, listWithIds, oneOrMany, word } from './schema-more.js';
import { integer, list, oneOf, text, textOrMapping, type Infer } from './schema-kit.js';
import { object, optional, record, required } from './schema-object.js';
import { dateSchema, emailSchema, idSchema, instantSchema, personIdKey, slugSchema, timeSchema, timezoneSchema, urlSchema } from './formats.js';

/**
 * The `workshop.yaml` format. This one definition validates files and generates
 * `workshop.schema.json`; the README documents every key listed here.
 */

const personFields = {
  name: required(text(), 'Full name as printed on the page.'),
  affiliation: optional(oneOrMany(text()), 'Institution, as printed after the name; a list of several is printed joined with " & ".'),
  country: optional(text(), 'Country, as printed in the committee list.'),
  email: optional(emailSchema, 'E-mail address; used by `dls mail export`, never printed on the page or in calendars.'),
  url: optional(urlSchema, 'Home page.'),
};

const modeSchema = word(EVENT_MODES, { online: 'virtual', remote: 'virtual', zoom: 'virtual', 'in person': 'in-person', inperson: 'in-person', onsite: 'in-person', 'on-site': 'in-person', mixed: 'hybrid', blended: 'hybrid' });

const linkEntrySchema = object(
  {
    type: required(word(LINK_TYPES, { doi: 'paper', pdf: 'paper', preprint: 'paper', recording: 'video', youtube: 'video', github: 'code', repository: 'code', repo: 'code', homepage: 'web', website: 'web', page: 'web' }, 'unknown-link-type'), 'slides, paper, video, abstract, code, poster or web.'),
    url: required(urlSchema, 'Link target.'),
    title: optional(text(), 'Label on the page instead of the type ("[paper]").'),
  },
  'a link mapping with type and url',
);

const personSchema = object(personFields, 'a person mapping with at least `name`');

const personRefFields = {
  person: optional(idSchema, 'Id of a person in `people`; the other keys then override what is printed.'),
  name: optional(text(), 'Full name (required unless `person` is given).'),
  affiliation: personFields.affiliation,
  country: personFields.country,
  email: personFields.email,
  url: personFields.url,
  group: optional(boolean(), 'true for a group speaker such as "Workshop Chairs": printed as written, never mailed, not booked as a person.'),
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
    end: optional(timeSchema, 'End, H:MM (24-hour) wall-clock time in `timezone`; an item of kind `other` may leave it out (a point in time: "17:30 End of workshop").'),
    title: required(text(), 'Title, rendered verbatim everywhere.'),
    kind: optional(oneOf(ITEM_KINDS), 'talk (default), keynote, break, opening, closing, panel or other.'),
    speakers: optional(list(speakerSchema), 'Person ids from `people`, and/or inline people.'),
    room: optional(text(), 'Room; defaults to the workshop `room`.'),
    room_url: optional(urlSchema, 'Map link for `room`.'),
    track: optional(text(), 'Track name, for multi-track programs.'),
    slides: optional(urlSchema, 'Slides; the title links to them (shortcut for a `links` entry of type slides).'),
    url: optional(urlSchema, 'Page of the item: the calendar event\'s URL, and a [paper] link on the page (shortcut for a `links` entry of type paper).'),
    links: optional(list(linkEntrySchema), 'Links of the item (paper DOI, video, code ...), printed as short labels after the title and listed in the calendar description.'),
    abstract: optional(text({ multiline: true }), 'Abstract; goes into the calendar description.'),
    badges: optional(list(text()), 'Awards such as "Best Paper", printed after the title on the page and in the calendar.'),
    award: optional(text(), 'One award; shortcut for `badges: [...]`, printed first.'),
    session: optional(idSchema, 'Id of the session in `sessions` this item belongs to.'),
    location: optional(text(), 'Where the item happens when not in a room of the venue (an off-site dinner); replaces room, venue and city.'),
    parallel: optional(boolean(), 'true: the item runs alongside others on purpose (a talk during a banquet); not an overlap error, marked in `schedule show`.'),
    mode: optional(modeSchema, 'in-person, virtual or hybrid; defaults to the workshop `mode` (hybrid when only the item gives `join_url`).'),
    join_url: optional(urlSchema, 'Video-call link of this item; defaults to the workshop `join_url`.'),
  },
  'a program item mapping with start and title',
);

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
  { ...personRefFields, role: optional(text(), 'Role, such as co-chair; printed in parentheses.') },
  'a committee mapping with `person` or `name`',
);

const sessionSchema = object(
  {
    id: required(idSchema, 'Id that items name in `session`.'),
    title: required(text(), 'Session title, printed as a heading row of the program.'),
    chairs: optional(list(speakerSchema), 'Session chairs: person ids from `people`, and/or inline people.'),
    date: optional(dateSchema, 'Day of the session; defaults to the workshop `date`.'),
    start: optional(timeSchema, 'Start, H:MM; defaults to the earliest start of its items.'),
    end: optional(timeSchema, 'End, H:MM; defaults to the latest end of its items.'),
  },
  'a session mapping with id and title',
);

const linkSchema = object({ title: required(text(), 'Link text.'), url: required(urlSchema, 'Link target.') }, 'a mapping with title and url');

/** The schema of the whole file. */
export const workshopSchema = object(
  {
    id: required(slugSchema, 'Lowercase slug such as dls-sc19; calendar UIDs derive from it.'),
    title: required(text(), 'Workshop title.'),
    short_title: optional(text(), 'Short name such as DLS\'21, used in calendar names and deadline titles.'),
    edition: optional(integer(1, 1000), 'Edition number: 3 for the third workshop, printed "3rd" in the page title (`title` section).'),
    conference: optional(object({ name: required(text(), 'Conference name, such as SC19.'), url: optional(urlSchema, 'Conference site.') }), 'The host conference.'),
    city: optional(text(), 'City, such as "Denver, CO".'),
    venue: optional(text(), 'Venue, such as a convention center.'),
    timezone: required(timezoneSchema, 'IANA time zone; every time in the file is wall-clock time here.'),
    date: required(dateSchema, 'The (first) day, YYYY-MM-DD.'),
    end_date: optional(dateSchema, 'Last day, for multi-day events.'),
    room: optional(text(), 'Default room of every item.'),
    room_url: optional(urlSchema, 'Map link for the default room.'),
    url: optional(urlSchema, 'The workshop page.'),
    signup_url: optional(urlSchema, 'Mailing-list sign-up form.'),
    contact: optional(emailSchema, 'Contact address, printed by the `contact` section of the page.'),
    mode: optional(modeSchema, 'in-person, virtual or hybrid (default: hybrid with `join_url`, else in-person); a virtual event is "Online" on the page and in calendars.'),
    join_url: optional(urlSchema, 'Video-call link of a virtual or hybrid workshop; in the calendar URL, DESCRIPTION and CONFERENCE.'),
    status: optional(oneOf(EVENT_STATUSES), 'cancelled or postponed: the page says so and every calendar event is STATUS:CANCELLED.'),
    status_note: optional(text({ multiline: true }), 'What to tell about a cancelled or postponed edition (Markdown), printed at the top of the program.'),
    deadline_timezone: optional(oneOf(['AoE'] as const), 'AoE: deadlines are Anywhere on Earth (UTC-12); otherwise `timezone`.'),
    updated: optional(instantSchema, 'When the program last changed; the DTSTAMP of calendars (else SOURCE_DATE_EPOCH).'),
    about: optional(text({ multiline: true }), 'Description of the workshop (Markdown), printed by the `about` section.'),
    reproducibility: optional(text({ multiline: true }), 'Reproducibility requirements (Markdown), printed in the `submission` section.'),
    logos: optional(list(object({ alt: required(text(), 'Alt text.'), image: required(urlSchema, 'Image URL.'), width: optional(text(), 'Width, such as 300px.'), url: optional(urlSchema, 'Link target.') })), 'Logos, printed as a row of images by the `logos` section.'),
    people: optional(record(personIdKey, personSchema), 'Registry of people, keyed by id.'),
    program: optional(list(itemSchema), 'The program, one item per talk or break (may be empty or left out for a cancelled or postponed edition).'),
    sessions: optional(listWithIds(sessionSchema), 'Sessions grouping program items, with chairs.'),
    important_dates: optional(list(importantDateSchema), 'Deadlines, in order, with their extensions.'),
    committee: optional(list(committeeSchema), 'Organizing committee.'),
    topics: optional(list(text()), 'Topics of the call for papers.'),
    submission: optional(
      object({
        text: optional(text({ multiline: true }), 'The submission section (Markdown).'),
        url: optional(urlSchema, 'Submission system.'),
        template_url: optional(urlSchema, 'Paper template.'),
        min_pages: optional(integer(1, 1000), 'Minimum pages.'),
        max_pages: optional(integer(1, 1000), 'Maximum pages.'),
      }),
      'How to submit a paper, printed by the `submission` section.',
    ),
    previous: optional(list(linkSchema), 'Previous workshops of the series.'),
    mailing: optional(object({ signups: optional(text(), 'Sign-up form CSV (keep out of git).'), suppress: optional(text(), 'Unsubscribed addresses, one per line (keep out of git).') }), 'Private mailing-list files.'),
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

/** One session as written. */
export type SessionFile = Infer<typeof sessionSchema>;
/** The validated file, keys as written (snake_case). */
export type WorkshopFile = Infer<typeof workshopSchema>;
/** One program item as written. */
export type ItemFile = Infer<typeof itemSchema>;
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
