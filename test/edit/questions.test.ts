import { describe, expect, it } from 'vitest';
import { resolveAnswers, type Question } from '../../src/edit/questions.js';
import { checkTime } from '../../src/edit/validators.js';

type T = { start?: string; end?: string; room?: string };
const questions: Question<T>[] = [
  { key: 'start', flag: '--start', message: 'Start', suggest: () => '23:50', validate: checkTime },
  { key: 'end', flag: '--end', message: 'End', suggest: () => '23:59', validate: (v, a) => (a.start && v <= a.start ? `expected an end after the start ${a.start}` : true) },
  { key: 'room', flag: '--room', message: 'Room', optional: true, suggest: () => 'A' },
];

describe('questions answered by flags, --yes or prompts', () => {
  it('with --yes takes the suggestions without asking', async () => {
    expect(await resolveAnswers(questions, { given: {}, yes: true })).toEqual({ ok: true, answers: { start: '23:50', end: '23:59', room: 'A' } });
  });

  it('checks a suggestion too, and names the flag that would fix it', async () => {
    const r = await resolveAnswers(questions, { given: { start: '23:59' }, yes: true });
    expect(r).toEqual({ ok: false, missing: [], invalid: ['--end (suggested "23:59"): expected an end after the start 23:59; give --end'], hints: [] });
  });

  it('without a terminal or --yes, lists the required flags and takes optional defaults', async () => {
    expect(await resolveAnswers(questions, { given: { start: '9:00' }, yes: false })).toEqual({ ok: false, missing: ['--end'], invalid: [], hints: [] });
  });
});
