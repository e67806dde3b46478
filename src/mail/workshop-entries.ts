import type { Path, Person, Workshop } from '../model.js';
import type { SourceMap } from '../parse/yaml-tree.js';
import type { Entry, Group, Missing } from './recipient.js';
import { cleanText } from './text.js';

/** A committee member is a chair when the role has the word chair: co-chair, general chair ... */
export const isChairRole = (role: string | undefined): boolean => role !== undefined && /\bchairs?\b/i.test(role);

interface Mention {
  person: Person;
  groups: Group[];
  roles: string[];
}

/**
 * The mail entries of workshop.yaml, in file order: the `people` registry, then the
 * speakers of the program, the session chairs, then the committee with its roles. Mentions of one registry
 * person share an address: one without its own `email:` uses the first address written
 * for that id anywhere (a committee entry may add one the registry lacks), so merging by
 * address unites all their roles. Each entry knows the line and column where its
 * address was written; people without an address anywhere are listed in `missing`. Pure.
 */
export function workshopEntries(workshop: Workshop, source: SourceMap, file: string): { entries: Entry[]; missing: Missing[] } {
  const mentions: Mention[] = [
    ...[...workshop.people.values()].map((person): Mention => ({ person, groups: ['people'], roles: [] })),
    // A group speaker ("Workshop Chairs") is nobody to write to unless it has its own address.
    ...workshop.program.flatMap((item) => item.speakers.flatMap((person): Mention[] => (person.group && person.email === undefined ? [] : [{ person, groups: ['speakers'], roles: ['speaker'] }]))),
    // Session chairs are chairs too: `--to chairs` reaches them, `--role "session chair"` only them.
    ...workshop.sessions.flatMap((session) => session.chairs.flatMap((person): Mention[] => (person.group && person.email === undefined ? [] : [{ person, groups: ['chairs'], roles: ['session chair'] }]))),
    ...workshop.committee.map((member): Mention => {
      const role = cleanText(member.role);
      return { person: member.person, groups: isChairRole(role) ? ['committee', 'chairs'] : ['committee'], roles: role === '' ? ['committee'] : ['committee', role] };
    }),
  ];
  const withAddress = new Map<string, Person>();
  for (const { person } of mentions) if (person.id !== undefined && person.email !== undefined && !withAddress.has(person.id)) withAddress.set(person.id, person);
  const entries: Entry[] = [];
  const missing: Missing[] = [];
  for (const { person, groups, roles } of mentions) {
    const holder = person.email === undefined && person.id !== undefined ? (withAddress.get(person.id) ?? person) : person;
    const at = source.locate(emailPath(holder, source));
    const origin = `${file}:${at.line}:${at.column}`;
    const name = cleanText(person.name);
    if (holder.email === undefined) {
      if (!groups.includes('people')) missing.push({ origin, name, roles, groups });
      continue;
    }
    entries.push({ email: holder.email, name, ...(person.id === undefined ? {} : { person: person.id }), affiliation: cleanText(person.affiliation), roles, groups, origin });
  }
  return { entries, missing };
}

/** Where the person's address is written: on the entry itself, else in the registry. */
function emailPath(person: Person, source: SourceMap): Path {
  const own = [...person.path, 'email'];
  if (source.raw(own) !== undefined || person.id === undefined) return person.email === undefined ? person.path : own;
  return ['people', person.id, 'email'];
}
