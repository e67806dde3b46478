import { describe, expect, it } from 'vitest';
import { cutValue, echoValue } from '../src/echo.js';

describe('values shown back in messages', () => {
  it('are shown whole up to 80 characters', () => expect(echoValue('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`));
  it('are cut to 79 characters and … beyond', () => expect(echoValue('x'.repeat(81))).toBe(`"${'x'.repeat(79)}…"`));
  it('count characters, not UTF-16 units: an emoji is never split', () => expect(cutValue('😀'.repeat(100))).toBe(`${'😀'.repeat(79)}…`));
  it('escape line breaks, tabs, C0 and C1 controls, DEL and line separators, so no value forges a line', () =>
    expect(echoValue('a\nb\tc\u0007d\u0085e\u007ff\u2028g"h')).toBe('"a\\nb\\tc\\u0007d\\u0085e\\u007ff\\u2028g\\"h"'));
});
