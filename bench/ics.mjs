#!/usr/bin/env node
// Exports the 10,000-item synthetic conference to iCalendar with dls, and writes the
// same events with ical-generator in the same run; prints both and their ratio.
//   node bench/ics.mjs [--items 10000] [--runs 7]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ical from 'ical-generator';
import { createEvents } from 'ics';
import { tsImport } from 'tsx/esm/api';

const args = process.argv.slice(2);
const flag = (name, fallback) => Number(args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const items = flag('--items', 10000);
const runs = flag('--runs', 7);
const root = fileURLToPath(new URL('../', import.meta.url));
const { parseWorkshop } = await tsImport('../src/parse/index.ts', import.meta.url);
const { writeIcs } = await tsImport('../src/formats/ics/writer.ts', import.meta.url);

const yaml = execFileSync(process.execPath, [join(root, 'bench/generate-conference.mjs'), '--items', String(items)], { encoding: 'utf8', maxBuffer: 1 << 28 });
const parsed = parseWorkshop(yaml, 'conference.yaml');
if (!parsed.ok) throw new Error(`the generated conference must be valid: ${JSON.stringify(parsed.diagnostics.slice(0, 2))}`);
const workshop = parsed.workshop;
const dtstamp = Date.parse('2026-11-01T00:00:00Z');

/** Median wall time of `runs` calls after two warm-up calls, in ms; also returns the last result. */
function time(fn) {
  let result;
  for (let i = 0; i < 2; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], result };
}

const withDls = () => writeIcs(workshop, { scope: { kind: 'program', filter: { breaks: true } }, dtstamp }).text;
const speakerLine = (p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name);
const withIcalGenerator = () => {
  const cal = ical({ name: workshop.title, prodId: '-//dls//bench//EN', method: 'PUBLISH', timezone: null, x: { 'X-WR-TIMEZONE': workshop.timezone } });
  for (const item of workshop.program) {
    cal.createEvent({
      id: `${item.key}@${workshop.id}.dls`, stamp: new Date(dtstamp), sequence: 0, start: new Date(item.startMs), end: new Date(item.endMs),
      summary: item.title, description: `Speaker: ${item.speakers.map(speakerLine).join('; ')}\n\n${workshop.title}`,
      location: [item.room, workshop.venue, workshop.city].filter(Boolean).join(', '), url: workshop.url ?? null,
      categories: [{ name: item.kind }], status: 'CONFIRMED',
    });
  }
  return cal.toString();
};

// The `ics` package (the design's first choice, now a test oracle) writing the same events.
const withIcs = () => {
  const r = createEvents(workshop.program.map((item) => ({
    uid: `${item.key}@${workshop.id}.dls`, timestamp: dtstamp, sequence: 0, title: item.title,
    start: item.startMs, startInputType: 'utc', startOutputType: 'utc', end: item.endMs, endInputType: 'utc', endOutputType: 'utc',
    description: `Speaker: ${item.speakers.map(speakerLine).join('; ')}\n\n${workshop.title}`,
    location: [item.room, workshop.venue, workshop.city].filter(Boolean).join(', '), categories: [item.kind], status: 'CONFIRMED',
  })));
  if (r.error) throw r.error;
  return r.value;
};

const dls = time(withDls);
const gen = time(withIcalGenerator);
const icsPackage = time(withIcs);
const dir = mkdtempSync(join(tmpdir(), 'dls-bench-'));
writeFileSync(join(dir, 'conference.yaml'), yaml);
const t0 = performance.now();
const cli = spawnSync(process.execPath, [join(root, 'bin/dls.js'), '-f', join(dir, 'conference.yaml'), 'export', 'ics', '-o', join(dir, 'program.ics')], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1790000000' } });
const cliMs = performance.now() - t0;
if (cli.status !== 0) throw new Error(cli.stderr);

const mb = (s) => (Buffer.byteLength(s) / 1e6).toFixed(1);
console.log(`ics export of ${workshop.program.length} items (median of ${runs} runs, node ${process.version})`);
console.log(`  dls writeIcs       ${dls.ms.toFixed(0).padStart(6)} ms  ${mb(dls.result)} MB`);
console.log(`  ical-generator     ${gen.ms.toFixed(0).padStart(6)} ms  ${mb(gen.result)} MB`);
console.log(`  ics package        ${icsPackage.ms.toFixed(0).padStart(6)} ms  ${mb(icsPackage.result)} MB  (${(icsPackage.ms / workshop.program.length).toFixed(3)} ms per event)`);
console.log(`  ratio dls / ical-generator: ${(dls.ms / gen.ms).toFixed(2)} (below 1 is faster)`);
console.log(`  ratio dls / ics package: ${(dls.ms / icsPackage.ms).toFixed(2)}`);
console.log(`  dls export ics, whole CLI run (read, parse, check, write): ${cliMs.toFixed(0)} ms`);
