import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resolveMarkdownOptions } from '../../src/formats/markdown/options.js';
import { writeAllSections } from '../../src/formats/markdown/registry.js';
import { importPage } from '../../src/formats/import/index.js';
import { parseWorkshop } from '../../src/parse/index.js';
import type { Workshop } from '../../src/model.js';

const WORDS = ['Deep', 'Learning', 'at', 'Scale', 'GPU', 'I/O', 'of', '*Sparse*', 'Models', 'C++', '[Fast]', 'x_y', 'A|B', 'MPI-3', '50%', '<b>', '{{ x }}', 'Über', 'naïve', 'v2.0', 'S3GD:', '`code`'];
const FIRST = ['Ada', 'Alan', 'Grace', 'Edsger', 'Barbara', 'Ken', 'Radia', 'Donald', 'Frances', 'John'];
const LAST = ['Lovelace', 'Turing', 'Hopper', 'Dijkstra', 'Liskov', 'Thompson', 'Perlman', 'Knuth', 'Allen', 'Backus'];
const AFFILIATIONS = ['ANL', 'ORNL', 'TU Munich', 'ETH Zurich', 'UChicago and ANL', 'Tokyo Institute of Technology', 'École Polytechnique'];

const person = fc.record({ first: fc.integer({ min: 0, max: 9 }), last: fc.integer({ min: 0, max: 9 }), affiliation: fc.constantFrom(...AFFILIATIONS) });
const item = fc.record({
  title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
  minutes: fc.integer({ min: 5, max: 90 }),
  gap: fc.constantFrom(0, 0, 15),
  speakers: fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 3 }),
  day: fc.integer({ min: 0, max: 1 }),
});
const workshop = fc.record({
  people: fc.uniqueArray(person, { minLength: 8, maxLength: 8, selector: (p) => `${p.first} ${p.last}` }),
  items: fc.array(item, { minLength: 1, maxLength: 12 }),
  clock: fc.constantFrom('seed', '12', '24'),
  separator: fc.constantFrom('--', 'en-dash', '-'),
  month: fc.constantFrom('short', 'long'),
  italic: fc.boolean(),
});

/** A random workshop as workshop.yaml data: items one after another on one or two days. */
function toFile(w: fc.Arbitrary<unknown> extends never ? never : ReturnType<typeof workshop.generate>['value']) {
  const people = Object.fromEntries(w.people.map((p, i) => [`p${i}`, { name: `${FIRST[p.first]} ${LAST[p.last]}`, affiliation: p.affiliation }]));
  const clocks = [9 * 60, 9 * 60];
  const program = w.items.map((it, i) => {
    const start = clocks[it.day]! + it.gap;
    const end = Math.min(start + it.minutes, 23 * 60 + 59);
    clocks[it.day] = end;
    const hm = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
    return { id: `i${i}`, date: it.day === 0 ? '2025-11-17' : '2025-11-18', start: hm(start), end: hm(end), title: it.title, speakers: [...new Set(it.speakers)].map((s) => `p${s}`) };
  }).filter((i) => i.start !== i.end);
  return { id: 'rnd-ws', title: 'Random Workshop', timezone: 'America/Denver', date: '2025-11-17', end_date: '2025-11-18', room: 'Room 1', people, program, page: { clock: w.clock, separator: w.separator, month: w.month, affiliation: w.italic ? 'italic' : 'plain' } };
}

const parse = (text: string): Workshop => {
  const r = parseWorkshop(text, 'workshop.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics, null, 1) + text);
  return r.workshop;
};

const seen = (w: Workshop) =>
  [...w.program]
    .sort((a, b) => a.date.localeCompare(b.date) || a.startMs - b.startMs)
    .map((i) => ({ date: i.date, start: i.start, end: i.end, title: i.title.replace(/\s+/g, ' ').trim(), speakers: i.speakers.map((p) => `${p.name} / ${p.affiliation}`) }));

describe('random workshop -> page -> dls import', () => {
  it('gives back the same items, times and people', () => {
    fc.assert(
      fc.property(workshop, (w) => {
        const original = parse(stringify(toFile(w)));
        const page = `# Random Workshop\n\n${writeAllSections(original, resolveMarkdownOptions(original.page))}`;
        const r = importPage(page, { source: 'README.md', timezone: 'America/Denver', year: 2025 });
        if (!r.ok) throw new Error(JSON.stringify(r));
        expect(seen(parse(r.yaml))).toEqual(seen(original));
        for (const f of r.fidelity) expect(f.differences).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
