import { createHash } from 'node:crypto';
import { base64Lines, encodeWords, mailbox, quotedPrintable, rfc5322Date } from './mime.js';
import type { Notice } from './notices.js';

/**
 * A notice as an RFC 5322 message: a text/plain body and the speaker's calendar as a
 * text/calendar attachment. Date and Message-ID come from the inputs, so the same
 * workshop gives the same bytes.
 */

/** Who sends, and the instant the message is dated. */
export interface EmlOptions {
  from: { name: string; email: string };
  workshopId: string;
  dateMs: number;
}

const CRLF = '\r\n';

/** The message text, CRLF line ends. */
export function writeEml(notice: Notice, o: EmlOptions): string {
  const hash = createHash('sha256').update(`${notice.to.email}\n${notice.subject}\n${notice.body}\n${notice.calendar}`).digest('hex').slice(0, 16);
  const boundary = `dls-${hash}`;
  const headers = [
    `From: ${mailbox(o.from.name, o.from.email)}`,
    `Reply-To: ${mailbox(o.from.name, o.from.email)}`,
    `To: ${mailbox(notice.to.name, notice.to.email)}`,
    `Subject: ${encodeWords(notice.subject)}`,
    `Date: ${rfc5322Date(o.dateMs)}`,
    `Message-ID: <${notice.name}.${hash}@${o.workshopId}.dls>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const parts = [
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(notice.body),
    `--${boundary}`,
    `Content-Type: text/calendar; charset=utf-8; method=PUBLISH; name="${notice.name}.ics"`,
    `Content-Disposition: attachment; filename="${notice.name}.ics"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(notice.calendar),
    `--${boundary}--`,
    '',
  ];
  return [...headers, '', ...parts].join(CRLF);
}

/**
 * Messages in one mbox (mboxrd): each after a `From ` line, body lines that start
 * with `From ` (after any `>`) quoted with one more `>`, LF line ends as mbox readers expect.
 */
export function writeMbox(messages: readonly string[], o: EmlOptions): string {
  const stamp = new Date(o.dateMs).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, (_m, d, day, mon, y, t) => `${d} ${mon} ${String(day).padStart(2, ' ')} ${t} ${y}`);
  return messages
    .map((m) => `From ${o.from.email} ${stamp}\n${m.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1').replace(/\n*$/, '\n')}\n`)
    .join('');
}
