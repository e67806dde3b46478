import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/mail/csv.js';
import { detectDelimiter } from '../../src/mail/csv-delimiter.js';
import { formatCsv } from '../../src/mail/csv-write.js';
import { neutralized } from './helpers/spreadsheet.js';

const ours = (text: string, delimiter?: ',' | ';' | '\t') => {
  const r = parseCsv(text, delimiter);
  if (!r.ok) throw new Error(`line ${r.line}: ${r.message}`);
  return r.records.map((x) => x.fields);
};
const theirs = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true });

describe('the CSV reader agrees with csv-parse', () => {
  it('on any text csv-parse accepts, with one kind of line ending', () => {
    const sample = fc.constantFrom('\r\n', '\n').chain((eol) =>
      fc.array(fc.constantFrom('a', 'é', ' ', ',', '"', '""', eol), { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(sample, (text) => {
        let expected: string[][];
        try {
          expected = theirs(text);
        } catch {
          return true; // csv-parse refuses it; ours may be more forgiving
        }
        expect(ours(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back whatever the writer wrote, with formula cells neutralized', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', 'ü', '絵', ' ', ',', '"', '\r', '\n', '\t', '=', '+', '-', '@', "'"), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = formatCsv(rows);
        const expected = rows.map((r) => r.map(neutralized));
        expect(theirs(text)).toEqual(expected);
        expect(ours(text)).toEqual(expected);
      }),
    );
  });
});

describe('the CSV reader', () => {
  it('drops the BOM Google Forms writes, so the first header is "Timestamp"', () => {
    expect(ours('\uFEFFTimestamp,Email address\r\n')[0]).toEqual(['Timestamp', 'Email address']);
  });

  it('numbers each record by the line it starts on, past multi-line answers', () => {
    const r = parseCsv('h1,h2\r\na,"two\r\nlines"\r\nb,c\r\n');
    expect(r.ok && r.records.map((x) => x.line)).toEqual([1, 2, 4]);
  });

  it('says on which line a quote is left open', () => {
    expect(parseCsv('h\r\nok\r\n"never closed\r\n')).toMatchObject({ ok: false, line: 3, message: expect.stringMatching(/never closed/) });
  });

  it('refuses text after a closing quote instead of guessing', () => {
    expect(parseCsv('"a"b,c\n')).toMatchObject({ ok: false, line: 1 });
  });
});

describe('a CSV from a European Excel or a tab-separated export', () => {
  it.each([
    ['Zeitstempel;E-Mail-Adresse;Name\r\n1.9.2019;a@example.org;"Müller, Jürgen"\r\n', ';'],
    ['Timestamp\tEmail address\tName\r\nt\ta@example.org\tAda, L.\r\n', '\t'],
    ['Timestamp,Email address,"Name; full"\r\nt,a@example.org,A;B\r\n', ','],
    ['Email\r\na@example.org\r\n', ','],
  ])('reads %j with its own delimiter, as csv-parse does', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
    expect(ours(text, detectDelimiter(text))).toEqual(parse(text, { delimiter }));
  });
});

describe('the CSV writer', () => {
  it('ends every record with CRLF and quotes only cells that need it', () => {
    expect(formatCsv([['a', 'b,c', 'say "hi"', 'two\nlines']])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n');
  });

  it('never lets a cell start with = + - @ tab or CR', () => {
    const cells = theirs(formatCsv([['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']]))[0]!;
    for (const c of cells) expect(c).toMatch(/^[^=+\-@\t\r]/);
  });
});
