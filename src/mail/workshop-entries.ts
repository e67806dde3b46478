import type { Path, Person, Workshop } from '../model.js';
import type { SourceMap } from '../parse/yaml-tree.js';
import type { Entry, Group, Missing } from './recipient.js';
import { cleanText } from './text.js';

/** A committee member is a chair when the role has the word chair: co-chair, general chair ... */
export const isChairRole = (role: string | undefined): boolean => role !== undefined && /\bchairs?\b/i.test(role);

/**
 * The mail entries of workshop.yaml, in file order: the `people` registry, then the
 * speakers of the program, then the committee with its roles. Each entry knows the
 * line and column where its address was written; people without an address are
 * listed in `missing`. Pure.
 */
export function workshopEntries(workshop: Workshop, source: SourceMap, file: string): { entries: Entry[]; missing: Missing[] } {
  const entries: Entry[] = [];
  const missing: Missing[] = [];
  const add = (person: Person, groups: Group[], roles: string[]) => {
    const path = emailPath(person, source);
    const at = source.locate(path);
    const origin = `${file}:${at.line}:${at.column}`;
    const name = cleanText(person.name);
    if (person.email === undefined) {
      if (!groups.includes('people')) missing.push({ origin, name, roles, groups });
      return;
    }
    entries.push({ email: person.email, name, affiliation: cleanText(person.affiliation), roles, groups, origin });
  };
  for (const person of workshop.people.values()) add(person, ['people'], []);
  for (const item of workshop.program) for (const speaker of item.speakers) add(speaker, ['speakers'], ['speaker']);
  for (const member of workshop.committee) {
    const role = cleanText(member.role);
    const groups: Group[] = isChairRole(role) ? ['committee', 'chairs'] : ['committee'];
    add(member.person, groups, role === '' ? ['committee'] : ['committee', role]);
  }
  return { entries, missing };
}

/** Where the person's address is written: on the entry itself, else in the registry. */
function emailPath(person: Person, source: SourceMap): Path {
  const own = [...person.path, 'email'];
  if (source.raw(own) !== undefined || person.id === undefined) return person.email === undefined ? person.path : own;
  return ['people', person.id, 'email'];
}
