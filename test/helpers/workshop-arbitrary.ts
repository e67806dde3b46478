import fc from 'fast-check';
import { LINK_TYPES } from '../../src/model.js';

// Random workshops that use every new key, built so that they are valid: items one
// after another, sessions over consecutive items, dates in order. Each must check
// clean (no error, no warning), and each output must parse in an independent parser.
/** A short title built from the characters that Markdown, Liquid and kramdown treat specially. */
export const title = fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom('a', 'Z', ' ', '|', '*', '_', '<', '{', '`', 'é', '😀', '-', '.', ':', ';', ',', '\\', '[', ']') }).filter((s) => s.trim() !== '');
const url = fc.constantFrom('https://example.org/a', 'https://doi.org/10.1000/182', 'https://example.org/x?y=1&z=(2)');
const person = fc.record({ name: title, affiliation: fc.oneof(title, fc.array(title, { minLength: 1, maxLength: 3 })) });
const speaker = fc.oneof(fc.constantFrom('ada', 'alan'), person, title.map((name) => ({ name, group: true })));
/** A program item as the generator fills it. */
export const item = fc.record({
  minutes: fc.integer({ min: 5, max: 50 }),
  title,
  kind: fc.constantFrom('talk', 'keynote', 'panel', 'break', 'other', 'point'),
  speakers: fc.array(speaker, { minLength: 1, maxLength: 3 }),
  links: fc.array(fc.record({ type: fc.constantFrom(...LINK_TYPES), url, title: fc.option(title, { nil: undefined }) }), { maxLength: 3 }),
  badges: fc.array(title, { maxLength: 2 }),
  session: fc.boolean(),
  mode: fc.constantFrom(undefined, 'in-person', 'virtual', 'hybrid'),
});
/** An important date of any precision. */
export const importantDate = fc.record({ label: title, precision: fc.constantFrom('day', 'month', 'tba'), note: fc.option(title, { nil: undefined }), aoe: fc.option(fc.boolean(), { nil: undefined }) });

export type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;
const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;

/** workshop.yaml data using every key, valid by construction. */
export function workshopData(items: Of<typeof item>[], dates: Of<typeof importantDate>[], extra: { mode: string; status: boolean; dinner: boolean; chairs: string; nextDay?: boolean }): Record<string, unknown> {
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
  // With `nextDay`, the dinner is on a second day of the workshop: a program of two days.
  const dinnerDate = extra.nextDay ? { date: '2019-11-18' } : {};
  if (extra.dinner) {
    program.push({ id: 'dinner', ...dinnerDate, start: '19:00', end: '21:00', title: 'Dinner', kind: 'other', location: 'Zum Storch, Saalgasse 3' });
    program.push({ id: 'dinner-talk', ...dinnerDate, start: '20:00', end: '20:15', title: 'Talk at dinner', speakers: ['alan'], location: 'Zum Storch, Saalgasse 3', parallel: true });
  }
  const important_dates = dates.map((d, i) => {
    const month = String(1 + i).padStart(2, '0');
    const date = d.precision === 'tba' ? 'TBA' : d.precision === 'month' ? `2019-${month}` : `2019-${month}-15`;
    return { label: d.label, date, ...(d.note ? { note: d.note } : {}), ...(d.aoe === undefined ? {} : { aoe: d.aoe }) };
  });
  return {
    id: 'dls-prop', title: 'Property Workshop', short_title: "P'19", edition: 2, timezone: 'America/Denver', date: '2019-11-17', ...(extra.nextDay ? { end_date: '2019-11-18' } : {}), room: '502',
    mode: extra.mode, join_url: 'https://zoom.example.org/j/1', ...(extra.status ? { status: 'cancelled', status_note: 'Sorry.' } : {}),
    people: { ada: { name: 'Ada Lovelace', affiliation: ['A', 'B'] }, alan: { name: 'Alan Turing' } },
    sessions, program, important_dates: [...important_dates, { label: 'Workshop date', date: '2019-11-17' }],
    about: 'About *us*.', contact: 'chairs@example.org', logos: [{ alt: 'Logo "1"', image: 'https://example.org/l.png', width: '300px' }],
    submission: { text: 'Submit.', url: 'https://example.org/s', template_url: 'https://example.org/t', min_pages: 4, max_pages: 8 }, reproducibility: 'Share code.',
  };
}

/** The extras: the edition's mode, a cancelled status, a dinner off-site, the chairs of sessions (`nextDay`, moving the dinner to a second day, is left to the caller). */
export const extras = fc.record({ mode: fc.constantFrom('in-person', 'virtual', 'hybrid'), status: fc.boolean(), dinner: fc.boolean(), chairs: fc.constantFrom('ada', 'alan') });
