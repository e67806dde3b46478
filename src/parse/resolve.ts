import type { MarkdownOptions } from '../formats/markdown/options.js';
import type { CommitteeMember, ImportantDate, ItemKind, Path, Person, ProgramItem, Workshop } from '../model.js';
import { normalizeTime, resolveWallTime } from '../time.js';
import type { Issue } from './schema-kit.js';
import type { ItemFile, PersonRefFile, WorkshopFile } from './workshop-schema.js';
import { isPlaceholderTitle, PLACEHOLDER_TITLE } from '../titles.js';
import { assignKeys } from './item-keys.js';

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
  for (const [id, p] of file.people ?? new Map()) people.set(id, { id, ...p, path: ['people', id] });
  const resolvePerson = (ref: string | PersonRefFile, path: Path): Person | undefined => {
    if (typeof ref === 'string') return lookup(ref, path);
    const { person: id, role: _role, ...overrides } = ref;
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
  const importantDates: ImportantDate[] = (file.important_dates ?? []).flatMap((d, index) => (d ? [{ label: d.label, date: d.date, was: d.was ?? [], index }] : []));
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
    deadlineTimezone: file.deadline_timezone,
    updated: file.updated,
    about: file.about,
    reproducibility: file.reproducibility,
    logos: file.logos ?? [],
    people,
    program,
    importantDates,
    committee,
    topics: file.topics ?? [],
    submission: s && { text: s.text, url: s.url, templateUrl: s.template_url, minPages: s.min_pages, maxPages: s.max_pages },
    previous: file.previous ?? [],
    mailing: { signups: file.mailing?.signups, suppress: file.mailing?.suppress },
    page: pageStyle(file.page),
    check: { maxGapMinutes: file.check?.max_gap_minutes ?? 0, disable: file.check?.disable ?? [] },
  };
}

/** `page:` as writer options: snake_case keys to camelCase, unset keys left out. */
function pageStyle(page: WorkshopFile['page']): Partial<MarkdownOptions> {
  if (!page) return {};
  const camel = Object.entries(page).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]);
  return Object.fromEntries(camel.filter(([, v]) => v !== undefined)) as Partial<MarkdownOptions>;
}

function resolveItem(
  file: WorkshopFile,
  item: ItemFile,
  index: number,
  resolvePerson: (ref: string | PersonRefFile, path: Path) => Person | undefined,
): ProgramItem {
  const date = item.date ?? file.date;
  const start = normalizeTime(item.start);
  const end = normalizeTime(item.end);
  const speakers: Person[] = [];
  (item.speakers ?? []).forEach((ref, i) => {
    if (ref === undefined) return;
    const p = resolvePerson(ref, ['program', index, 'speakers', i]);
    if (p) speakers.push(p);
  });
  const ownRoom = item.room !== undefined;
  return {
    id: item.id,
    key: '',
    index,
    date,
    start,
    end,
    startMs: resolveWallTime(date, start, file.timezone).ms,
    endMs: resolveWallTime(date, end, file.timezone).ms,
    title: isPlaceholderTitle(item.title) ? PLACEHOLDER_TITLE : item.title!,
    kind: (item.kind ?? 'talk') as ItemKind,
    speakers,
    room: item.room ?? file.room,
    roomUrl: ownRoom ? item.room_url : (item.room_url ?? file.room_url),
    track: item.track,
    slides: item.slides,
    url: item.url,
    abstract: item.abstract,
  };
}
export { slugify } from './item-keys.js';
