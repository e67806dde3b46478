import type { Person, ProgramItem, Session } from '../model.js';
import { normalizeTime, resolveWallTime } from '../time.js';
import type { PersonResolver } from './resolve-item.js';
import type { WorkshopFile } from './workshop-schema.js';

/**
 * The sessions of the model. A session's window is what the file says, else the
 * earliest start and the latest end of its items (instants, then wall clock).
 */
export function resolveSessions(file: WorkshopFile, program: readonly ProgramItem[], resolvePerson: PersonResolver): Session[] {
  return (file.sessions ?? []).map((s, index) => {
    const chairs: Person[] = [];
    (s.chairs ?? []).forEach((ref, i) => {
      const p = resolvePerson(ref, ['sessions', index, 'chairs', i]);
      if (p) chairs.push(p);
    });
    const items = program.filter((i) => i.session === s.id);
    const date = s.date ?? items[0]?.date ?? file.date;
    const first = items.reduce<ProgramItem | undefined>((a, i) => (a === undefined || i.startMs < a.startMs ? i : a), undefined);
    const last = items.reduce<ProgramItem | undefined>((a, i) => (a === undefined || i.endMs > a.endMs ? i : a), undefined);
    const start = s.start === undefined ? first?.start : normalizeTime(s.start);
    const end = s.end === undefined ? last?.end : normalizeTime(s.end);
    const at = (t: string | undefined) => (t === undefined ? NaN : resolveWallTime(date, t, file.timezone).ms);
    return { id: s.id, title: s.title, chairs, date, start, end, startMs: at(start), endMs: at(end), explicit: { start: s.start !== undefined, end: s.end !== undefined }, index };
  });
}
