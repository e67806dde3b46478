/** The audiences `--to` selects; `people` is the registry, reached only through `all`. */
export const AUDIENCES = ['speakers', 'committee', 'chairs', 'signups', 'all'] as const;
/** One of {@link AUDIENCES}. */
export type Audience = (typeof AUDIENCES)[number];
/** The group a source entry belongs to. */
export type Group = Exclude<Audience, 'all'> | 'people';

/** One mention of an address in one source, before validation and merging. */
export interface Entry {
  /** The address as written. */
  email: string;
  name: string;
  /** The `people` id this mention refers to, when it names a registry person. */
  person?: string;
  /** Given and family name, when the source had them in separate fields. */
  given?: string;
  family?: string;
  affiliation: string;
  roles: string[];
  groups: Group[];
  /** Where it was written: `signups.csv:14` or `workshop.yaml:33:12`. */
  origin: string;
}

/** One person on the exported list. */
export interface Recipient {
  /** The address, domain in lowercase punycode. */
  email: string;
  name: string;
  given: string;
  family: string;
  affiliation: string;
  /** Roles from every source, first-seen order: `speaker`, `committee`, `co-chair`, `signup` ... */
  roles: string[];
}

/** An entry that was not exported, and why; printed on stderr. */
export interface Rejected {
  origin: string;
  value: string;
  reason: string;
}

/** A person named in workshop.yaml without an address; printed as a note. */
export interface Missing {
  origin: string;
  name: string;
  roles: string[];
  groups: Group[];
}

/** Two mentions of one address that look like different people; merged, and reported as a note. */
export interface SharedAddress {
  email: string;
  /** The name the merged recipient is exported under. */
  kept: string;
  /** The other person's name, and where their mention is. */
  other: string;
  origin: string;
}
