import type { MarkdownOptions } from '../formats/markdown/options.js';
import type { CommitteeMember, ImportantDate, Path, Person, Workshop } from '../model.js';
import type { Issue } from './schema-kit.js';
import type { PersonRefFile, WorkshopFile } from './workshop-schema.js';
import { assignKeys } from './item-keys.js';
import { resolveTopic } from './topics.js';
import { precisionOf } from './date-value.js';
import { resolveItem, workshopMode } from './resolve-item.js';
import { resolveSessions } from './resolve-sessions.js';

/** A person reference that names no one in `people`; the `known-person` rule reports it. */
export const UNKNOWN_PERSON = Symbol('unknown person');
/** A person as resolved, possibly marked as unknown. */
export type ResolvedPerson = Person & { [UNKNOWN_PERSON]?: true };

/**
 * Turns the validated file into the model: people resolved, times resolved to
 * instants. Items, dates and committee entries that could not be read are left out;
 * the others keep their `index` in the file.
 */
export function resolveWorkshop(file: WorkshopFile, issues: Issue[]): Workshop {
  const people = new Map<string, Person>();
  for (const [id, p] of file.people ?? new Map()) people.set(id, { id, ...p, affiliation: joinAffiliations(p.affiliation), path: ['people', id] });
  const resolvePerson = (ref: string | PersonRefFile, path: Path): Person | undefined => {
    if (typeof ref === 'string') return lookup(ref, path);
    const { person: id, role: _role, affiliation, ...rest } = ref;
    const overrides = { ...rest, ...(affiliation === undefined ? {} : { affiliation: joinAffiliations(affiliation) }) };
    if (id !== undefined) {
      const base: ResolvedPerson = lookup(id, [...path, 'person']);
      return { ...base, ...overrides, path: base[UNKNOWN_PERSON] ? base.path : path } as Person;
    }
    if (overrides.name === undefined) {
      issues.push({ path, ruleId: 'missing-key', message: 'a person needs `name`, or `person` naming an id in `people`' });
      return undefined;
    }
    return { ...overrides, name: overrides.name, path };
  };
  const lookup = (id: string, path: Path): ResolvedPerson => people.get(id) ?? { id, name: id, path, [UNKNOWN_PERSON]: true };

  // Items that could not be read are holes: the others keep their positions.
  const program = (file.program ?? []).flatMap((item, index) => (item ? [resolveItem(file, item, index, resolvePerson)] : []));
  assignKeys(program);
  const sessions = resolveSessions(file, program, resolvePerson);
  const workshopAoe = file.deadline_timezone === 'AoE';
  const importantDates: ImportantDate[] = (file.important_dates ?? []).flatMap((d, index) =>
    d ? [{ label: d.label, date: d.date, precision: precisionOf(d.date), note: d.note, aoe: d.aoe ?? workshopAoe, ownAoe: d.aoe !== undefined, was: d.was ?? [], index }] : [],
  );
  const committee: CommitteeMember[] = [];
  (file.committee ?? []).forEach((c, index) => {
    if (!c) return;
    const person = resolvePerson(c, ['committee', index]);
    if (person) committee.push({ person, role: c.role, index });
  });
  const s = file.submission;
  return {
    id: file.id,
    title: file.title,
    shortTitle: file.short_title,
    edition: file.edition,
    conference: file.conference,
    city: file.city,
    venue: file.venue,
    timezone: file.timezone,
    date: file.date,
    endDate: file.end_date ?? file.date,
    room: file.room,
    roomUrl: file.room_url,
    url: file.url,
    signupUrl: file.signup_url,
    contact: file.contact,
    mode: workshopMode(file),
    joinUrl: file.join_url,
    status: file.status,
    statusNote: file.status_note,
    deadlineTimezone: file.deadline_timezone,
    updated: file.updated,
    about: file.about,
    reproducibility: file.reproducibility,
    logos: file.logos ?? [],
    people,
    program,
    sessions,
    importantDates,
    committee,
    topics: (file.topics ?? []).map(resolveTopic),
    submission: s && { text: s.text, url: s.url, templateUrl: s.template_url, minPages: s.min_pages, maxPages: s.max_pages },
    previous: file.previous ?? [],
    mailing: { signups: file.mailing?.signups, suppress: file.mailing?.suppress },
    page: pageStyle(file.page),
    check: { maxGapMinutes: file.check?.max_gap_minutes ?? 0, disable: file.check?.disable ?? [] },
  };
}

/** `[ANL, UChicago]` as printed: `ANL & UChicago`. */
export const joinAffiliations = (a: readonly string[] | undefined): string | undefined => (a === undefined ? undefined : a.join(' & '));

/** `page:` as writer options: snake_case keys to camelCase, unset keys left out. */
function pageStyle(page: WorkshopFile['page']): Partial<MarkdownOptions> {
  if (!page) return {};
  const camel = Object.entries(page).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]);
  return Object.fromEntries(camel.filter(([, v]) => v !== undefined)) as Partial<MarkdownOptions>;
}

export { slugify } from './item-keys.js';
