import { describe, expect, it } from 'vitest';
import { mailWriters } from '../../src/formats/mail/formats.js';
import { recipient } from './helpers/recipients.js';

const options = { separator: ',' as const, bare: false };
const people = [recipient({ email: 'carol@example.net', name: 'Smith, Carol' }), recipient({ email: 'ada@example.org', name: 'Ada Lovelace' }), recipient({ email: 'x@example.org' })];

describe('the bcc format', () => {
  it('quotes a name with a comma, so that it stays one recipient', () => {
    expect(mailWriters.bcc(people, options)).toBe('"Smith, Carol" <carol@example.net>, Ada Lovelace <ada@example.org>, x@example.org\n');
  });

  it('separates with "; " for Outlook', () => {
    expect(mailWriters.bcc(people, { ...options, separator: ';' })).toBe('"Smith, Carol" <carol@example.net>; Ada Lovelace <ada@example.org>; x@example.org\n');
  });

  it('lists bare addresses with --bare', () => {
    expect(mailWriters.bcc(people, { ...options, bare: true })).toBe('carol@example.net, ada@example.org, x@example.org\n');
  });

  it('writes nothing for an empty audience', () => {
    expect(mailWriters.bcc([], options)).toBe('');
  });
});

describe('the mailman format', () => {
  it('quotes a name starting with #, which mailman would take for a comment line', () => {
    expect(mailWriters.mailman([recipient({ email: 'h@example.org', name: '#1 Fan' })], options)).toBe('"#1 Fan" <h@example.org>\n');
  });

  it('keeps non-ASCII names as raw UTF-8 in quotes', () => {
    expect(mailWriters.mailman([recipient({ email: 'j@example.org', name: 'Jürgen Müller' })], options)).toBe('"Jürgen Müller" <j@example.org>\n');
  });
});

describe('the vcard format', () => {
  const long = recipient({ email: 'e@example.org', name: '絵里'.repeat(30), affiliation: 'Uni; Dept, Lab', roles: ['co-chair'] });
  const text = mailWriters.vcard([long], options);

  it('uses CRLF and folds lines at 75 octets without splitting a character', () => {
    const lines = text.split('\r\n').slice(0, -1);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n /g, '')).toContain(`FN:${'絵里'.repeat(30)}\r\n`);
  });

  it('escapes commas and semicolons in text values', () => {
    expect(text).toContain('ORG:Uni\\; Dept\\, Lab\r\n');
  });

  it('gives a card without a name the address as FN, which vCard 3.0 requires', () => {
    expect(mailWriters.vcard([recipient({ email: 'x@example.org' })], options)).toContain('FN:x@example.org\r\n');
  });
});
