import type { ProgramItem, Topic, Workshop } from '../../model.js';
import { zoneLabel } from '../../time.js';
import { escapeInline, escapeUrl, link } from './escape.js';
import { formatDay, weekdayOf } from './format-time.js';
import type { MarkdownOptions } from './options.js';
import { programTable, speakerCell, timeCell, titleCell } from './program-table.js';
import { SECTION_WRITERS, type SectionName } from './registry.js';

/**
 * The data a section template receives. Every text value is already escaped for
 * Markdown (as the built-in sections escape it) and every URL percent-encoded, so a
 * template that prints `{{ item.title }}` cannot add a table column, a link or Liquid
 * code, whatever the title holds. `builtin` is the section dls would write itself.
 */
export function sectionData(name: SectionName, workshop: Workshop, options: MarkdownOptions): Record<string, unknown> {
  const e = (s: string | undefined) => (s === undefined ? '' : escapeInline(s));
  const base = {
    builtin: SECTION_WRITERS[name](workshop, options),
    workshop: { id: e(workshop.id), title: e(workshop.title), city: e(workshop.city), room: workshop.room ? link(workshop.room, workshop.roomUrl) : '', date: formatDay(workshop.date, true, options), timezone: workshop.timezone, signup_url: workshop.signupUrl ? escapeUrl(workshop.signupUrl) : '', contact: e(workshop.contact) },
  };
  if (name === 'program') return { ...base, days: days(workshop, options) };
  if (name === 'dates') return { ...base, dates: workshop.importantDates.map((d) => ({ label: e(d.label), date: formatDay(d.date, true, options), was: d.was.map((w) => formatDay(w, true, options)) })) };
  if (name === 'committee') return { ...base, members: workshop.committee.map(({ person: p, role }) => ({ name: e(p.name), role: e(role), affiliation: e(p.affiliation), country: e(p.country) })) };
  if (name === 'topics') return { ...base, topics: workshop.topics.map(topicData) };
  if (name === 'previous') return { ...base, previous: workshop.previous.map((p) => ({ title: e(p.title), url: escapeUrl(p.url), link: link(p.title, p.url) })) };
  return base;
}

/** A topic for a template: `{ text, items }` at every level, escaped. */
function topicData(t: Topic): { text: string; items: unknown[] } {
  return typeof t === 'string' ? { text: escapeInline(t), items: [] } : { text: escapeInline(t.text), items: t.items.map(topicData) };
}

function days(workshop: Workshop, options: MarkdownOptions) {
  const byDay = new Map<string, ProgramItem[]>();
  for (const item of workshop.program) byDay.set(item.date, [...(byDay.get(item.date) ?? []), item]);
  return [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, unsorted]) => {
    const items = [...unsorted].sort((a, b) => a.startMs - b.startMs);
    const first = items[0]!;
    return {
      date: formatDay(date, false, options),
      weekday: weekdayOf(date),
      zone: Number.isNaN(first.startMs) ? '' : zoneLabel(first.startMs, workshop.timezone),
      table: programTable(items, workshop, options),
      items: items.map((i) => ({
        time: timeCell(i, workshop, options, first),
        title: escapeInline(i.title),
        title_cell: titleCell(i, options),
        slides: i.slides ? escapeUrl(i.slides) : '',
        kind: i.kind,
        speakers: speakerCell(i, options),
        speaker_list: i.speakers.map((p) => ({ name: escapeInline(p.name), affiliation: escapeInline(p.affiliation ?? '') })),
        room: i.room ? link(i.room, i.roomUrl) : '',
      })),
    };
  });
}
