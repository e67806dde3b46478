/**
 * The small part of MIME a notice needs (RFC 2045, 2047, 5322): encoded words for
 * non-ASCII header text, quoted-printable bodies, base64 attachments. Header text
 * never carries a CR or LF from the input, so nothing can inject a header.
 */

/** Header text on one line: line breaks and other controls become spaces. */
export function headerSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/** RFC 2047 encoded words for text with non-ASCII characters, each at most 75 characters, never splitting a character. */
export function encodeWords(text: string): string {
  const safe = headerSafe(text);
  if (/^[\x20-\x7e]*$/.test(safe)) return safe;
  const words: string[] = [];
  let chunk = '';
  for (const ch of safe) {
    // 45 bytes of UTF-8 make 60 base64 characters: 12 + 60 < 75.
    if (Buffer.byteLength(chunk + ch) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}

/** `"Name" <addr>`: the name quoted when it holds specials, or encoded when not ASCII. */
export function mailbox(name: string | undefined, address: string): string {
  if (!name) return `<${address}>`;
  const safe = headerSafe(name);
  if (!/^[\x20-\x7e]*$/.test(safe)) return `${encodeWords(safe)} <${address}>`;
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/.test(safe)) return `${safe} <${address}>`;
  return `"${safe.replace(/["\\]/g, '\\$&')}" <${address}>`;
}

/** Quoted-printable (RFC 2045) of UTF-8 text with CRLF line ends, soft breaks keeping lines at 76. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r?\n/g, '\n')
    .split('\n')
    .map(qpLine)
    .join('\r\n');
}

function qpLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  let out = '';
  let width = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const last = i === bytes.length - 1;
    const plain = (b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last);
    const piece = plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (width + piece.length > 75) {
      out += '=\r\n';
      width = 0;
    }
    out += piece;
    width += piece.length;
  }
  return out;
}

/** Base64 in lines of 76 characters, CRLF-separated. */
export function base64Lines(text: string): string {
  const b64 = Buffer.from(text, 'utf8').toString('base64');
  return (b64.match(/.{1,76}/g) ?? []).join('\r\n');
}

/** RFC 5322 date-time in UTC: `Sun, 10 Nov 2019 00:00:00 +0000`. */
export function rfc5322Date(ms: number): string {
  return new Date(ms).toUTCString().replace('GMT', '+0000');
}
