import { describe, expect, it } from 'vitest';
import { writeIcs } from '../../src/formats/ics/writer.js';
import type { ProgramFilter } from '../../src/formats/ics/scope.js';
import { createWorkshop } from '../helpers/workshop.js';
import { exportIcs, readIcs, STAMP } from './read-ics.js';

const workshop = createWorkshop({
  people: { ada: { name: 'Ada Lovelace' }, alan: { name: 'Alan Turing' }, alan2: { name: 'alan turing' }, carol: { name: 'Carol Chair' } },
  program: [
    { id: 'a', start: '9:00', end: '9:30', title: 'Ada on engines', speakers: ['ada'], track: 'Systems', room: 'A' },
    { id: 'b', start: '9:30', end: '10:00', title: 'Coffee', kind: 'break', room: 'Foyer' },
    { id: 'c', start: '10:00', end: '10:30', title: 'Ada and Alan', speakers: ['ada', 'alan'], track: 'Theory', room: 'B' },
    { id: 'd', start: '10:30', end: '11:00', title: 'Other Alan', speakers: ['alan2'], room: 'B' },
  ],
});
const titles = (filter: Partial<ProgramFilter>) =>
  readIcs(exportIcs(workshop, { scope: { kind: 'program', filter: { breaks: true, ...filter } } })).events.map((e) => e.summary);
const failure = (filter: Partial<ProgramFilter>) => {
  const r = writeIcs(workshop, { scope: { kind: 'program', filter: { breaks: true, ...filter } }, dtstamp: STAMP });
  return r.ok ? undefined : { message: r.message, hint: r.hint };
};

describe('scopes of the program calendar', () => {
  it.each([
    ['the whole program, breaks included', {}, ['Ada on engines', 'Coffee', 'Ada and Alan', 'Other Alan']],
    ['--no-breaks', { breaks: false }, ['Ada on engines', 'Ada and Alan', 'Other Alan']],
    ['--speaker by person id', { speaker: 'ada' }, ['Ada on engines', 'Ada and Alan']],
    ['--speaker by name, any case', { speaker: 'ADA LOVELACE' }, ['Ada on engines', 'Ada and Alan']],
    ['--track', { track: 'Theory' }, ['Ada and Alan']],
    ['--room', { room: 'B' }, ['Ada and Alan', 'Other Alan']],
    ['--room and --speaker together', { room: 'B', speaker: 'ada' }, ['Ada and Alan']],
  ])('%s', (_name, filter, expected) => {
    expect(titles(filter)).toEqual(expected);
  });

  it('names the scope in the calendar name', () => {
    const r = readIcs(exportIcs(workshop, { scope: { kind: 'program', filter: { breaks: true, speaker: 'ada' } } }));
    expect(r.props['x-wr-calname']).toBe('Test Workshop: Ada Lovelace');
  });

  it('refuses a speaker who matches no one, suggesting the near miss', () => {
    expect(failure({ speaker: 'adaa' })).toEqual({ message: '--speaker "adaa" matches no speaker', hint: 'did you mean "ada"?' });
  });

  it('says so when the person exists but speaks at no item', () => {
    expect(failure({ speaker: 'carol' })?.message).toBe('--speaker "carol" is in `people` but speaks at no program item');
  });

  it('refuses a name that two speakers share, listing their ids', () => {
    expect(failure({ speaker: 'Alan Turing' })?.hint).toBe('pick one by id: alan, alan2');
  });

  it('refuses an unknown track or room instead of writing an empty calendar', () => {
    expect(failure({ track: 'Sistems' })?.message).toBe('--track "Sistems" matches no track in the program');
    expect(failure({ room: 'Z' })?.message).toBe('--room "Z" matches no room in the program');
  });
});
