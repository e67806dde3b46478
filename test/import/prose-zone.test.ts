import { describe, expect, it } from 'vitest';
import { readProseZone } from '../../src/formats/import/prose-zone.js';
import { parsePage } from '../../src/formats/import/tree.js';

describe('a zone named only in a sentence about the times', () => {
  it.each([
    ['> All times are in Central European Time (CET/CEST).', 'Europe/Berlin'],
    ['All times CST.', 'America/Chicago'],
    ['Times are given in Pacific Time.', 'America/Los_Angeles'],
    ['All times are Europe/Zurich time (CEST).', 'Europe/Zurich'],
    ['> Note: all times UTC', 'UTC'],
  ])('%s names %s', (text, zone) => {
    expect(readProseZone(parsePage(`# W\n\n${text}\n`))).toBe(zone);
  });

  it.each([['The CST team meets at 9.'], ['All times will be announced.'], ['```\nAll times CST\n```']])('%s names none (no sentence about times with a zone)', (text) => {
    expect(readProseZone(parsePage(`# W\n\n${text}\n`))).toBeUndefined();
  });
});
