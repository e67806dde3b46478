import { describe, expect, it } from 'vitest';
import { escapeForDisplay, escapeJsonText } from '../src/safe-text.js';

describe('escapeForDisplay', () => {
  it.each([
    ['ESC and BEL', '\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
    ['LF, CR and TAB', 'a\nb\rc\td', 'a\\nb\\rc\\td'],
    ['NUL and DEL', '\u0000\u007f', '\\x00\\x7f'],
    ['C1 controls', '\u0080\u0085\u009b\u009f', '\\x80\\x85\\x9b\\x9f'],
    ['bidi embeddings and overrides', '\u202a\u202b\u202c\u202d\u202e', '\\u202a\\u202b\\u202c\\u202d\\u202e'],
    ['bidi isolates', '\u2066\u2067\u2068\u2069', '\\u2066\\u2067\\u2068\\u2069'],
    ['line and paragraph separators', '\u2028\u2029', '\\u2028\\u2029'],
  ])('shows %s escaped', (_name, input, shown) => {
    expect(escapeForDisplay(input)).toBe(shown);
  });

  it.each([['accents, CJK and emoji', 'Café 東京 🎉'], ['a right-to-left name', 'אדה לאבלייס'], ['a backslash', 'C:\\dls'], ['LRM, a mark names may hold', 'a\u200eb']])(
    'leaves %s as it is',
    (_name, input) => {
      expect(escapeForDisplay(input)).toBe(input);
    },
  );
});

describe('escapeJsonText', () => {
  it('escapes what JSON.stringify leaves raw, and the JSON still means the same', () => {
    const value = { s: 'a\u007f\u0085\u2028\u2029\u202e\u2066\u001b\nz' };
    const json = escapeJsonText(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
