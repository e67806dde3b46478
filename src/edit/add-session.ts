import { cutValue, echoValue } from '../echo.js';
import type { Session, Workshop } from '../model.js';
import { suggest } from '../suggest.js';
import { minutesOf } from '../time.js';
import type { Question } from './questions.js';

/**
 * `dls add talk --session`: membership in a session is only ever given, never
 * inferred (docs/decisions.md, "A talk joins a session only when told"). A talk that
 * lands inside one session's window without it gets a hint naming the session and
 * the flag instead.
 */

/** The session question of `dls add talk`: asked only when the workshop has sessions. */
export function sessionQuestion<A extends { session?: string }>(w: Workshop): Question<A> {
  const ids = w.sessions.map((s) => s.id);
  return { key: 'session', flag: '--session', message: `Session (an id from sessions, or empty for none; known: ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ', ...' : ''})`, optional: true, quiet: ids.length === 0, validate: (v: string) => sessionVerdict(v, w) };
}

/** `true` for the id of a declared session; else what is wrong, with a did-you-mean or the known ids. */
export function sessionVerdict(value: string, w: Workshop): true | string {
  const ids = w.sessions.map((s) => s.id);
  if (ids.includes(value)) return true;
  if (ids.length === 0) return 'the workshop has no sessions; expected a session declared in `sessions: [{ id, title }]` first';
  const hint = suggest(value, ids);
  const known = `${ids.slice(0, 8).map((id) => cutValue(id)).join(', ')}${ids.length > 8 ? ' ...' : ''}`;
  return `no session has the id ${echoValue(value)}${hint ? ` (did you mean ${hint}?)` : ''}; expected one of ${known}`;
}

/** The one session whose window on `date` holds start-end, if exactly one does. */
export function enclosingSession(w: Workshop, date: string, start: string, end: string): Session | undefined {
  const [from, to] = [minutesOf(start), minutesOf(end)];
  const holding = w.sessions.filter((s) => s.date === date && s.start !== undefined && s.end !== undefined && minutesOf(s.start) <= from && to <= minutesOf(s.end));
  return holding.length === 1 ? holding[0] : undefined;
}

/** The hint for a talk added inside one session's window without `--session`, if it is. */
export function sessionHint(w: Workshop, item: { title: string; date: string; start: string; end: string }): string | undefined {
  const s = enclosingSession(w, item.date, item.start, item.end);
  if (!s) return undefined;
  const window = `${s.start!.replace(/^0/, '')}-${s.end!.replace(/^0/, '')}`;
  return `hint: ${echoValue(item.title)} is within the window of session ${cutValue(s.id)} ${echoValue(s.title)} (${window}) but not in it; to add it to the session, write \`session: ${cutValue(s.id)}\` on the item, or add it with --session ${cutValue(s.id)}`;
}
