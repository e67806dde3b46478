import type { Session } from '../model.js';

/**
 * Words every writer prints alike (page, calendar, terminal): month names, and how a
 * session and its chairs are named.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2021-05` as `May 2021`, or `May, 2021` with `comma` (as the ISC'21 page writes it). */
export const monthName = (month: string, comma = false): string => `${MONTHS[Number(month.slice(5, 7)) - 1]}${comma ? ',' : ''} ${month.slice(0, 4)}`;

/** `Session: Scaling`, or the title alone when it already says `Session 1: ...`. */
export const sessionTitle = (s: Session): string => (/^session\b/i.test(s.title) ? s.title : `Session: ${s.title}`);

/** `Chair: Ada` or `Chairs: Ada, Alan`; empty without chairs. `name` escapes for the target. */
export function chairsText(s: Session, name: (text: string) => string = (t) => t): string {
  if (s.chairs.length === 0) return '';
  return `${s.chairs.length > 1 ? 'Chairs' : 'Chair'}: ${s.chairs.map((p) => name(p.name)).join(', ')}`;
}

/** `Cancelled` or `Postponed`, for a workshop with a `status`. */
export const statusWord = (status: 'cancelled' | 'postponed'): string => (status === 'cancelled' ? 'Cancelled' : 'Postponed');
