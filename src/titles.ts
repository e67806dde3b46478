import type { ProgramItem } from './model.js';

/** What the page prints for a talk whose title is not known yet. */
export const PLACEHOLDER_TITLE = 'TBA';

/** True for a title not known yet: none at all, or `TBA` / `TBD` (any case, an optional full stop). */
export const isPlaceholderTitle = (title: string | undefined): boolean => title === undefined || /^\s*(tba|tbd)\.?\s*$/i.test(title);

/**
 * The title as calendars show it: a placeholder names the speakers, `TBA (Ada
 * Lovelace)`, so an event in someone's calendar still says which talk it is.
 */
export function calendarTitle(item: Pick<ProgramItem, 'title' | 'speakers'>): string {
  if (!isPlaceholderTitle(item.title) || item.speakers.length === 0) return item.title;
  return `${PLACEHOLDER_TITLE} (${item.speakers.map((p) => p.name).join(', ')})`;
}
