import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runAdd, type AddOptions } from '../../src/commands/add.js';
import { parseWorkshop } from '../../src/parse/index.js';
import { runDls } from '../helpers/cli.js';
import { createWorkshopYaml } from '../helpers/workshop.js';
import { noTerminal, scriptedTerminal } from './terminal.js';

// Session s1 runs 9:00-10:00 (from its items, free 9:30-9:45), s2 10:30-11:30; 10:00-10:30 is a break in no session.
const WITH_SESSIONS = createWorkshopYaml({
  sessions: [
    { id: 's1', title: 'Session 1: Scaling', chairs: ['ada'] },
    { id: 's2', title: 'Session 2: Science', chairs: ['alan'] },
  ],
  program: [
    { id: 'a', start: '9:00', end: '9:30', title: 'First', speakers: ['ada'], session: 's1' },
    { id: 'b', start: '9:45', end: '10:00', title: 'Second', speakers: ['alan'], session: 's1' },
    { id: 'coffee', start: '10:00', end: '10:30', title: 'Coffee', kind: 'break' },
    { id: 'c', start: '10:30', end: '11:00', title: 'Third', speakers: ['ada'], session: 's2' },
    { id: 'd', start: '11:00', end: '11:30', title: 'Fourth', speakers: ['alan'], session: 's2' },
  ],
});

let file: string;
beforeEach(async () => {
  file = join(await mkdtemp(join(tmpdir(), 'dls-add-session-')), 'workshop.yaml');
  await writeFile(file, WITH_SESSIONS);
});
const opts = (extra: Partial<AddOptions> = {}): AddOptions => ({ file, yes: true, title: 'New Talk', speaker: 'ada', ...extra });
const itemOf = async (title: string) => {
  const r = parseWorkshop(await readFile(file, 'utf8'), 'workshop.yaml');
  if (!r.ok) throw new Error('the edit left an invalid file');
  return r.workshop.program.find((i) => i.title === title)!;
};

describe('dls add talk --session', () => {
  it('makes the talk a member of the session it names, and says so', async () => {
    const term = noTerminal();
    expect(await runAdd('talk', opts({ start: '11:30', end: '12:00', session: 's2' }), term)).toBe(0);
    expect((await itemOf('New Talk')).session).toBe('s2');
    expect(term.out.join('')).toBe('added talk "New Talk" 11:30-12:00 in 502 as program[5] in session s2\n');
  });

  it('refuses an unknown session id with a did-you-mean and the known ids, exit 2, file untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-add-session-cli-'));
    writeFileSync(join(dir, 'workshop.yaml'), WITH_SESSIONS);
    const typo = runDls(['add', 'talk', '--title', 'X', '--speaker', 'ada', '--session', 'S2x', '--yes'], { cwd: dir });
    expect([typo.code, typo.stderr]).toEqual([2, 'dls: invalid value: --session "S2x": no session has the id "S2x" (did you mean s2?); expected one of s1, s2\n']);
    const far = runDls(['add', 'talk', '--title', 'X', '--speaker', 'ada', '--session', 'keynotes', '--yes'], { cwd: dir });
    expect([far.code, far.stderr]).toEqual([2, 'dls: invalid value: --session "keynotes": no session has the id "keynotes"; expected one of s1, s2\n']);
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).toBe(WITH_SESSIONS);
  });

  it('says there are no sessions yet when the workshop declares none', async () => {
    await writeFile(file, createWorkshopYaml());
    await expect(runAdd('talk', opts({ session: 's1' }), noTerminal())).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('the workshop has no sessions') });
  });
});

describe('dls add talk without --session', () => {
  it('does not join the session whose window holds the talk, but names it and the flag', async () => {
    const term = noTerminal();
    expect(await runAdd('talk', opts({ start: '9:30', end: '9:45' }), term)).toBe(0);
    expect((await itemOf('New Talk')).session).toBeUndefined();
    expect(term.out.join('').split('\n')[1]).toBe('hint: "New Talk" is within the window of session s1 "Session 1: Scaling" (9:00-10:00) but not in it; to add it to the session, write `session: s1` on the item, or add it with --session s1');
  });

  it('gives no hint for a talk outside every session, nor for a break inside one', async () => {
    const talk = noTerminal();
    await runAdd('talk', opts({ start: '11:30', end: '12:00' }), talk);
    expect(talk.out.join('')).not.toContain('hint:');
    const pause = noTerminal();
    await runAdd('break', { file, yes: true, title: 'Stretch', start: '9:30', end: '9:35' }, pause);
    expect(pause.out.join('')).not.toContain('hint:');
  });
});

describe('the session prompt of dls add talk', () => {
  it('asks for a session only when the workshop has some, with no default, and refuses an unknown id', async () => {
    const term = scriptedTerminal({ 'Talk title': 'Asked', Speakers: 'ada', Start: '11:30', End: '12:00', Session: 's9|s2' });
    expect(await runAdd('talk', { file, yes: false }, term)).toBe(0);
    const asked = term.asked.find((q) => q.message.startsWith('Session'));
    expect(asked).toEqual({ message: 'Session (an id from sessions, or empty for none; known: s1, s2)', default: undefined });
    expect(term.rejected).toEqual(['no session has the id "s9" (did you mean s1?); expected one of s1, s2']);
    expect((await itemOf('Asked')).session).toBe('s2');

    await writeFile(file, createWorkshopYaml());
    const none = scriptedTerminal({ 'Talk title': 'Plain', Speakers: 'ada' });
    await runAdd('talk', { file, yes: false }, none);
    expect(none.asked.map((q) => q.message)).not.toContainEqual(expect.stringMatching(/^Session/));
  });
});
