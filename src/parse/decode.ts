import type { Diagnostic } from '../diagnostics.js';

/**
 * Decodes file bytes as UTF-8 text, refusing binary files: invalid UTF-8 or a NUL
 * byte gives a diagnostic instead of a garbled parse. A leading BOM is dropped.
 */
export function decodeWorkshopBytes(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] } {
  if (looksLikeUtf16(bytes)) {
    return { ok: false, diagnostics: [binary(file, bytes, 0, 'the file is UTF-16 text; save it as UTF-8 (in most editors: "Save with Encoding", UTF-8)')] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const hint = bytes[bad]! >= 0x80 ? ' (a Latin-1 or Windows-1252 file? save it as UTF-8)' : '';
    return { ok: false, diagnostics: [binary(file, bytes, bad, `byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} is not valid UTF-8; expected a UTF-8 text file${hint}`)] };
  }
  // YAML's non-printable characters: C0 controls but tab, LF and CR; DEL; C1 but NEL.
  const control = text.search(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/);
  if (control >= 0) {
    const code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
    return { ok: false, diagnostics: [binary(file, new TextEncoder().encode(text.slice(0, control)), -1, `control character U+${code} found; expected a UTF-8 text file (is this a binary file?)`)] };
  }
  return { ok: true, text };
}

/** A UTF-16 byte-order mark, or NUL in every other byte of the start (ASCII as UTF-16). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, 64);
  if (head.length < 8) return false;
  let zeros = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros++;
  return zeros >= head.length / 3;
}

function binary(file: string, bytes: Uint8Array, at: number, what: string): Diagnostic {
  const before = at >= 0 ? bytes.subarray(0, at) : bytes;
  let line = 1;
  let lastNewline = -1;
  before.forEach((b, i) => {
    if (b === 10) {
      line++;
      lastNewline = i;
    }
  });
  const column = new TextDecoder().decode(before.subarray(lastNewline + 1)).length + 1;
  return { severity: 'error', ruleId: 'not-text', message: what, file, line, column };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest failing prefix; streaming mode does not fail on a
  // character merely cut off at the end of the prefix, so failure is monotone.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // The decoder fails at the byte after a broken sequence (`caf\xe9\n` fails at the
  // newline): blame the lead byte that started it.
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) {
    if (bytes[k]! >= 0xc0) return k;
    if ((bytes[k]! & 0xc0) !== 0x80) break;
  }
  return lo;
}
