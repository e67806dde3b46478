import { personId, personKey, type PrintedPerson } from './people.js';

/** A person in `people` as import writes it. */
export interface PersonEntry {
  name: string;
  affiliation?: string;
  country?: string;
}

/** A reference as workshop.yaml writes it: an id, or `person:` with what this place prints differently, or an inline person. */
export type PersonRef = string | ({ person?: string; role?: string; group?: true } & Partial<PersonEntry>);

/**
 * One `people` entry per person, however often and however differently the page
 * prints them: the first printing is the entry, the others override it where they
 * differ (`{ person: foster, name: Ian Foster }`), as the shipped workshop.yaml does.
 */
export class PeopleRegistry {
  readonly people = new Map<string, PersonEntry>();
  private readonly ids = new Map<string, string>();
  /** Where each `surname-firstname` base's count stopped, for people who share both names. */
  private readonly counts = new Map<string, number>();

  /** The reference for a speaker; the first printing creates the entry. A group (`Workshop Chairs`) is written inline, `group: true`. */
  speaker(p: PrintedPerson): PersonRef {
    if (p.group) return { name: p.name, group: true };
    const key = personKey(p.name);
    const id = this.ids.get(key);
    if (id === undefined) {
      const fresh = personId(p.name, (c) => this.people.has(c), this.counts);
      this.ids.set(key, fresh);
      this.people.set(fresh, { name: p.name, affiliation: p.affiliation });
      return fresh;
    }
    const over = this.overrides(id, p);
    return Object.keys(over).length === 0 ? id : { person: id, ...over };
  }

  /** The entry for a committee member: `person:` when they also speak, else inline. The country goes to the person. */
  member(p: PrintedPerson): PersonRef {
    const id = this.ids.get(personKey(p.name));
    const role = p.role ? { role: p.role } : {};
    if (id === undefined) return { name: p.name, ...role, ...defined({ affiliation: p.affiliation, country: p.country }) };
    const entry = this.people.get(id)!;
    if (entry.country === undefined && p.country !== undefined) entry.country = p.country;
    return { person: id, ...this.overrides(id, p), ...role };
  }

  private overrides(id: string, p: PrintedPerson): Partial<PersonEntry> {
    const e = this.people.get(id)!;
    return defined({
      name: p.name !== e.name ? p.name : undefined,
      // A printing without the affiliation the entry has (`Julian Kunkel` after `Julian Kunkel, GWDG`)
      // overrides nothing: workshop.yaml has no way to hide it, and the fidelity report shows the row.
      affiliation: p.affiliation !== undefined && p.affiliation !== e.affiliation ? p.affiliation : undefined,
      country: p.country !== undefined && p.country !== e.country ? p.country : undefined,
    });
  }
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
