import fc from 'fast-check';
import ICAL from 'ical.js';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LINK_TYPES } from '../../src/model.js';
import { parseWorkshop } from '../../src/parse/index.js';
import { writeAllSections } from '../../src/formats/markdown/registry.js';
import { DEFAULT_MARKDOWN_OPTIONS } from '../../src/formats/markdown/options.js';
import { formatScheduleView } from '../../src/formats/terminal/view.js';
import { writeIcs } from '../../src/formats/ics/writer.js';
import { parseGfm, tablesOf } from '../markdown/gfm.js';

// Random workshops that use every new key, built so that they are valid: items one
// after another, sessions over consecutive items, dates in order. Each must check
// clean (no error, no warning), and each output must parse in an independent parser.
const title = fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom('a', 'Z', ' ', '|', '*', '_', '<', '{', '`', 'é', '😀', '-', '.', ':', ';', ',', '\\', '[', ']') }).filter((s) => s.trim() !== '');
const url = fc.constantFrom('https://example.org/a', 'https://doi.org/10.1000/182', 'https://example.org/x?y=1&z=(2)');
const person = fc.record({ name: title, affiliation: fc.oneof(title, fc.array(title, { minLength: 1, maxLength: 3 })) });
const speaker = fc.oneof(fc.constantFrom('ada', 'alan'), person, title.map((name) => ({ name, group: true })));
const item = fc.record({
  minutes: fc.integer({ min: 5, max: 50 }),
  title,
  kind: fc.constantFrom('talk', 'keynote', 'panel', 'break', 'other', 'point'),
  speakers: fc.array(speaker, { minLength: 1, maxLength: 3 }),
  links: fc.array(fc.record({ type: fc.constantFrom(...LINK_TYPES), url, title: fc.option(title, { nil: undefined }) }), { maxLength: 3 }),
  badges: fc.array(title, { maxLength: 2 }),
  session: fc.boolean(),
  mode: fc.constantFrom(undefined, 'in-person', 'virtual', 'hybrid'),
});
const importantDate = fc.record({ label: title, precision: fc.constantFrom('day', 'month', 'tba'), note: fc.option(title, { nil: undefined }), aoe: fc.option(fc.boolean(), { nil: undefined }) });

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;
const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

function workshopData(items: Of<typeof item>[], dates: Of<typeof importantDate>[], extra: { mode: string; status: boolean; dinner: boolean; chairs: string }): Record<string, unknown> {
  let t = 9 * 60;
  const sessions: { id: string; title: string; chairs: string[] }[] = [];
  const program: Record<string, unknown>[] = items.map((it, i) => {
    const point = it.kind === 'point';
    const entry: Record<string, unknown> = { id: `i${i}`, start: clock(t), title: it.title, kind: point ? 'other' : it.kind, links: it.links.map((l) => (l.title === undefined ? { type: l.type, url: l.url } : l)), badges: it.badges };
    if (!point) entry.end = clock((t += it.minutes));
    if (it.kind !== 'break' && !point) entry.speakers = it.speakers;
    if (it.mode) entry.mode = it.mode;
    if (it.session) {
      if (!items[i - 1]?.session) sessions.push({ id: `s${sessions.length}`, title: `Session ${sessions.length}`, chairs: [extra.chairs] });
      entry.session = sessions.at(-1)!.id;
    }
    return entry;
  });
  if (extra.dinner) {
    program.push({ id: 'dinner', start: '19:00', end: '21:00', title: 'Dinner', kind: 'other', location: 'Zum Storch, Saalgasse 3' });
    program.push({ id: 'dinner-talk', start: '20:00', end: '20:15', title: 'Talk at dinner', speakers: ['alan'], location: 'Zum Storch, Saalgasse 3', parallel: true });
  }
  const important_dates = dates.map((d, i) => {
    const month = String(1 + i).padStart(2, '0');
    const date = d.precision === 'tba' ? 'TBA' : d.precision === 'month' ? `2019-${month}` : `2019-${month}-15`;
    return { label: d.label, date, ...(d.note ? { note: d.note } : {}), ...(d.aoe === undefined ? {} : { aoe: d.aoe }) };
  });
  return {
    id: 'dls-prop', title: 'Property Workshop', short_title: "P'19", edition: 2, timezone: 'America/Denver', date: '2019-11-17', room: '502',
    mode: extra.mode, join_url: 'https://zoom.example.org/j/1', ...(extra.status ? { status: 'cancelled', status_note: 'Sorry.' } : {}),
    people: { ada: { name: 'Ada Lovelace', affiliation: ['A', 'B'] }, alan: { name: 'Alan Turing' } },
    sessions, program, important_dates: [...important_dates, { label: 'Workshop date', date: '2019-11-17' }],
    about: 'About *us*.', contact: 'chairs@example.org', logos: [{ alt: 'Logo "1"', image: 'https://example.org/l.png', width: '300px' }],
    submission: { text: 'Submit.', url: 'https://example.org/s', template_url: 'https://example.org/t', min_pages: 4, max_pages: 8 }, reproducibility: 'Share code.',
  };
}

describe('random workshops using every key', () => {
  it('check clean, and every output parses in its own parser', () => {
    const extra = fc.record({ mode: fc.constantFrom('in-person', 'virtual', 'hybrid'), status: fc.boolean(), dinner: fc.boolean(), chairs: fc.constantFrom('ada', 'alan') });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), fc.array(importantDate, { maxLength: 9 }), extra, (items, dates, x) => {
        const r = parseWorkshop(stringify(workshopData(items, dates, x)), 'workshop.yaml');
        if (!r.ok) expect.fail(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
        expect(r.warnings).toEqual([]);
        const w = r.workshop;
        const ics = writeIcs(w, { scope: { kind: 'program', filter: { breaks: true } }, dtstamp: 0 });
        if (!ics.ok) expect.fail(ics.message);
        const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents('vevent');
        expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual(w.program.map((i) => (i.badges.length ? `${i.title} (${i.badges.join(', ')})` : i.title)));
        expect(events.every((e) => e.getFirstPropertyValue('status') === (x.status ? 'CANCELLED' : 'CONFIRMED'))).toBe(true);
        const dated = writeIcs(w, { scope: { kind: 'deadlines' }, dtstamp: 0 });
        if (!dated.ok) expect.fail(dated.message);
        expect(new ICAL.Component(ICAL.parse(dated.text)).getAllSubcomponents('vevent')).toHaveLength(w.importantDates.filter((d) => d.precision !== 'tba').length);
        const page = writeAllSections(w, DEFAULT_MARKDOWN_OPTIONS);
        const rows = tablesOf(page).flatMap((t) => t.slice(1));
        expect(rows).toHaveLength(w.program.length + new Set(w.program.flatMap((i) => (i.session ? [i.session] : []))).size);
        expect(rows.every((row) => row.length === tablesOf(page)[0]![0]!.length)).toBe(true);
        expect(parseGfm(page).children.length).toBeGreaterThan(0);
        expect(formatScheduleView(w, r.warnings, { width: 80 })).toContain('Property Workshop');
      }),
      // A fixed seed: a failure reproduces on any machine; change it to explore further.
      { numRuns: 40, seed: 11 },
    );
  }, 120_000);
});
