import { collapse } from './tree.js';

/** A person as one place of the page prints them. */
export interface PrintedPerson {
  name: string;
  affiliation?: string;
  country?: string;
  role?: string;
  /** A group speaker such as `Workshop Chairs`: printed as written, never mailed, not booked as a person. */
  group?: true;
}

/**
 * Reads a committee line: `Name (role), Affiliation, Country`. With three parts or
 * more the last is the country and the middle ones the affiliation (which may hold
 * commas: `JPL, Caltech & USC`).
 */
export function readCommitteeLine(text: string): PrintedPerson {
  const parts = collapse(text).split(',').map(collapse);
  const head = parts.shift() ?? '';
  let role = /^(.*?)\s*\(([^)]+)\)$/.exec(head);
  const name = role ? role[1]! : head;
  // `Name, Affiliation, Country (General Chair)`: the role may close the line instead.
  const tail = role || parts.length === 0 ? null : /^(.*?)\s*\(([^)]+)\)$/.exec(parts.at(-1)!);
  if (tail) {
    parts[parts.length - 1] = tail[1]!;
    if (parts.at(-1) === '') parts.pop();
    role = tail;
  }
  // `Mei Lin (Princeton University)`: alone in its parentheses, what is no role is the affiliation.
  if (role && parts.length === 0 && !ROLE_WORDS.test(role[2]!)) return { name, affiliation: role[2] };
  const country = parts.length >= 2 ? parts.pop() : undefined;
  const affiliation = parts.length > 0 ? parts.join(', ') : undefined;
  return { name, affiliation, country, role: role?.[2] };
}

/** Words of a committee role: `(General Chair)`, `(Co-organizer)`, `(Steering Committee)`. */
const ROLE_WORDS = /\b(?:co-?)?(?:chairs?|organi[sz](?:er|ers|ing)|lead|program|general|steering|publicity|publications?|proceedings|web|local|members?|committee|advisor|liaison|secretary|treasurer|coordinator|editor|host|founder|emeritus)\b/i;

/** Who a printed name is: lower case, accents folded, middle initials left out (`Ian T. Foster` = `Ian Foster`). */
export function personKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !/^[a-z]\.?$/.test(w)).join(' ');
}

/** A stable id from a name: the surname (`matsuoka`), or `surname-firstname` when taken. */
export function personId(name: string, taken: (id: string) => boolean, counts?: Map<string, number>): string {
  const words = personKey(name).split(' ').map((w) => w.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')).filter(Boolean);
  const last = words.at(-1) || 'person';
  const candidates = [last, `${last}-${words[0]}`];
  for (const c of candidates) if (c && !taken(c)) return c;
  // With `counts` (ids only ever taken, never freed), each base resumes where it stopped.
  let n = counts?.get(candidates[1]!) ?? 2;
  while (taken(`${candidates[1]}-${n}`)) n++;
  counts?.set(candidates[1]!, n);
  return `${candidates[1]}-${n}`;
}
