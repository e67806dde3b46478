import type { Workshop } from '../model.js';
import { slugify } from '../parse/resolve.js';
import type { Question } from './questions.js';
import { echoValue } from '../echo.js';
import { checkDate, checkEmail, checkId, checkText, checkUrl } from './validators.js';

/** Answers of `dls add person`, keyed like their flags. */
export type PersonFields = { name?: string; id?: string; affiliation?: string; country?: string; email?: string; url?: string };
/** Answers of `dls add date`. */
export type DateFields = { label?: string; date?: string };

/** Suggests a person id: the family name, made unique (`weimer`, `weimer-2`). */
export function suggestPersonId(name: string, w: Workshop): string {
  const words = slugify(name).split('-');
  const base = words[words.length - 1] || 'person';
  let id = base;
  for (let n = 2; w.people.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The questions of `dls add person`. */
export function personQuestions(w: Workshop): Question<PersonFields>[] {
  return [
    { key: 'name', flag: '--name', message: 'Full name', validate: checkText },
    { key: 'id', flag: '--id', message: 'Id (the program and committee refer to it)', suggest: (a) => (a.name ? suggestPersonId(a.name, w) : undefined), validate: (v) => (checkId(v) !== true ? checkId(v) : w.people.has(v) ? `id ${echoValue(v)} is taken by ${w.people.get(v)!.name}; expected a new id` : true) },
    { key: 'affiliation', flag: '--affiliation', message: 'Affiliation (empty to skip)', optional: true, validate: checkText },
    { key: 'country', flag: '--country', message: 'Country (empty to skip)', optional: true, validate: checkText },
    { key: 'email', flag: '--email', message: 'E-mail (never printed; empty to skip)', optional: true, validate: checkEmail },
    { key: 'url', flag: '--url', message: 'Home page (empty to skip)', optional: true, validate: checkUrl },
  ];
}

/** The questions of `dls add date`. */
export function dateQuestions(): Question<DateFields>[] {
  return [
    { key: 'label', flag: '--label', message: 'What is due (such as "Papers due")', validate: checkText },
    { key: 'date', flag: '--date', message: 'Date (YYYY-MM-DD)', validate: checkDate },
  ];
}
