import { zoneLabel } from '../../time.js';
import { formatClock } from '../markdown/format-time.js';
import type { Change, DateView, MemberView, SlotView, StatusView } from './changes.js';

/**
 * One sentence per change, in the workshop's zone: `moved "DeepDriveMD" (Arvind
 * Ramanathan) 10:30–10:55 → 10:05–10:30 MST`. `quote` wraps titles and names (plain
 * quotes for text; the Markdown writer passes an escaping one).
 */

/** How a sentence prints titles; the Markdown writer escapes them. */
export interface Phrasing {
  title: (title: string) => string;
  text: (text: string) => string;
}

/** Plain text: titles in double quotes, everything as written. */
export const PLAIN: Phrasing = { title: (t) => `"${t}"`, text: (t) => t };

const ARROW = ' → ';

function label(slot: SlotView, zone: string): string {
  const ms = Date.parse(slot.startUtc);
  return Number.isNaN(ms) ? '' : zoneLabel(ms, zone);
}

/** `9:05`, as programs print times (no leading zero): the page's 24-hour clock. */
export const clock = (time: string): string => formatClock(time, false);

function range(slot: SlotView, withDate: boolean, clockOf: (time: string) => string): string {
  return `${withDate ? `${slot.date} ` : ''}${clockOf(slot.start)}–${clockOf(slot.end)}`;
}

/** `10:30–10:55 → 10:05–10:30 MST`, with days when they differ or `multiDay`, and a label per side when the zone's label changed. */
export function rangeChange(before: SlotView, after: SlotView, zone: string, multiDay: boolean, clockOf: (time: string) => string = clock): string {
  const withDate = multiDay || before.date !== after.date;
  const [a, b] = [label(before, zone), label(after, zone)];
  if (a === b) return `${range(before, withDate, clockOf)}${ARROW}${range(after, withDate, clockOf)} ${b}`.trimEnd();
  return `${range(before, withDate, clockOf)} ${a}${ARROW}${range(after, withDate, clockOf)} ${b}`.trimEnd();
}

function who(slot: SlotView, p: Phrasing): string {
  return slot.speakers.length > 0 ? ` (${p.text(slot.speakers.join(', '))})` : '';
}

const dateText = (d: DateView): string => d.date;
const memberText = (m: MemberView, p: Phrasing): string => `${p.text(m.name)}${m.role ? ` (${p.text(m.role)})` : ''}`;

/** The sentence for one change; times as `clockOf` prints them (the page's clock, by default 24-hour). */
export function describeChange(change: Change, zone: string, multiDay: boolean, p: Phrasing = PLAIN, clockOf: (time: string) => string = clock): string {
  const before = change.before as SlotView;
  const after = change.after as SlotView;
  const single = (slot: SlotView) => `${p.title(slot.title)}${who(slot, p)} ${range(slot, multiDay, clockOf)} ${label(slot, zone)}`.trimEnd();
  switch (change.kind) {
    case 'status':
      return describeStatus(change.before as StatusView, change.after as StatusView, p);
    case 'added':
      return `added ${single(after)}`;
    case 'removed':
      return `removed ${single(before)}`;
    case 'moved':
    case 'retimed':
      return `${change.kind} ${p.title(after.title)}${who(after, p)} ${rangeChange(before, after, zone, multiDay, clockOf)}`;
    case 'retitled':
      return `retitled ${p.title(before.title)}${ARROW}${p.title(after.title)}${who(after, p)}`;
    case 'room':
      return `room changed ${p.title(after.title)}${who(after, p)}: ${p.text(before.room ?? 'none')}${ARROW}${p.text(after.room ?? 'none')}`;
    case 'speakers':
      return `speakers changed ${p.title(after.title)}: ${p.text(before.speakers.join(', ') || 'none')}${ARROW}${p.text(after.speakers.join(', ') || 'none')}`;
    default:
      return describeOther(change, p);
  }
}

function describeOther(change: Change, p: Phrasing): string {
  const d = (x: unknown) => x as DateView;
  const m = (x: unknown) => x as MemberView;
  switch (change.kind) {
    case 'date-added':
      return `date added ${p.title(d(change.after).label)}: ${dateText(d(change.after))}`;
    case 'date-removed':
      return `date removed ${p.title(d(change.before).label)}: ${dateText(d(change.before))}`;
    case 'date-extended':
    case 'date-changed':
      return `${change.kind === 'date-extended' ? 'extended' : 'date changed'} ${p.title(d(change.after).label)}: ${dateText(d(change.before))}${ARROW}${dateText(d(change.after))}`;
    case 'committee-added':
      return `committee: added ${memberText(m(change.after), p)}`;
    case 'committee-removed':
      return `committee: removed ${memberText(m(change.before), p)}`;
    default:
      return `committee: ${p.text(m(change.after).name)} ${p.text(m(change.before).role ?? 'member')}${ARROW}${p.text(m(change.after).role ?? 'member')}`;
  }
}

function describeStatus(before: StatusView, after: StatusView, p: Phrasing): string {
  const note = after.note ? `: ${p.text(after.note.replace(/\s+/g, ' '))}` : '';
  if (after.status === 'scheduled') return `the workshop takes place again (it was ${before.status})${note}`;
  return `the workshop is ${after.status}${note}`;
}
