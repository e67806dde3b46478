import fc from 'fast-check';
import type { Recipient } from '../../../src/mail/recipient.js';
import { splitName } from '../../../src/mail/text.js';

/** A recipient as the audience builder makes them; tests override what they are about. */
export function recipient(overrides: Partial<Recipient> & { email: string }): Recipient {
  const name = overrides.name ?? '';
  return { name, ...splitName(name), affiliation: '', roles: [], ...overrides };
}

/** Characters that break naive writers: separators, quotes, formula starts, non-ASCII. */
const tricky = fc.constantFrom(...'aZ ,;"\'\\<>()@=+-#:.&|éüß絵里Иван'.split(''));
/** A cleaned display name (no control characters, single spaces, trimmed), maybe empty. */
export const arbitraryName = fc.string({ unit: tricky, maxLength: 16 }).map((s) => s.replace(/ +/g, ' ').trim());

/** Sorted recipients with unique, valid addresses and random names, affiliations and roles. */
export const arbitraryRecipients = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9._+]{0,8}$/).filter((l) => !l.includes('..') && !l.endsWith('.')), { maxLength: 8 })
  .chain((locals) =>
    fc.tuple(...locals.map((l) => fc.record({ name: arbitraryName, affiliation: arbitraryName, roles: fc.uniqueArray(fc.constantFrom('speaker', 'co-chair', 'committee', 'signup'), { maxLength: 3 }) }).map((x) => recipient({ email: `${l}@example.org`, ...x })))),
  )
  .map((list) => [...list].sort((a, b) => (a.email < b.email ? -1 : 1)));
