import type { Workshop } from '../../model.js';
import { escapeInline } from '../markdown/escape.js';
import { programChanges, statusChange, type Change } from './changes.js';
import { describeChange, type Phrasing } from './describe.js';
import { committeeChanges, dateChanges } from './other-changes.js';
import { escapeForDisplay, escapeJsonText } from '../../safe-text.js';

/** The formats of `dls schedule diff`. */
export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
/** One of {@link DIFF_FORMATS}. */
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Two versions compared: every change, in program, dates, committee order. */
export interface WorkshopDiff {
  workshop: string;
  timezone: string;
  /** Names of the two sides as the user gave them (`git:HEAD~1`, a path). */
  before: string;
  after: string;
  changes: Change[];
}

/** Compares two versions of one workshop. Pure. */
export function diffWorkshops(before: Workshop, after: Workshop, names: { before: string; after: string }): WorkshopDiff {
  const changes = [...statusChange(before, after), ...programChanges(before, after), ...dateChanges(before, after), ...committeeChanges(before, after)];
  return { workshop: after.id, timezone: after.timezone, ...names, changes };
}

/** Options of the writers: the heading date of the Markdown changelog, when known. */
export interface DiffWriteOptions {
  format: DiffFormat;
  /** `YYYY-MM-DD` for the Markdown heading. */
  date?: string;
  /** Print days in every range (multi-day workshops). */
  multiDay: boolean;
  /** How times print: the page's clock (`pageClock`); 24-hour without it. */
  clock?: (time: string) => string;
}

const MARKDOWN: Phrasing = { title: (t) => `“${escapeInline(t)}”`, text: (t) => escapeInline(t) };
const AREAS = [
  ['program', 'Program'],
  ['dates', 'Important dates'],
  ['committee', 'Committee'],
] as const;

/** The diff as text (one sentence a line), an announcement-ready Markdown changelog, or JSON; text and JSON show control and bidi characters escaped. */
export function writeDiff(diff: WorkshopDiff, o: DiffWriteOptions): string {
  const say = (c: Change, p?: Phrasing) => describeChange(c, diff.timezone, o.multiDay, p, o.clock);
  if (o.format === 'json') {
    const changes = diff.changes.map((c) => ({ ...c, summary: say(c) }));
    return `${escapeJsonText(JSON.stringify({ ...diff, changes }, null, 2))}\n`;
  }
  if (o.format === 'text') return diff.changes.map((c) => `${escapeForDisplay(say(c))}\n`).join('');
  const lines = [`## Program changes${o.date ? ` (${o.date})` : ''}`, ''];
  if (diff.changes.length === 0) lines.push('No changes.', '');
  for (const [area, heading] of AREAS) {
    const list = diff.changes.filter((c) => c.area === area);
    if (list.length === 0) continue;
    lines.push(`### ${heading}`, '', ...list.map((c) => `- ${capitalize(say(c, MARKDOWN))}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
