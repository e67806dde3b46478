import type { Person, ProgramItem, Workshop } from '../../model.js';
import { personKey } from '../../match-person.js';
import type { Change } from '../diff/changes.js';

/** One speaker's part of a program: their items in program order, and how the last of them prints the speaker. */
export interface SpeakerSlots {
  items: ProgramItem[];
  person: Person;
}

/**
 * Every speaker's items, found in one pass over the program: notices for thousands of
 * speakers must not each scan the whole program.
 */
export function slotsBySpeaker(workshop: Workshop | undefined): Map<string, SpeakerSlots> {
  const out = new Map<string, SpeakerSlots>();
  for (const item of workshop?.program ?? []) {
    for (const person of item.speakers) {
      const key = personKey(person);
      const slots = out.get(key);
      if (!slots) out.set(key, { items: [item], person });
      else {
        if (slots.items.at(-1) !== item) slots.items.push(item);
        slots.person = person;
      }
    }
  }
  return out;
}

/** The changes that concern each person, in the order of `changes`. */
export function changesByPerson(changes: readonly Change[]): Map<string, Change[]> {
  const out = new Map<string, Change[]>();
  for (const c of changes) for (const key of new Set(c.people)) out.set(key, [...(out.get(key) ?? []), c]);
  return out;
}
