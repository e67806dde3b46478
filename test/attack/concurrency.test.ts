import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dlsAsync, leftovers, race, workspace, type Run } from './race.js';

/**
 * Concurrency attacks: two dls runs editing one file at the same moment, as two busy
 * organizers would. Each pair runs RACES times, each time in a fresh folder; a race
 * holds when both runs did what they said (no lost edit) and nothing was left behind.
 */
const RACES = 20;

type Program = { id?: string; title: string; start: string }[];
const program = (dir: string): Program => (parse(readFileSync(join(dir, 'workshop.yaml'), 'utf8')) as { program: Program }).program;
const titles = (dir: string) => program(dir).map((p) => p.title);
const talk = (title: string, start: string, end: string) => ['add', 'talk', '--title', title, '--start', start, '--end', end, '--speaker', 'yin', '--yes'];

interface Pair {
  name: string;
  setup?: (dir: string) => void | Promise<void>;
  commands: (i: number) => string[][];
  /** A program that does not take dls's lock, racing alongside (an editor saving the file). */
  other?: string;
  held: (dir: string, runs: Run[], i: number) => boolean;
}

/** An editor: reads workshop.yaml, appends a line, saves by rename, 25 times, 20 ms apart. */
const EDITOR = `const fs = require('fs');
for (let n = 1; n <= 25; n++) {
  const text = fs.readFileSync('workshop.yaml', 'utf8');
  fs.writeFileSync('.editor-save', text + '# hand ' + n + '\\n');
  fs.renameSync('.editor-save', 'workshop.yaml');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
}`;

const allOk = (runs: Run[]) => runs.every((r) => r.code === 0);

const PAIRS: Pair[] = [
  {
    name: 'add talk + add talk',
    commands: (i) => [talk(`Race A ${i}`, '18:00', '18:10'), talk(`Race B ${i}`, '18:10', '18:20')],
    held: (dir, runs, i) => allOk(runs) && titles(dir).includes(`Race A ${i}`) && titles(dir).includes(`Race B ${i}`),
  },
  {
    name: 'schedule shift + add talk',
    commands: (i) => [['schedule', 'shift', 'summit-strategies', '+5', '--only'], talk(`Race ${i}`, '18:00', '18:10')],
    held: (dir, runs, i) => allOk(runs) && titles(dir).includes(`Race ${i}`) && program(dir).find((p) => p.id === 'summit-strategies')?.start === '17:05',
  },
  {
    name: 'add person + add date',
    commands: (i) => [['add', 'person', '--name', `Racer ${i}`, '--id', `racer${i}`, '--yes'], ['add', 'date', '--label', `Race day ${i}`, '--date', '2019-12-01']],
    held: (dir, runs, i) => {
      const w = parse(readFileSync(join(dir, 'workshop.yaml'), 'utf8')) as { people: Record<string, unknown>; important_dates: { label: string }[] };
      return allOk(runs) && `racer${i}` in w.people && w.important_dates.some((d) => d.label === `Race day ${i}`);
    },
  },
  {
    name: 'readme + readme',
    setup: async (dir) => {
      writeFileSync(join(dir, 'README.md'), '# Page\n\nHand-written intro.\n');
      await dlsAsync(['readme', '--init', '--yes'], dir);
    },
    commands: () => [['readme', '--clock', '12'], ['readme', '--clock', '24']],
    held: (dir, runs) => {
      const page = readFileSync(join(dir, 'README.md'), 'utf8');
      return allOk(runs) && page.startsWith('# Page\n\nHand-written intro.\n') && page.split('dls:program:start').length === 2;
    },
  },
  {
    name: 'init + init (no --force): exactly one writes',
    setup: (dir) => renameSync(join(dir, 'workshop.yaml'), join(dir, 'old.yaml')),
    commands: (i) => ['A', 'B'].map((who) => ['init', '--title', `Race ${who} ${i}`, '--conference', 'SC30', '--timezone', 'UTC', '--date', '2030-11-17', '--yes']),
    held: (dir, runs) => {
      const codes = runs.map((r) => r.code).sort();
      const ignore = readFileSync(join(dir, '.gitignore'), 'utf8');
      return codes[0] === 0 && codes[1] === 1 && runs.some((r) => r.stderr.includes('already exists')) && new Set(ignore.split('\n').filter(Boolean)).size === ignore.split('\n').filter(Boolean).length;
    },
  },
  {
    name: 'add talk + an editor saving workshop.yaml 25 times (no lock): the editor\'s last save is never overwritten',
    commands: (i) => [talk(`Race ${i}`, '18:00', '18:10')],
    other: EDITOR,
    held: (dir, runs) => {
      const text = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
      const dlsOk = runs[0]!.code === 0 || runs[0]!.stderr.includes('workshop.yaml changed while dls was editing it; nothing written, run the command again');
      return dlsOk && text.includes('# hand 25\n');
    },
  },
  {
    name: 'export ics -o + export ics -o',
    commands: () => [['export', 'ics', '-o', 'program.ics'], ['export', 'ics', '-o', 'program.ics']],
    held: (dir, runs) => allOk(runs) && /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/.test(readFileSync(join(dir, 'program.ics'), 'utf8')),
  },
];

describe('concurrency: two dls runs on one file never lose an edit', () => {
  it.each(PAIRS)(`$name: ${RACES} races, every one held`, async (pair) => {
    const failures: string[] = [];
    for (let i = 0; i < RACES; i++) {
      const dir = workspace();
      await pair.setup?.(dir);
      const other = pair.other === undefined ? undefined : new Promise((done) => spawn(process.execPath, ['-e', pair.other!], { cwd: dir, stdio: 'ignore' }).on('close', done));
      const runs = await race(dir, pair.commands(i));
      await other;
      if (!pair.held(dir, runs, i) || leftovers(dir).length > 0) failures.push(`race ${i} in ${dir}: ${runs.map((r) => `exit ${r.code} ${r.stderr.trim()}`).join(' | ')} ${leftovers(dir).join(' ')}`);
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
