import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShift } from '../../src/commands/schedule-shift.js';
import { applyShift, findItem, planShift } from '../../src/edit/shift.js';
import { parseWorkshop } from '../../src/parse/index.js';
import { analyzeWorkshop } from '../../src/edit/analyze.js';
import { createWorkshop } from '../helpers/workshop.js';
import { noTerminal } from './terminal.js';

const COMMENTED = readFileSync(new URL('../fixtures/edit/commented.yaml', import.meta.url), 'utf8');
const SC19 = readFileSync(new URL('../../workshop.yaml', import.meta.url), 'utf8');
const modelOf = (text: string) => {
  const r = parseWorkshop(text);
  if (!r.ok) throw new Error(r.diagnostics[0]?.message);
  return r.workshop;
};
const times = (text: string) => analyzeWorkshop(text, 'workshop.yaml').workshop!.program.map((i) => `${i.key} ${i.start}-${i.end}`);

describe('dls schedule shift', () => {
  it('moves the item and every later item that day in its room, and nothing else', () => {
    const w = modelOf(COMMENTED);
    const plan = planShift(w, w.program[1]!, 10, false);
    if ('message' in plan) throw new Error(plan.message);
    expect(times(applyShift(COMMENTED, plan.moves))).toEqual([
      'opening 09:00-09:15',
      'keynote 09:25-10:25',
      'coffee 10:25-10:55',
      'talk-1 10:55-11:25',
      'day2 09:00-09:30', // another day: untouched
    ]);
  });

  it('with --only moves just the one item', () => {
    const w = modelOf(COMMENTED);
    const plan = planShift(w, w.program[2]!, -5, true);
    if ('message' in plan) throw new Error(plan.message);
    expect(times(applyShift(COMMENTED, plan.moves))[2]).toBe('coffee 10:10-10:40');
  });

  it('changes only the digits: quotes, padding and comments stay as written', () => {
    const w = modelOf(COMMENTED);
    const plan = planShift(w, w.program[1]!, 60, true);
    if ('message' in plan) throw new Error(plan.message);
    const after = applyShift(COMMENTED, plan.moves);
    expect(after).toContain("    start: '10:15'       # aligned comment\n    end: '11:15'\n");
    expect(after.replace("'10:15'       #", "'9:15'       #").replace("end: '11:15'", "end: '10:15'")).toBe(COMMENTED);
  });

  it('refuses a shift that would push an item past midnight', () => {
    const w = modelOf(COMMENTED);
    expect(planShift(w, w.program[0]!, 14 * 60, false)).toEqual({ message: expect.stringMatching(/^moving "Keynote: Engines" \(9:15-10:15\) by \+840 min would cross midnight/) });
  });

  it.each([
    ['keynote', 'keynote'],
    ['Keynote: Engines', 'keynote'],
    ['weaving', 'talk-1'],
    ['Lovelace', undefined], // speaks twice: ambiguous
  ])('finds "%s" as %s', (query, key) => {
    const found = findItem(modelOf(COMMENTED), query);
    expect('item' in found ? found.item.key : undefined).toBe(key);
  });

  it('suggests the id the user probably meant', () => {
    expect(findItem(createWorkshop(), 'opneing')).toEqual({ message: expect.stringContaining('(did you mean opening?)') });
  });

  it('prints what moved, writes in place and warns about the gap it opened', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'dls-shift-')), 'workshop.yaml');
    await copyFile(new URL('../../workshop.yaml', import.meta.url), file);
    const term = noTerminal();
    expect(await runShift({ file, item: 'Parsons', minutes: 10, only: false }, term)).toBe(0);
    const out = term.out.join('');
    expect(out).toContain('moved 6 items by +10 min (2019-11-17, 502-503-504):\n  14:30-15:00 -> 14:40-15:10  Deep Learning for Gap Crossing Ability of Ground Vehicles\n');
    expect(out).toMatch(/new findings:\n.*10 min gap between .*\(no-unaccounted-gap\)/);
    expect(times(await readFile(file, 'utf8'))).toContain('summit-strategies 17:10-17:40');
    expect(SC19).toContain('start: "17:00", end: "17:30"');
  });
});
