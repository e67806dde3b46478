import { describe, expect, it } from 'vitest';
import { runDls } from './helpers/cli.js';

describe('the two-command setup', () => {
  it('checks the shipped SC19 workshop clean', () => {
    const r = runDls(['schedule', 'check']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('no problems found');
    expect(r.code).toBe(0);
  });
});
