#!/usr/bin/env node
// Writes a synthetic SC-sized conference as workshop.yaml text to stdout:
// 6 days, 40 rooms at 10,000 items (more above that), 15-minute slots from 8:00, a few thousand people.
// Deterministic (seeded), and clean under `dls schedule check`.
//   node bench/generate-conference.mjs [--items 10000] > big.yaml
const args = process.argv.slice(2);
const items = Number(args[args.indexOf('--items') + 1] || 10000);
const DAYS = 6;
const SLOTS = 42; // 8:00 to 18:30 in 15-minute slots
// 40 rooms hold 10,080 items; larger programs get more rooms, so 100,000 items fit in the same 6 days.
const rooms = Math.ceil(items / (DAYS * SLOTS));
const peopleCount = Math.max(50, Math.round(items * 0.4));

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(rand() * list.length)];
const WORDS = ['Scalable', 'Deep', 'Learning', 'Exascale', 'Training', 'Inference', 'Graph', 'Neural', 'Operators', 'Climate', 'Fusion', 'Surrogate', 'Models', 'I/O', 'Communication', 'Sparse', 'Transformers', 'on', 'for', 'with', 'GPU', 'Clusters', 'Workflows', 'Physics-informed', 'Benchmarks'];
const AFFILIATIONS = ['ANL', 'ORNL', 'LBNL', 'TACC', 'NCSA', 'RIKEN', 'CSCS', 'JSC', 'SURF', 'NVIDIA', 'Intel', 'AMD'];
const pad = (n) => String(n).padStart(2, '0');
const time = (minutes) => `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
const q = (s) => JSON.stringify(s);

const out = [];
out.push('id: sc-synthetic', `title: Synthetic SC-sized conference (${items} items)`, 'timezone: America/Denver', 'date: 2026-11-15', 'end_date: 2026-11-20', 'room: Room 1', '');
out.push('people:');
for (let p = 0; p < peopleCount; p++) {
  out.push(`  p${p}: { name: ${q(`Person ${p} ${pick(WORDS)}`)}, affiliation: ${pick(AFFILIATIONS)}, country: USA, email: p${p}@example.org }`);
}
out.push('', 'important_dates:', '  - { label: Papers due, date: 2026-08-01, was: [2026-07-15] }', '  - { label: Notification, date: 2026-09-15 }', '', 'program:');
let k = 0;
for (let day = 0; day < DAYS && k < items; day++) {
  for (let slot = 0; slot < SLOTS && k < items; slot++) {
    for (let room = 1; room <= rooms && k < items; room++, k++) {
      const start = 8 * 60 + slot * 15;
      const title = Array.from({ length: 4 + Math.floor(rand() * 6) }, () => pick(WORDS)).join(' ');
      out.push(`  - id: i${k}`, `    date: 2026-11-${15 + day}`, `    start: "${time(start)}"`, `    end: "${time(start + 15)}"`, `    title: ${q(title)}`, `    room: Room ${room}`, `    track: Track ${room}`, `    speakers: [p${k % peopleCount}]`);
    }
  }
}
out.push('', 'committee:');
for (let c = 0; c < 40; c++) out.push(`  - { person: p${c}, role: ${c < 3 ? 'co-chair' : 'member'} }`);
process.stdout.write(out.join('\n') + '\n');
