import { DlsError } from '../errors.js';

/** A text file as dls edits it: its text without the byte-order mark, and whether it had one (it is written back). */
export interface EditableText {
  text: string;
  bom: boolean;
}

const BOM = '\ufeff';

/** The encoding a non-UTF-8 text most likely has, for the message and the iconv hint. */
function guessEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const head = bytes.subarray(0, 256);
  let evenZeros = 0;
  let oddZeros = 0;
  head.forEach((b, i) => {
    if (b === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  });
  if (oddZeros > head.length / 4) return 'UTF-16LE';
  if (evenZeros > head.length / 4) return 'UTF-16BE';
  return bytes.some((b) => b >= 0x80 && b <= 0x9f) ? 'WINDOWS-1252' : 'ISO-8859-1';
}

/**
 * Decodes a file dls is about to rewrite. A file that is not UTF-8 (Latin-1,
 * Windows-1252, UTF-16) is refused with its guessed encoding and an `iconv` line,
 * before anything is written: rewriting it would replace its accents with U+FFFD
 * for good. A UTF-8 byte-order mark is reported, so the writer can keep it.
 */
export function decodeForRewrite(bytes: Uint8Array, name: string): EditableText {
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  const encoding = text === undefined || /\u0000/.test(text.slice(0, 256)) ? guessEncoding(bytes) : undefined;
  if (encoding !== undefined) {
    const family = encoding.startsWith('UTF-16') ? 'UTF-16' : `Latin-1 (${encoding})`;
    throw new DlsError(`${name} is not UTF-8: it looks like ${family} text; dls rewrites only UTF-8 files, so it was left untouched`, {
      hint: `convert it once, then run again: iconv -f ${encoding} -t UTF-8 '${name}' > '${name}.utf8' && mv '${name}.utf8' '${name}'`,
    });
  }
  const bom = text!.startsWith(BOM);
  return { text: bom ? text!.slice(1) : text!, bom };
}

/** The bytes to write for an edited text: UTF-8, with the byte-order mark the file had. */
export const encodeText = (text: string, bom: boolean): Uint8Array => new TextEncoder().encode(bom ? BOM + text : text);
