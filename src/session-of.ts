import type { ProgramItem, Session, Workshop } from './model.js';

const indexes = new WeakMap<readonly Session[], Map<string, Session>>();

/**
 * The session an item belongs to, if any. The sessions are indexed by id once per
 * workshop (per `sessions` array, which the model never changes after it is built),
 * so a writer or rule that asks for every item does not scan them all each time.
 */
export function sessionOf(workshop: Pick<Workshop, 'sessions'>, item: Pick<ProgramItem, 'session'>): Session | undefined {
  if (item.session === undefined) return undefined;
  let index = indexes.get(workshop.sessions);
  if (!index) indexes.set(workshop.sessions, (index = new Map(workshop.sessions.map((s) => [s.id, s]))));
  return index.get(item.session);
}
