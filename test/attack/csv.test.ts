import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';
import { BASE_YAML } from '../helpers/workshop.js';
import { cellsAsSplitBy, formulaCells, neutralized } from '../mail/helpers/spreadsheet.js';
import { folderWith } from './payloads.js';

// Family "spreadsheet formulas": sign-up names and affiliations that try to run in Excel,
// LibreOffice, Google Sheets or Numbers, whatever separator the spreadsheet splits at.
const FORMULAS = [
  'Eve;=1+1',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1)',
  '=HYPERLINK("http://evil.example","click")',
  "=cmd|' /C calc'!A0",
  '+1',
  '-1',
  '=',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(1)',
  'a,=1',
  'a, =1',
  'a; -1',
  'a;＝1',
  '+1;+2;+3',
  'a,+b,-c,@d',
  'x\t=1',
  ' =1',
  '"=1',
  'Eve;"=1',
  '=1;',
  'Uni; @x, -y',
  'DDE("cmd";"/C calc";"!A0")A0',
  ' ＠x',
];

const signups = `Email address,Name,Affiliation\r\n${FORMULAS.map((f, i) => `u${String(i).padStart(2, '0')}@example.org,"${f.replace(/"/g, '""')}","${f.replace(/"/g, '""')}"`).join('\r\n')}\r\n`;
const dir = folderWith({ 'workshop.yaml': BASE_YAML, 'signups.csv': signups });
const exportAs = (format: string) =>
  runDls(['-f', join(dir, 'workshop.yaml'), 'mail', 'export', '--to', 'signups', '--signups', join(dir, 'signups.csv'), '--format', format, ...(format === 'google-groups' ? ['--group', 'dls@googlegroups.com'] : [])]);

describe.each(['csv', 'google-groups', 'mailchimp', 'listmonk'])('the %s export', (format) => {
  const r = exportAs(format);

  it.each([',', ';', '\t'] as const)('has no cell that starts a formula when split at %j', (delimiter) => {
    expect(r.code).toBe(0);
    const cells = cellsAsSplitBy(r.stdout, delimiter);
    expect(cells.length).toBeGreaterThan(FORMULAS.length);
    expect(formulaCells(r.stdout)).toEqual([]);
  });
});

describe('the csv export keeps the data', () => {
  it('reads back, split at `,`, as each name with a leading \' on every part that would run', () => {
    const rows = parse(exportAs('csv').stdout, { columns: true }) as { email: string; name: string; affiliation: string }[];
    // cleanText turned the tab into a space and trimmed the leading blank, as for any name.
    const cleaned = FORMULAS.map((f) => f.replace(/\s+/g, ' ').trim());
    expect(rows.map((r) => r.name)).toEqual(cleaned.map(neutralized));
    expect(rows.map((r) => r.affiliation)).toEqual(cleaned.map(neutralized));
  });

  it('quotes every cell holding a `;`, so a `;` spreadsheet keeps it whole', () => {
    const text = exportAs('csv').stdout;
    for (const line of text.split('\r\n').slice(1, -1)) expect(line).toMatch(/^[^;]*(,"[^"]*(""[^"]*)*")*(,[^;,"]*)*$/);
  });
});

