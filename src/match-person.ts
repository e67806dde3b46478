/**
 * How a person given on the command line (`--speaker Xia`) is found: by id, then by
 * full name, then by one word of the name, never minding letter case. Used wherever a
 * speaker is selected, so `dls export ics` and `dls add talk` agree. Pure.
 */

const fold = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('en');

/**
 * Who a speaker is, as one string: the `people` id, or `name:` and the name in any case
 * for an inline person. Ids are slugs (no `:`), so the two kinds never collide. Used
 * wherever two mentions must be found to be the same person: calendars, bookings,
 * diffs and notices.
 */
export const personKey = (p: { id?: string; name: string }): string => p.id ?? `name:${fold(p.name)}`;

/**
 * The people `query` names, at the first step that names anyone: the exact id, the id
 * in any case, the full name in any case, a word of the name. One result is a match;
 * several are ambiguous and the caller lists them.
 */
export function matchPeople<P extends { id?: string; name: string }>(query: string, people: readonly P[]): P[] {
  const q = fold(query);
  const steps: ((p: P) => boolean)[] = [
    (p) => p.id === query.trim(),
    (p) => p.id !== undefined && fold(p.id) === q,
    (p) => fold(p.name) === q,
    (p) => fold(p.name).split(/[\s.,-]+/).includes(q),
  ];
  for (const step of steps) {
    const found = people.filter(step);
    if (found.length > 0) return found;
  }
  return [];
}
