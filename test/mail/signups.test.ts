import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/mail/csv.js';
import { signupEntries } from '../../src/mail/signups.js';

const entries = (text: string) => {
  const csv = parseCsv(text);
  if (!csv.ok) throw new Error(csv.message);
  return signupEntries(csv.records, 'signups.csv');
};

describe('signupEntries', () => {
  it.each(['Email Address', 'Email address', 'EMAIL', 'E-mail', 'Your e-mail (we never share it)'])('finds the address column headed %j', (header) => {
    expect(entries(`Timestamp,${header},Name\r\nt,a@example.org,A\r\n`)).toMatchObject({ ok: true, entries: [{ email: 'a@example.org', name: 'A' }] });
  });

  it('says what header it expected when no column holds addresses', () => {
    expect(entries('Timestamp,Name\r\nt,A\r\n')).toMatchObject({ ok: false, message: expect.stringMatching(/Email address/) });
  });

  it('joins first and last name columns and keeps their split for Mailchimp', () => {
    const r = entries('Email,First name,Last name,Institution\r\na@example.org,Simon,Portegies Zwart,Leiden\r\n');
    expect(r).toMatchObject({ ok: true, entries: [{ name: 'Simon Portegies Zwart', given: 'Simon', family: 'Portegies Zwart', affiliation: 'Leiden' }] });
  });

  it('names each row by the line it starts on, skipping blank rows', () => {
    const r = entries('Timestamp,Email address,Topics\r\nt,a@example.org,"one\r\ntwo"\r\n,,\r\nt,b@example.org,\r\n');
    expect(r.ok && r.entries.map((e) => e.origin)).toEqual(['signups.csv:2', 'signups.csv:5']);
  });

  it('keeps a row with an empty address, so that the export reports it', () => {
    const r = entries('Timestamp,Email address,Name\r\nt,,Nobody\r\n');
    expect(r.ok && r.entries[0]).toMatchObject({ email: '', name: 'Nobody', roles: ['signup'] });
  });
});
