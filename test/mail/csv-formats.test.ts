import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAudience } from '../../src/mail/audience.js';
import type { Recipient } from '../../src/mail/recipient.js';
import { mailWriters } from '../../src/formats/mail/formats.js';
import { arbitraryRecipients, recipient } from './helpers/recipients.js';
import { formulaCells, neutralized } from './helpers/spreadsheet.js';

const options = { group: 'dls@googlegroups.com', separator: ',' as const, bare: false };
const read = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];

/** What each CSV format must hold for a recipient, as a spreadsheet or list tool reads it back. */
const expected: Record<string, (r: Recipient) => Record<string, string | object>> = {
  csv: (r) => ({ email: r.email, name: r.name, affiliation: r.affiliation, roles: r.roles.join('; ') }),
  'google-groups': (r) => ({ 'Group Email [Required]': 'dls@googlegroups.com', 'Member Email': r.email, 'Member Type': 'USER', 'Member Role': 'MEMBER' }),
  mailchimp: (r) => ({ 'Email Address': r.email, 'First Name': r.given, 'Last Name': r.family, Tags: r.roles.join(',') }),
  listmonk: (r) => ({ email: r.email, name: r.name || r.email.split('@')[0]!, attributes: r.affiliation ? { affiliation: r.affiliation, roles: r.roles } : { roles: r.roles } }),
};

describe.each(Object.keys(expected))('the %s format', (format) => {
  const write = mailWriters[format as keyof typeof mailWriters];

  it('reads back through csv-parse to the same records, for any names', () => {
    fc.assert(
      fc.property(arbitraryRecipients, (recipients) => {
        const want = recipients.map((r) => Object.fromEntries(Object.entries(expected[format]!(r)).map(([k, v]) => [k, typeof v === 'string' ? neutralized(v) : v])));
        // listmonk's attributes are JSON: compared as the value listmonk reads.
        const got = read(write(recipients, options)).map((row) => (format === 'listmonk' ? { ...row, attributes: JSON.parse(row.attributes!) as object } : row));
        expect(got).toEqual(want);
      }),
    );
  });

  it('puts no cell that a spreadsheet would run as a formula, split at `,` or at `;`', () => {
    const text = write([recipient({ email: 'dave@example.net', name: '=HYPERLINK("http://evil.example")', affiliation: 'Eve;=1+1', roles: ['-x', '＠SUM(1)'] })], options);
    expect(formulaCells(text)).toEqual([]);
  });

  it('ends records with CRLF, as RFC 4180 says', () => {
    const text = write([recipient({ email: 'a@example.org', name: 'A' })], options);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('the listmonk format', () => {
  it('keeps attributes as a JSON object listmonk can read', () => {
    const [row] = read(mailWriters.listmonk([recipient({ email: 'a@example.org', name: 'A', affiliation: 'Uni, "B"', roles: ['speaker'] })], options));
    expect(JSON.parse(row!.attributes!)).toEqual({ affiliation: 'Uni, "B"', roles: ['speaker'] });
  });
});

describe('the mailchimp format', () => {
  it.each([
    ['Ian T. Foster', 'Ian T.', 'Foster'],
    ['J. R. R. Tolkien', 'J. R. R.', 'Tolkien'],
    ['Simon Portegies Zwart', 'Simon', 'Portegies Zwart'],
    ['Jürgen M.', 'Jürgen', 'M.'],
    ['Foster, Ian T.', 'Ian T.', 'Foster'],
    ['Ada', 'Ada', ''],
  ])('splits %j into First Name %j and Last Name %j', (name, first, last) => {
    const { recipients } = buildAudience([{ email: 'a@example.org', name, affiliation: '', roles: [], groups: ['signups'], origin: 'signups.csv:2' }], new Map(), { to: ['signups'] });
    expect(read(mailWriters.mailchimp(recipients, options))).toMatchObject([{ 'First Name': first, 'Last Name': last }]);
  });
});
