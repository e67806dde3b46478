import { EVENT_MODES, ITEM_KINDS, LINK_TYPE_ALIASES, LINK_TYPES } from '../model.js';
import { boolean, oneOrMany, word } from './schema-more.js';
import { list, oneOf, sparseList, text, textOrMapping, type Infer } from './schema-kit.js';
import { object, optional, optionalVital, required } from './schema-object.js';
import { dateSchema, emailSchema, idSchema, timeSchema, urlSchema, linkSchema as hrefSchema } from './formats.js';

/** The people, program items and sessions of `workshop.yaml` (see workshop-schema.ts for the rest). */

export const personFields = {
  name: required(text(), 'Full name as printed on the page.'),
  affiliation: optional(oneOrMany(text()), 'Institution, as printed after the name; a list of several is printed joined with " & ".'),
  country: optional(text(), 'Country, as printed in the committee list.'),
  email: optional(emailSchema, 'E-mail address; used by `dls mail export`, never printed on the page or in calendars.'),
  url: optional(hrefSchema, 'Home page.'),
};

export const modeSchema = word(EVENT_MODES, { online: 'virtual', remote: 'virtual', zoom: 'virtual', 'in person': 'in-person', inperson: 'in-person', onsite: 'in-person', 'on-site': 'in-person', mixed: 'hybrid', blended: 'hybrid' });

const linkEntrySchema = object(
  {
    type: required(word(LINK_TYPES, LINK_TYPE_ALIASES, 'unknown-link-type'), 'slides, paper, video, abstract, code, poster or web.'),
    url: required(hrefSchema, 'Link target.'),
    title: optional(text(), 'Label on the page instead of the type ("[paper]").'),
  },
  'a link mapping with type and url',
);

export const personSchema = object(personFields, 'a person mapping with at least `name`');

export const personRefFields = {
  person: optional(idSchema, 'Id of a person in `people`; the other keys then override what is printed.'),
  name: optional(text(), 'Full name (required unless `person` is given).'),
  affiliation: personFields.affiliation,
  country: personFields.country,
  email: personFields.email,
  url: personFields.url,
  group: optional(boolean(), 'true for a group speaker such as "Workshop Chairs": printed as written, never mailed, not booked as a person.'),
};

export const speakerSchema = textOrMapping(
  text({ expected: 'a person id from `people`' }),
  object(personRefFields, 'a mapping with `person` or `name`'),
);

export const itemSchema = object(
  {
    id: optional(idSchema, 'Stable id; calendar UIDs derive from it, so moving or retitling keeps the event. Recommended.'),
    date: optional(dateSchema, 'Day of the item; defaults to the workshop `date`.'),
    start: required(timeSchema, 'Start, H:MM (24-hour) wall-clock time in `timezone`.'),
    end: optionalVital(timeSchema, 'End, H:MM (24-hour) wall-clock time in `timezone`; an item of kind `other` may leave it out (a point in time: "17:30 End of workshop").'),
    title: optional(text(), 'Title, rendered verbatim everywhere; leave it out, or write TBA or TBD, while it is not known (shown as TBA).'),
    kind: optional(oneOf(ITEM_KINDS), 'talk (default), keynote, break, opening, closing, panel or other.'),
    speakers: optional(sparseList(speakerSchema), 'Person ids from `people`, and/or inline people.'),
    room: optional(text(), 'Room; defaults to the workshop `room`.'),
    room_url: optional(hrefSchema, 'Map link for `room`.'),
    track: optional(text(), 'Track name, for multi-track programs.'),
    slides: optional(hrefSchema, 'Slides; the title links to them (shortcut for a `links` entry of type slides).'),
    url: optional(hrefSchema, 'Page of the item: the calendar event\'s URL, and a [paper] link on the page (shortcut for a `links` entry of type paper).'),
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

export const sessionSchema = object(
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

/** One program item as written. */
export type ItemFile = Infer<typeof itemSchema>;
/** One session as written. */
export type SessionFile = Infer<typeof sessionSchema>;
