import type { Person, ProgramItem, Workshop } from '../../model.js';
import { personKey } from '../../match-person.js';
import { slugify } from '../../parse/item-keys.js';

/**
 * What changed between two versions of a workshop, as data. Items are matched by
 * their calendar key (the `id`, else date + title slug), then by title slug across
 * days, so a moved item without an id is still one item that moved.
 */

/** One kind of change; `moved` is a new start (and possibly day), `retimed` the same start with a new end. */
export const CHANGE_KINDS = ['status', 'added', 'removed', 'moved', 'retimed', 'retitled', 'room', 'speakers', 'date-added', 'date-removed', 'date-extended', 'date-changed', 'committee-added', 'committee-removed', 'committee-role'] as const;
/** One of {@link CHANGE_KINDS}. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A program item as a diff shows it: wall-clock times in the workshop zone and UTC instants. */
export interface SlotView {
  title: string;
  date: string;
  start: string;
  end: string;
  startUtc: string;
  endUtc: string;
  room?: string;
  speakers: string[];
}

/** One change, with what it was and what it is. */
export interface Change {
  kind: ChangeKind;
  area: 'program' | 'dates' | 'committee';
  /** Item key, date label or person key. */
  key: string;
  /** Who must hear of it: person ids, or `name:<name>` for inline speakers (both sides for program changes). */
  people: string[];
  before?: SlotView | DateView | MemberView | StatusView;
  after?: SlotView | DateView | MemberView | StatusView;
}

/** Whether the edition takes place: `scheduled`, or cancelled or postponed with the note the page prints. */
export interface StatusView {
  status: 'scheduled' | 'cancelled' | 'postponed';
  note?: string;
}

/** An important date as a diff shows it. */
export interface DateView {
  label: string;
  date: string;
  was: string[];
}

/** A committee member as a diff shows it. */
export interface MemberView {
  name: string;
  role?: string;
}

const iso = (ms: number): string => (Number.isNaN(ms) ? '' : new Date(ms).toISOString().replace(/\.000Z$/, 'Z'));


/** An item as both sides of a diff show it. */
export function slotView(item: ProgramItem): SlotView {
  const view: SlotView = { title: item.title, date: item.date, start: item.start, end: item.end, startUtc: iso(item.startMs), endUtc: iso(item.endMs), speakers: item.speakers.map((s) => s.name) };
  if (item.room !== undefined) view.room = item.room;
  return view;
}

/** Pairs the items of two programs: by key, then unmatched ones by title slug when that is unique on both sides. */
export function matchItems(before: readonly ProgramItem[], after: readonly ProgramItem[]): { pairs: [ProgramItem, ProgramItem][]; removed: ProgramItem[]; added: ProgramItem[] } {
  const byKey = new Map(after.map((i) => [i.key, i]));
  const pairs: [ProgramItem, ProgramItem][] = [];
  const removed: ProgramItem[] = [];
  const taken = new Set<ProgramItem>();
  for (const old of before) {
    const hit = byKey.get(old.key);
    if (hit && !taken.has(hit)) {
      pairs.push([old, hit]);
      taken.add(hit);
    } else removed.push(old);
  }
  const unpaired = after.filter((i) => !taken.has(i));
  const slugOf = new Map([...removed, ...unpaired].map((i) => [i, slugify(i.title)]));
  const [oldSlugs, newSlugs] = [countBy(removed, (i) => slugOf.get(i)!), countBy(unpaired, (i) => slugOf.get(i)!)];
  // A title seen once on each side pairs its two items; one lookup each, not a scan of the added items.
  const bySlug = new Map(unpaired.filter((i) => newSlugs.get(slugOf.get(i)!) === 1).map((i) => [slugOf.get(i)!, i]));
  const stillRemoved: ProgramItem[] = [];
  for (const old of removed) {
    const slug = slugOf.get(old)!;
    const hit = oldSlugs.get(slug) === 1 ? bySlug.get(slug) : undefined;
    if (hit) {
      pairs.push([old, hit]);
      taken.add(hit);
    } else stillRemoved.push(old);
  }
  const added = unpaired.filter((i) => !taken.has(i));
  return { pairs, removed: stillRemoved, added };
}

function countBy<T>(list: readonly T[], key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of list) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  return counts;
}

/** The changes of one matched item, in a fixed order. */
export function itemChanges(old: ProgramItem, now: ProgramItem): Change[] {
  const people = [...new Set([...old.speakers, ...now.speakers].map(personKey))];
  const change = (kind: ChangeKind): Change => ({ kind, area: 'program', key: now.key, people, before: slotView(old), after: slotView(now) });
  const out: Change[] = [];
  const sameStart = old.startMs === now.startMs && old.date === now.date && old.start === now.start;
  if (!sameStart) out.push(change('moved'));
  else if (old.endMs !== now.endMs || old.end !== now.end) out.push(change('retimed'));
  if (old.title !== now.title) out.push(change('retitled'));
  if ((old.room ?? '') !== (now.room ?? '')) out.push(change('room'));
  const names = (i: ProgramItem) => i.speakers.map((s) => `${personKey(s)}|${s.name}|${s.affiliation ?? ''}`).join('\n');
  if (names(old) !== names(now)) out.push(change('speakers'));
  return out;
}

/** Every program change between two workshops, in the new program's order (removed items last, in the old order). */
export function programChanges(before: Workshop, after: Workshop): Change[] {
  const { pairs, removed, added } = matchItems(before.program, after.program);
  const changed = new Map<ProgramItem, Change[]>();
  for (const [old, now] of pairs) changed.set(now, itemChanges(old, now));
  for (const now of added) changed.set(now, [{ kind: 'added', area: 'program', key: now.key, people: now.speakers.map(personKey), after: slotView(now) }]);
  const out = after.program.flatMap((i) => changed.get(i) ?? []);
  for (const old of removed) out.push({ kind: 'removed', area: 'program', key: old.key, people: old.speakers.map(personKey), before: slotView(old) });
  return out;
}

/** A cancelled or postponed edition (or one back on): every speaker must hear of it. */
export function statusChange(before: Workshop, after: Workshop): Change[] {
  const view = (w: Workshop): StatusView => ({ status: w.status ?? 'scheduled', ...(w.statusNote ? { note: w.statusNote.trim() } : {}) });
  const [a, b] = [view(before), view(after)];
  if (a.status === b.status) return [];
  const people = [...new Set([...before.program, ...after.program].flatMap((i) => i.speakers.map(personKey)))];
  return [{ kind: 'status', area: 'program', key: after.id, people, before: a, after: b }];
}
