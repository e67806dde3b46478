import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runAdd, type AddOptions } from '../../src/commands/add.js';
import { noTerminal, scriptedTerminal } from './terminal.js';

let file: string;
beforeEach(async () => {
  file = join(await mkdtemp(join(tmpdir(), 'dls-add-')), 'workshop.yaml');
  await copyFile(new URL('../fixtures/edit/commented.yaml', import.meta.url), file);
});
const opts = (extra: Partial<AddOptions> = {}): AddOptions => ({ file, yes: false, ...extra });

describe('dls add talk', () => {
  it('suggests a start at the end of the last item and an end one talk-length later', async () => {
    const term = scriptedTerminal({ 'Talk title': 'Looms', Speakers: 'weimer', Day: '2026-06-10' });
    expect(await runAdd('talk', opts(), term)).toBe(0);
    expect(term.asked.find((q) => q.message.startsWith('Start'))?.default).toBe('11:15');
    expect(term.asked.find((q) => q.message.startsWith('End'))?.default).toBe('11:45');
    expect(await readFile(file, 'utf8')).toContain("  - {id: looms, start: '11:15', end: '11:45', title: Looms, speakers: [weimer]}\n");
    expect(term.out.join('')).toContain('added talk "Looms" 11:15-11:45 in Hall A as program[4]');
  });

  it('refuses an unknown speaker and a bad time as they are typed, with a hint', async () => {
    const term = scriptedTerminal({ 'Talk title': 'Looms', Speakers: 'weimr|Ada Lovelace', Day: '2026-06-10', Start: '25:00|11:15' });
    await runAdd('talk', opts(), term);
    expect(term.rejected).toEqual([
      'unknown person "weimr" (did you mean weimer?); expected an id or name from people, or a new speaker\'s full name',
      'expected a time like 9:30 or 14:05 (H:MM, 24-hour)',
    ]);
    expect(await readFile(file, 'utf8')).toContain('speakers: [lovelace]}');
  });

  it('accepts a new speaker by full name, written inline, and says how to give them an id', async () => {
    const term = scriptedTerminal({ 'Talk title': 'Looms', Speakers: 'weimer, Grace Hopper', Day: '2026-06-10' });
    expect(await runAdd('talk', opts(), term)).toBe(0);
    expect(term.asked.find((q) => q.message.startsWith('Speakers'))?.message).toMatch(/^Speakers \(comma-separated: ids or names from people, or a new speaker's full name; known: /);
    expect(await readFile(file, 'utf8')).toContain("title: Looms, speakers: [weimer, {name: Grace Hopper}]}\n");
    expect(term.out.join('')).toContain('\nGrace Hopper is a new speaker, written inline as { name: ... }; `dls add person` gives a speaker an id, affiliation and e-mail\n');
  });

  it('refuses a near miss of a known name, and a single unknown word, rather than invent a speaker', async () => {
    const nearMiss = scriptedTerminal({ 'Talk title': 'Looms', Speakers: 'Markus Wiemer|weimer', Day: '2026-06-10' });
    await runAdd('talk', opts(), nearMiss);
    expect(nearMiss.rejected).toEqual(['unknown person "Markus Wiemer" (did you mean Markus Weimer?); expected an id or name from people, or a new speaker\'s full name']);
    await expect(runAdd('talk', opts({ title: 'X', speaker: 'hopper', date: '2026-06-10', yes: true }), noTerminal())).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('unknown person "hopper"') });
  });

  it('refuses a one-word speaker it does not know, and says how to add one known by one name', async () => {
    await expect(runAdd('talk', opts({ title: 'X', speaker: 'Suharto', date: '2026-06-10', yes: true }), noTerminal())).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('a speaker known by one name joins people first: dls add person --name "Suharto"'),
    });
  });

  it('writes the item anyway but reports the overlap it creates, exit 1', async () => {
    const term = noTerminal();
    expect(await runAdd('talk', opts({ title: 'Clash', speaker: 'weimer', date: '2026-06-10', start: '9:30', end: '10:00', yes: true }), term)).toBe(1);
    expect(term.out.join('')).toMatch(/new findings \(.*workshop\.yaml was written; exit 1 for the new error\):\n.*"Keynote: Engines" \(9:15-10:15\) runs 30 min into "Clash" \(9:30-10:00\)/);
  });

  it('names the missing flags when there is no terminal, and leaves the file untouched', async () => {
    const before = await readFile(file, 'utf8');
    await expect(runAdd('talk', opts({ speaker: 'weimer' }), noTerminal())).rejects.toMatchObject({ exitCode: 2, message: 'missing --title, --date, --start, --end (no terminal to ask)' });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('takes a speaker by id, full name, or a word of the name when only one person has it', async () => {
    expect(await runAdd('talk', opts({ title: 'T', speaker: 'Ada,weimer', date: '2026-06-10', yes: true }), noTerminal())).toBe(0);
    expect(await readFile(file, 'utf8')).toContain('speakers: [lovelace, weimer]}');
  });

  it('with --yes, a break needs no answers at all', async () => {
    expect(await runAdd('break', opts({ yes: true, date: '2026-06-10' }), noTerminal())).toBe(0);
    expect(await readFile(file, 'utf8')).toContain("  - {id: break, start: '11:15', end: '11:45', title: Break, kind: break}\n");
  });
});

describe('dls add person and date', () => {
  it('suggests the family name as id and refuses one that is taken', async () => {
    const term = scriptedTerminal({ 'Full name': 'Grace Hopper', Id: 'weimer|' });
    await runAdd('person', opts(), term);
    expect(term.rejected).toEqual(['id "weimer" is taken by Markus Weimer; expected a new id']);
    expect(await readFile(file, 'utf8')).toContain('  hopper:\n    name: Grace Hopper\n');
  });

  it('rejects a date that does not exist, given as a flag, with exit 2', async () => {
    await expect(runAdd('date', opts({ label: 'Posters', date: '2026-02-30' }), noTerminal())).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('--date "2026-02-30"') });
  });
});
