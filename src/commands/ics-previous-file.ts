import { stat } from 'node:fs/promises';
import { usageError } from '../errors.js';
import { maxInputSize } from './read-input.js';

/** What an `-o` path holds before the export: nothing to update, the text of a file, or why it is no calendar at all. */
export type PreviousFile = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'unreadable'; reason: string };

const megabytes = (bytes: number): string => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/**
 * The size of the regular file `-o` names when it is past the input limit (it is then
 * not read at all), else undefined; a folder is a usage error. A device such as `/dev/null`, or a pipe, holds
 * no earlier export and is never read.
 */
export async function oversizePrevious(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) throw usageError(`-o ${path} is a folder; expected a file name such as ${path.replace(/\/$/, '')}/program.ics`);
  return info?.isFile() && info.size > maxInputSize() ? info.size : undefined;
}

/**
 * The earlier export in the bytes of the `-o` file (undefined: no file, or a device).
 * A file past the input limit (`oversize`), or one that is not UTF-8 text, is
 * `unreadable` with a reason, never a crash.
 */
export function previousFile(bytes: Uint8Array | undefined, oversize: number | undefined): PreviousFile {
  if (oversize !== undefined) {
    return { kind: 'unreadable', reason: `it holds ${megabytes(oversize)}, more than dls reads (at most ${megabytes(maxInputSize())}; --max-input-size raises it)` };
  }
  if (bytes === undefined) return { kind: 'none' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.includes('\u0000')) return { kind: 'text', text };
  } catch {
    // not UTF-8: reported below, like a file with NUL bytes
  }
  return { kind: 'unreadable', reason: 'it is not a text file (an iCalendar file is UTF-8 text)' };
}
