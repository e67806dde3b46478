import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli.js';

/**
 * Any text through `add talk --title`, `add person --name` (flow and block style) and
 * `init --title`: either it reads back exactly (yaml's parse of the written file) or
 * dls refuses it with exit 2 and leaves the file as it was. Fixed seed in the unit suite; `DLS_FUZZ=1` draws a
 * random seed (printed, to replay with DLS_FUZZ_SEED) and runs more cases.
 */

const FUZZ = process.env.DLS_FUZZ === '1';
const SEED = process.env.DLS_FUZZ_SEED !== undefined ? Number(process.env.DLS_FUZZ_SEED) : FUZZ ? Date.now() % 2 ** 31 : 20261127;
const RUNS = FUZZ ? 3000 : 200;

const SPECIAL = ['"', "'", '{', '}', '[', ']', ': ', ':', '#', ' #', '&', '*', '!', '%', '@', '`', '|', '>', ',', '?', '-', '- ', '\\', ' ', '  ', '\t', '\n', '\r', '\u0000', '\u0007', '\u007f', '\u0085', '\u00a0', '\u2028', '\ufeff', 'é', '中', '😀', '👩‍🔬', 'null', 'true', '1.0', '~', '---', '...'];
const piece = fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ maxLength: 8 }));
const LEADS = ['', '', '-', '- ', '?', '? ', '&a ', '*a', '!tag ', '%', '@', '#', '"', "'", '[', '{', '|', '>', ': ', ' '];
/** Random text, often starting with a YAML indicator. */
const value = fc.tuple(fc.constantFrom(...LEADS), fc.array(piece, { maxLength: 8 })).map(([lead, parts]) => lead + parts.join(''));

const WORKSHOP = `id: fuzz
title: Fuzz
timezone: Europe/Berlin
date: 2026-06-10
room: Hall
people:
  ada: { name: Ada Lovelace }
program:
  - { id: opening, start: "9:00", end: "9:15", title: Opening, kind: opening, speakers: [ada] }
`;

/** The same people written as blocks of keys: a new person is written as a block too. */
const BLOCK_PEOPLE = WORKSHOP.replace('  ada: { name: Ada Lovelace }', '  ada:\n    name: Ada Lovelace');

type Target = { name: string; args: (v: string) => string[]; readBack: (doc: any) => unknown; init?: boolean; text?: string };
const TARGETS: Target[] = [
  { name: 'add talk --title', args: (v) => ['add', 'talk', `--title=${v}`, '--id', 'fuzzed', '--speaker', 'ada', '--start', '10:00', '--end', '10:30', '--yes'], readBack: (d) => d.program.find((i: { id: string }) => i.id === 'fuzzed')?.title },
  { name: 'add person --name', args: (v) => ['add', 'person', `--name=${v}`, '--id', 'fuzzed', '--yes'], readBack: (d) => d.people.fuzzed?.name },
  { name: 'add person --name (block style)', args: (v) => ['add', 'person', `--name=${v}`, '--id', 'fuzzed', '--yes'], readBack: (d) => d.people.fuzzed?.name, text: BLOCK_PEOPLE },
  { name: 'init --title', args: (v) => ['init', `--title=${v}`, '--id', 'fuzz', '--timezone', 'UTC', '--date', '2030-01-01', '--yes'], readBack: (d) => d.title, init: true },
];

const counts: Record<string, { runs: number; exact: number; refused: number }> = {};

beforeAll(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterAll(() => {
  vi.restoreAllMocks();
  const lines = Object.entries(counts).map(([name, c]) => `${name}: ${c.runs} runs, ${c.exact} read back exactly, ${c.refused} refused (exit 2)`);
  process.stdout.write(`property test (seeds ${SEED} to ${SEED + TARGETS.length - 1}):\n  ${lines.join('\n  ')}\n`);
});

describe.each(TARGETS)('$name with random text', (target) => {
  it('reads back exactly, or exits 2 with the file unchanged', async () => {
    const c = (counts[target.name] = { runs: 0, exact: 0, refused: 0 });
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        const dir = mkdtempSync(join(tmpdir(), 'dls-fuzz-'));
        const file = join(dir, 'workshop.yaml');
        const before = target.text ?? WORKSHOP;
        if (!target.init) writeFileSync(file, before);
        const code = await main(['-f', file, ...target.args(v)]);
        c.runs++;
        const after = target.init && code !== 0 ? undefined : readFileSync(file, 'utf8');
        if (code === 2) {
          c.refused++;
          expect(after).toBe(target.init ? undefined : before);
          return;
        }
        expect(code).toBe(0);
        expect(target.readBack(parse(after!))).toBe(v);
        c.exact++;
      }),
      { seed: SEED + TARGETS.indexOf(target), numRuns: RUNS },
    );
  }, 600_000);
});
