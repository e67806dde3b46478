import { slugify } from '../parse/resolve.js';
import type { Question } from './questions.js';
import { checkDate, checkSlug, checkText, checkUrl, checkZone } from './validators.js';
import { zoneForCity } from '../zone-cities.js';

/** The answers of `dls init`, keyed like its flags (`--signup-url` fills `signupUrl`). */
export type InitFields = {
  title?: string;
  conference?: string;
  id?: string;
  city?: string;
  timezone?: string;
  date?: string;
  endDate?: string;
  room?: string;
  signupUrl?: string;
};

const SMALL_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to', 'with', 'workshop', 'international', 'de', 'des', 'du', 'la', 'le', 'les', 'der', 'die', 'und']);

/**
 * Suggests a workshop id: the initials of the title's words plus the conference,
 * `Deep Learning on Supercomputers Workshop` at SC19 gives `dls-sc19`; a title of
 * one or two words is slugged whole.
 */
export function suggestWorkshopId(title: string, conference?: string): string {
  const words = slugify(title).split('-').filter((w) => w.length > 1 && !SMALL_WORDS.has(w));
  const base = words.length >= 3 ? words.map((w) => w[0]).join('') : words.join('-') || slugify(title);
  return conference ? `${base}-${slugify(conference)}` : base;
}

/**
 * The questions of `dls init`, in the order they are asked. The zone is asked for
 * always: its prompt offers the zone of `--city` (or else this machine's, `machineZone`),
 * and `--yes` never takes either.
 */
export function initQuestions(machineZone: string | undefined): Question<InitFields>[] {
  return [
    { key: 'title', flag: '--title', message: 'Workshop title', validate: checkText },
    { key: 'conference', flag: '--conference', message: 'Host conference (such as SC25; empty for none)', optional: true, validate: checkText },
    { key: 'id', flag: '--id', message: 'Workshop id (a slug; calendar ids derive from it)', suggest: (a) => (a.title ? suggestWorkshopId(a.title, a.conference) : undefined), validate: checkSlug },
    { key: 'city', flag: '--city', message: 'City (such as "Denver, CO"; empty to skip)', optional: true, validate: checkText },
    {
      key: 'timezone',
      flag: '--timezone',
      message: 'Time zone of the workshop (IANA name, where the workshop happens)',
      // Never taken silently (not even by --yes): a workshop in Atlanta written in Berlin would be 6 hours off.
      promptDefault: (a) => (a.city ? zoneForCity(a.city) : undefined) ?? (machineZone && checkZone(machineZone) === true ? machineZone : undefined),
      missingHint: (a) => {
        const zone = a.city ? zoneForCity(a.city) : undefined;
        return zone ? `--city "${a.city}" suggests --timezone ${zone}` : undefined;
      },
      validate: checkZone,
    },
    { key: 'date', flag: '--date', message: 'First day (YYYY-MM-DD)', validate: checkDate },
    { key: 'endDate', flag: '--end-date', message: 'Last day (YYYY-MM-DD)', suggest: (a) => a.date, validate: (v, a) => endDateVerdict(v, a.date), optional: true },
    { key: 'room', flag: '--room', message: 'Room (empty to skip)', optional: true, validate: checkText },
    { key: 'signupUrl', flag: '--signup-url', message: 'Mailing-list sign-up link (empty to skip)', validate: checkUrl, optional: true },
  ];
}

function endDateVerdict(value: string, first: string | undefined): true | string {
  const verdict = checkDate(value);
  if (verdict !== true) return verdict;
  return first === undefined || value >= first ? true : `expected the last day on or after the first day ${first}`;
}
