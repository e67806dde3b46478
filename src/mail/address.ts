import { domainToASCII } from 'node:url';
import { startsAsFormula } from './csv-write.js';

/** A mail address as exported: the local part as typed, the domain in lowercase punycode. */
export interface Address {
  /** `local@domain`, domain in ASCII (punycode). */
  email: string;
  /** The key two addresses are the same under: {@link Address.email} lowercased. */
  key: string;
}

/** The outcome of reading one address: the address, or why it is not deliverable-looking. */
export type AddressResult = { ok: true; address: Address } | { ok: false; reason: string };

// RFC 5322 atext: what a dot-atom local part may hold without quotes.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

const fail = (reason: string): AddressResult => ({ ok: false, reason });

/**
 * Parses what a person typed as their address and normalizes it: surrounding spaces
 * and one pair of angle brackets are dropped, the domain goes to lowercase punycode
 * (UTS #46, as browsers do). Rejects anything a list tool would choke on: quoted or
 * non-ASCII local parts, IP-literal or single-label domains, and a first character
 * that spreadsheets run as a formula. Pure.
 */
export function parseAddress(input: string): AddressResult {
  let s = input.replace(/^ +| +$/g, '');
  if (s === '') return fail('the address is empty');
  // Brackets first: `<=1+1@example.org>` is exported without them, so the check must see what is exported.
  if (s.startsWith('<') && s.endsWith('>')) s = s.slice(1, -1);
  if (startsAsFormula(s)) return fail(`it starts with ${JSON.stringify(s[0])}, which spreadsheets run as a formula`);
  if (/[\s\u0000-\u001f\u007f]/.test(s)) return fail('it contains a space or a control character');
  const at = s.lastIndexOf('@');
  if (at < 0) return fail('it has no @');
  const local = s.slice(0, at);
  const domainText = s.slice(at + 1);
  if (local === '') return fail('nothing comes before the @');
  if (local.includes('@')) return fail('it has more than one @');
  if (!LOCAL_PART.test(local)) return fail(`the part before the @ (${JSON.stringify(local)}) has characters or dots that need quoting; expected letters, digits and . _ + - '`);
  if (local.length > 64) return fail('the part before the @ is longer than 64 characters');
  const domain = checkDomain(domainText);
  if (typeof domain !== 'string') return domain;
  const email = `${local}@${domain}`;
  if (email.length > 254) return fail('the address is longer than 254 characters');
  return { ok: true, address: { email, key: email.toLowerCase() } };
}

function checkDomain(text: string): string | AddressResult {
  if (text === '') return fail('nothing comes after the @');
  if (text.startsWith('[')) return fail('the domain is an IP literal; expected a domain name');
  const ascii = domainToASCII(text);
  if (ascii === '') return fail(`the domain ${JSON.stringify(text)} is not a valid domain name`);
  const labels = ascii.split('.');
  if (labels.length < 2) return fail(`the domain ${JSON.stringify(text)} has no dot; expected a domain such as example.org`);
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined) return fail(`the domain ${JSON.stringify(text)} has an invalid part ${JSON.stringify(bad)}`);
  const tld = labels[labels.length - 1] ?? '';
  if (!/^([a-z]{2,63}|xn--[a-z0-9-]+)$/.test(tld)) return fail(`the domain ${JSON.stringify(text)} ends in ${JSON.stringify(tld)}, which is not a top-level domain`);
  if (ascii.length > 253) return fail('the domain is longer than 253 characters');
  return ascii;
}

/** True when {@link parseAddress} accepts the text. */
export const isDeliverableAddress = (input: string): boolean => parseAddress(input).ok;
