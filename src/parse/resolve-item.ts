import type { EventMode, ItemKind, ItemLink, Path, Person, ProgramItem } from '../model.js';
import { normalizeTime, resolveWallTime } from '../time.js';
import { isPlaceholderTitle, PLACEHOLDER_TITLE } from '../titles.js';
import type { ItemFile, PersonRefFile, WorkshopFile } from './workshop-schema.js';

/** The workshop's mode: as written; a `join_url` without `mode` means hybrid (people join in the room or online). */
export const workshopMode = (file: WorkshopFile): EventMode => file.mode ?? (file.join_url === undefined ? 'in-person' : 'hybrid');

/** Resolves a person reference as written; undefined when it names nobody and has no name. */
export type PersonResolver = (ref: string | PersonRefFile, path: Path) => Person | undefined;

/** The `slides:` and `url:` shortcuts as links (slides, paper), then the `links` list. */
function linksOf(item: ItemFile): ItemLink[] {
  const shortcuts: ItemLink[] = [];
  if (item.slides) shortcuts.push({ type: 'slides', url: item.slides });
  if (item.url) shortcuts.push({ type: 'paper', url: item.url });
  const own = (item.links ?? []).map((l) => ({ type: l.type, url: l.url, ...(l.title === undefined ? {} : { title: l.title }) }));
  return [...shortcuts, ...own];
}

/** One program item of the model: people resolved, times resolved to instants. */
export function resolveItem(file: WorkshopFile, item: ItemFile, index: number, resolvePerson: PersonResolver): ProgramItem {
  const session = item.session === undefined ? undefined : file.sessions?.find((s) => s.id === item.session);
  const date = item.date ?? session?.date ?? file.date;
  const start = normalizeTime(item.start);
  const point = item.end === undefined;
  const end = point ? start : normalizeTime(item.end!);
  const speakers: Person[] = [];
  (item.speakers ?? []).forEach((ref, i) => {
    if (ref === undefined) return;
    const p = resolvePerson(ref, ['program', index, 'speakers', i]);
    if (p) speakers.push(p);
  });
  const ownRoom = item.room !== undefined;
  const links = linksOf(item);
  return {
    id: item.id,
    key: '',
    index,
    date,
    start,
    end,
    point,
    startMs: resolveWallTime(date, start, file.timezone).ms,
    endMs: resolveWallTime(date, end, file.timezone).ms,
    title: isPlaceholderTitle(item.title) ? PLACEHOLDER_TITLE : item.title!,
    kind: (item.kind ?? 'talk') as ItemKind,
    speakers,
    // An off-site item is in no room of the venue unless it says so.
    room: item.room ?? (item.location === undefined ? file.room : undefined),
    roomUrl: ownRoom || item.location !== undefined ? item.room_url : (item.room_url ?? file.room_url),
    track: item.track,
    slides: links.find((l) => l.type === 'slides')?.url,
    url: item.url,
    links,
    abstract: item.abstract,
    badges: [...(item.award === undefined ? [] : [item.award]), ...(item.badges ?? [])],
    session: item.session,
    location: item.location,
    parallel: item.parallel ?? false,
    mode: item.mode ?? (item.join_url !== undefined && workshopMode(file) === 'in-person' ? 'hybrid' : workshopMode(file)),
    joinUrl: item.join_url ?? file.join_url,
  };
}
