import { compareCodeUnits } from '../compare.js';
import { parseAddress } from './address.js';
import type { Audience, Entry, Group, Recipient, Rejected, SharedAddress } from './recipient.js';
import { splitName } from './text.js';

/** What to export: the union of the `--to` audiences, narrowed to one `--role`. */
export interface Selection {
  to: readonly Audience[];
  role?: string;
}

/** The exported list, the entries left out for a bad address, and those suppressed. */
export interface AudienceResult {
  recipients: Recipient[];
  rejected: Rejected[];
  /** Suppressed recipients: the address and the suppression line that removed it. */
  suppressed: { email: string; origin: string }[];
  /** Exported addresses that different-looking people share (see {@link samePerson}). */
  shared: SharedAddress[];
  /** The roles of everyone in the `--to` groups, before `--role` narrows them; for hints. */
  roles: string[];
}

interface Merged {
  recipient: Recipient;
  groups: Set<Group>;
  /** Who the named mentions were, to notice two people behind one address. */
  people: { name: string; person?: string }[];
  shared: SharedAddress[];
}

/**
 * Builds one audience. Every entry is merged by address (case-insensitive, domain in
 * punycode) first, so a person's name, affiliation and roles come from all sources:
 * the first non-empty name and affiliation win, roles are united; when the names of
 * one address look like two people ({@link samePerson}), the merge is listed in
 * `shared` so that it is reported, never silent. Then the selection
 * keeps those in a `--to` group with the `--role`, the suppression list removes the
 * unsubscribed, and the list is sorted by address (code-unit order, so any machine
 * gives the same bytes). Only bad entries of the selected groups are reported. Pure.
 */
export function buildAudience(entries: readonly Entry[], suppress: ReadonlyMap<string, string>, selection: Selection): AudienceResult {
  const wanted = expandAudiences(selection.to);
  const rejected: Rejected[] = [];
  const merged = new Map<string, Merged>();
  for (const entry of entries) {
    const parsed = parseAddress(entry.email);
    if (!parsed.ok) {
      if (entry.groups.some((g) => wanted.has(g))) rejected.push({ origin: entry.origin, value: entry.email, reason: parsed.reason });
      continue;
    }
    mergeEntry(merged, parsed.address.key, parsed.address.email, entry);
  }
  const role = selection.role?.toLowerCase();
  const inGroups = [...merged.entries()].filter(([, m]) => [...m.groups].some((g) => wanted.has(g)));
  const roles = [...new Set(inGroups.flatMap(([, m]) => m.recipient.roles))];
  const selected = inGroups.filter(([, m]) => role === undefined || m.recipient.roles.some((r) => r.toLowerCase() === role));
  const suppressed = selected.flatMap(([key, m]) => (suppress.has(key) ? [{ email: m.recipient.email, origin: suppress.get(key)! }] : []));
  const exported = selected.filter(([key]) => !suppress.has(key)).sort(([a], [b]) => compareCodeUnits(a, b));
  const recipients = exported.map(([, m]) => m.recipient);
  return { recipients, rejected, suppressed, shared: exported.flatMap(([, m]) => m.shared), roles };
}

function mergeEntry(merged: Map<string, Merged>, key: string, email: string, entry: Entry): void {
  let m = merged.get(key);
  if (!m) {
    m = { recipient: { email, name: '', given: '', family: '', affiliation: '', roles: [] }, groups: new Set(), people: [], shared: [] };
    merged.set(key, m);
  }
  const r = m.recipient;
  if (entry.name !== '') {
    const who = { name: entry.name, person: entry.person };
    if (m.people.length > 0 && !m.people.some((p) => samePerson(p, who))) m.shared.push({ email: r.email, kept: m.people[0]!.name, other: entry.name, origin: entry.origin });
    m.people.push(who);
  }
  if (r.name === '' && entry.name !== '') {
    const split = splitName(entry.name);
    Object.assign(r, { name: entry.name, given: entry.given ?? split.given, family: entry.family ?? split.family });
  }
  if (r.affiliation === '') r.affiliation = entry.affiliation;
  for (const role of entry.roles) if (!r.roles.some((x) => x.toLowerCase() === role.toLowerCase())) r.roles.push(role);
  for (const g of entry.groups) m.groups.add(g);
}

/** The words of a name that are not initials, lowercased and without accents. */
const nameWords = (name: string): string[] =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/**
 * Whether two named mentions of one address are plausibly one person: the same `people`
 * id, or names that share a word (`Ada Lovelace` and `Ada L.`, `Foster, Ian` and
 * `Ian T. Foster`). `Weijia Xu` and `Ian T. Foster` are not: their merge is reported.
 */
export function samePerson(a: { name: string; person?: string }, b: { name: string; person?: string }): boolean {
  if (a.person !== undefined && a.person === b.person) return true;
  const words = new Set(nameWords(a.name));
  return nameWords(b.name).some((w) => words.has(w));
}

/** The source groups a `--to` list covers; `all` includes the `people` registry. */
export function expandAudiences(to: readonly Audience[]): Set<Group> {
  if (to.includes('all')) return new Set<Group>(['people', 'speakers', 'committee', 'chairs', 'signups']);
  return new Set<Group>(to as Group[]);
}

