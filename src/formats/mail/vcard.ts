import type { Recipient } from '../../mail/recipient.js';
import type { MailWriter } from './writer.js';

/** RFC 2426 text value: backslash, comma, semicolon and newline escaped. */
const escapeText = (s: string): string => s.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets of UTF-8 with CRLF + space, never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    const limit = parts.length === 0 ? 75 : 74; // a continuation line starts with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ') + '\r\n';
}

function card(r: Recipient): string {
  const fn = r.name === '' ? r.email : r.name;
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(fn)}`,
    `N:${escapeText(r.name === '' ? '' : r.family)};${escapeText(r.name === '' ? r.email : r.given)};;;`,
    `EMAIL;TYPE=INTERNET:${r.email}`,
    ...(r.affiliation === '' ? [] : [`ORG:${escapeText(r.affiliation)}`]),
    ...(r.roles.length === 0 ? [] : [`CATEGORIES:${r.roles.map(escapeText).join(',')}`]),
    'END:VCARD',
  ];
  return lines.map(foldLine).join('');
}

/** vCard 3.0 (RFC 2426): one card per recipient with FN, N, EMAIL, ORG and roles as CATEGORIES; UTF-8, CRLF, folded. */
export const writeVcard: MailWriter = (recipients) => recipients.map(card).join('');
