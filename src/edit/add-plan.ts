import { cutValue, echoValue } from '../echo.js';
import type { Workshop } from '../model.js';
import { addImportantDate, addPerson, addProgramItem } from './add-entries.js';
import { itemQuestions } from './add-questions.js';
import { dateQuestions, personQuestions } from './entry-questions.js';
import type { Question } from './questions.js';
import { inlineNames, resolveSpeakers, type SpeakerRef } from './speakers.js';
import { sessionHint } from './add-session.js';

/** What `dls add` can add. */
export type AddWhat = 'talk' | 'break' | 'person' | 'date';

/** Answers of `dls add`, by field name. */
export type Answers = Partial<Record<string, string | undefined>>;

/** The questions `dls add WHAT` asks, checked against this workshop (free ids, suggested times). */
export function questionsFor(what: AddWhat, w: Workshop) {
  if (what === 'person') return personQuestions(w) as Question<Answers>[];
  if (what === 'date') return dateQuestions() as Question<Answers>[];
  return itemQuestions(w, what) as Question<Answers>[];
}

/**
 * The edit itself, pure: the answers spliced into `text`, with the lines that report it
 * (each a line of its own, so that the caller escapes what came from input line by line).
 */
export function spliceFor(what: AddWhat, a: Answers, w: Workshop, text: string): { text: string; summary: string[] } {
  if (what === 'person') {
    return { text: addPerson(text, a.id!, { name: a.name!, affiliation: a.affiliation, country: a.country, email: a.email, url: a.url }), summary: [`added ${echoValue(a.name!)} as people.${cutValue(a.id!)}`] };
  }
  if (what === 'date') {
    const r = addImportantDate(text, { label: a.label!, date: a.date! });
    return { text: r.text, summary: [`added ${echoValue(a.label!)} on ${a.date} as important_dates[${r.index}]`] };
  }
  const speakers = a.speaker ? (resolveSpeakers(a.speaker, w) as { speakers: SpeakerRef[] }).speakers : [];
  const inline = inlineNames(speakers);
  const notes = inline.length > 0 ? [`${inline.join(', ')} ${inline.length === 1 ? 'is a new speaker' : 'are new speakers'}, written inline as { name: ... }; \`dls add person\` gives a speaker an id, affiliation and e-mail`] : [];
  const r = addProgramItem(text, { id: a.id, date: a.date, start: a.start!, end: a.end!, title: a.title!, kind: what === 'break' ? 'break' : a.kind, speakers, room: a.room, session: a.session });
  // Only a talk is offered a session; a break inside one is the session's own pause.
  const hint = what === 'talk' && !a.session ? sessionHint(w, { title: a.title!, date: a.date ?? w.date, start: a.start!, end: a.end! }) : undefined;
  return { text: r.text, summary: [`added ${what === 'break' ? 'break' : (a.kind ?? 'talk')} ${echoValue(a.title!)} ${a.start}-${a.end}${a.room ? ` in ${cutValue(a.room)}` : ''} as program[${r.index}]${a.session ? ` in session ${cutValue(a.session)}` : ''}`, ...notes, ...(hint ? [hint] : [])] };
}
