import { describe, expect, it } from 'vitest';
import { readRange } from '../../src/formats/import/when.js';
import { formatClock } from '../../src/formats/markdown/format-time.js';

describe('a time as the page writes it, read and written back', () => {
  it.each([
    ['9:00 AM - 9:30 AM', { start: '09:00', end: '09:30', separator: '-', spaced: true, meridiem: 'spaced', padded: false }],
    ['9:00am–9:30am', { start: '09:00', end: '09:30', separator: '\u2013', spaced: false, meridiem: 'lower' }],
    ['12:30 pm – 1:00 pm', { start: '12:30', end: '13:00', separator: '\u2013', spaced: true, meridiem: 'lower-spaced' }],
    ['9 AM', { start: '09:00', meridiem: 'spaced', compact: true }],
    ['09:00-09:30', { start: '09:00', end: '09:30', separator: '-', spaced: false, padded: true, twelve: false }],
    ['9:00--17:30', { padded: false, meridiem: undefined }],
  ])('%s', (text, expected) => {
    expect(readRange(text)).toMatchObject(expected);
  });

  it('writes AM/PM as meridiem says and pads only 24-hour hours', () => {
    const style = (meridiem: 'attached' | 'spaced' | 'lower' | 'lower-spaced', padHours = false) => ({ meridiem, padHours });
    expect(formatClock('09:00', true, false, style('spaced'))).toBe('9:00 AM');
    expect(formatClock('13:00', true, true, style('lower'))).toBe('1pm');
    expect(formatClock('00:30', true, false, style('lower-spaced'))).toBe('12:30 am');
    expect(formatClock('09:05', false, false, style('attached', true))).toBe('09:05');
    expect(formatClock('09:05', true, false, style('attached', true))).toBe('9:05AM');
    expect(formatClock('09:05', false)).toBe('9:05');
  });
});
