import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../helpers/workshop.js';
import { exportIcs, readIcs } from './read-ics.js';

const base = createWorkshop();
/** The base workshop with its second item retitled (and given a track), written and read back. */
function roundTrip(title: string, track?: string) {
  const talk = { ...base.program[1]!, title, track };
  const ics = exportIcs({ ...base, program: [base.program[0]!, talk] });
  return { ics, event: readIcs(ics).events[1]! };
}

// Characters a TEXT value may hold (RFC 5545 §3.3.11 forbids other controls), with
// the ones that need escaping or careful folding made frequent.
const tricky = fc.constantFrom(';', ',', '\\', '\n', ':', '"', 'é', '日本', '😀', '👩🏽‍🔬', '\u00a0', '\t', ' ');
const safeChar = fc.string({ unit: 'grapheme', maxLength: 1 }).filter((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s));
const title = fc.array(fc.oneof(tricky, safeChar), { minLength: 1, maxLength: 300 }).map((parts) => parts.join('')).filter((s) => s.trim() !== '');

describe('RFC 5545 text, checked by a strict reader', () => {
  it('gives back every title exactly: Unicode, emoji, ; , \\ newlines and very long text', () => {
    fc.assert(fc.property(title, (t) => {
        expect(roundTrip(t).event.summary).toBe(t);
      }), { numRuns: 300 });
  });

  it('keeps a track with commas and semicolons as one category', () => {
    fc.assert(fc.property(title, (t) => {
        expect(roundTrip('x', t).event.categories).toEqual(['Talk', t]);
      }), { numRuns: 100 });
  });

  it('ends every line with CRLF and keeps each physical line within 75 octets of whole UTF-8 characters', () => {
    fc.assert(
      fc.property(title, (t) => {
        const bytes = new TextEncoder().encode(roundTrip(t.repeat(3)).ics);
        const lines = splitCrlf(bytes);
        for (const line of lines) {
          expect(line.length).toBeLessThanOrEqual(75);
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).not.toThrow();
          expect(line.includes(0x0a) || line.includes(0x0d)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('folds a long title into continuation lines that start with one space', () => {
    const lines = roundTrip('Ü'.repeat(100)).ics.split('\r\n');
    const start = lines.findIndex((l) => l.startsWith('SUMMARY:Ü'));
    expect(lines[start + 1]).toMatch(/^ Ü/);
    // 8 octets of "SUMMARY:" then 2-octet Ü: 33 fit (74 octets), a 34th would make 76.
    expect(lines.slice(start, start + 3).map((l) => new TextEncoder().encode(l).length)).toEqual([74, 75, 61]);
  });
});

function splitCrlf(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
    }
  }
  expect(start).toBe(bytes.length); // the file ends with CRLF, and nothing follows it
  return lines;
}
