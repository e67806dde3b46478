import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/mail/address.js';

describe('parseAddress', () => {
  it.each([
    ['ada@example.org', 'ada@example.org'],
    ['  Ada.Lovelace@Example.ORG ', 'Ada.Lovelace@example.org'],
    ['<ada@example.org>', 'ada@example.org'],
    ["o'brien+dls@example.ie", "o'brien+dls@example.ie"],
    ['juergen@bücher.example', 'juergen@xn--bcher-kva.example'],
    ['erin@例え.テスト', 'erin@xn--r8jz45g.xn--zckzah'],
    ['x@ｅｘａｍｐｌｅ.org', 'x@example.org'],
  ])('accepts %j as %j, the domain in lowercase punycode', (input, email) => {
    const r = parseAddress(input);
    expect(r.ok && r.address.email).toBe(email);
  });

  it.each([
    ['', /empty/],
    ['not-an-address', /no @/],
    ['bob@@example.org', /more than one @/],
    ['@example.org', /formula/],
    ['=cmd@evil.example', /formula/],
    ['+1@example.org', /formula/],
    ['-rm@example.org', /formula/],
    ['\tx@example.org', /formula/],
    ['<=1+1@example.org>', /formula/],
    ['<-rm@example.org>', /formula/],
    ['a b@example.org', /space/],
    ['a..b@example.org', /need[s]? quoting/],
    ['"quoted"@example.org', /need[s]? quoting/],
    ['jürgen@example.org', /need[s]? quoting/],
    ['ada@localhost', /no dot/],
    ['ada@[192.0.2.1]', /IP literal/],
    ['ada@-bad.example', /invalid part/],
    ['ada@example.c0m', /top-level/],
    ['ada@example.org.', /invalid part/],
    [`${'a'.repeat(65)}@example.org`, /64/],
  ])('rejects %j and says why', (input, reason) => {
    const r = parseAddress(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  const atext = fc.constantFrom(...'abcXYZ019!#$%&\'*+/=?^_`{|}~-'.split(''));
  const word = fc.string({ unit: atext, minLength: 1, maxLength: 8 });
  const local = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join('.')).filter((l) => !/^[=+\-@]/.test(l));
  const label = fc.stringMatching(/^[a-zA-Zäöüé0-9]([a-zA-Z0-9-]{0,10}[a-zA-Z0-9])?$/);
  const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('org', 'COM', 'de', 'テスト')).map(([l, tld]) => [...l, tld].join('.'));

  it('accepts every dot-atom address on a real domain, and is idempotent', () => {
    fc.assert(
      fc.property(local, domain, (l, d) => {
        const r = parseAddress(`${l}@${d}`);
        if (!r.ok) return /invalid part/.test(r.reason); // UTS #46 may refuse a label, and says so
        const again = parseAddress(r.address.email);
        return again.ok && again.address.email === r.address.email && /^[\x21-\x7e]+$/.test(r.address.email);
      }),
    );
  });

  it('gives the same key whatever the case of the address', () => {
    fc.assert(fc.property(local, domain, (l, d) => {
      const a = parseAddress(`${l}@${d}`);
      const b = parseAddress(`${l.toUpperCase()}@${d.toUpperCase()}`);
      return !a.ok || (b.ok && a.address.key === b.address.key);
    }));
  });
});
