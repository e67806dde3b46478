import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { DlsError, usageError } from '../errors.js';

/** The most of an `-o` file read as the previous export: far more than any calendar dls writes (10,000 items take about 8 MB). */
export const MAX_PREVIOUS_BYTES = 64 * 1024 * 1024;

/** What an `-o` path holds before the export: nothing to update, the text of a file, or why it is no calendar at all. */
export type PreviousFile = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'unreadable'; reason: string };

const REASONS: Record<string, string> = { EACCES: 'permission denied', EPERM: 'operation not permitted', ELOOP: 'too many symbolic links' };
const megabytes = (bytes: number): string => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/**
 * Reads the file that `-o` names, so the export can update it. Only a regular file
 * is read (a symbolic link is followed to its target): a device such as `/dev/null`
 * or `/dev/zero`, a pipe or `/dev/stdout` holds no earlier export and is never read,
 * so it can neither block nor run forever. A file over `MAX_PREVIOUS_BYTES`, or one
 * that is not UTF-8 text, is `unreadable` with a reason, never a crash.
 */
export async function readPreviousFile(path: string): Promise<PreviousFile> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return undefined;
    throw new DlsError(`cannot read ${path} to update it: ${REASONS[e.code ?? ''] ?? e.code ?? String(e)}`);
  });
  if (info?.isDirectory()) throw usageError(`-o ${path} is a folder; expected a file name such as ${path.replace(/\/$/, '')}/program.ics`);
  if (!info?.isFile()) return { kind: 'none' };
  if (info.size > MAX_PREVIOUS_BYTES) return tooLarge(info.size);
  // O_NONBLOCK: should the path turn into a pipe after the stat, opening it must not wait for a writer.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((e: NodeJS.ErrnoException) => {
    throw new DlsError(`cannot read ${path} to update it: ${REASONS[e.code ?? ''] ?? e.code ?? String(e)}`);
  });
  try {
    if (!(await handle.stat()).isFile()) return { kind: 'none' };
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of handle.createReadStream({ end: MAX_PREVIOUS_BYTES, autoClose: false })) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    if (size > MAX_PREVIOUS_BYTES) return tooLarge(size);
    return decodeText(Buffer.concat(chunks));
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number): PreviousFile {
  return { kind: 'unreadable', reason: `it holds ${megabytes(size)}, more than any calendar dls writes (it reads at most ${megabytes(MAX_PREVIOUS_BYTES)})` };
}

function decodeText(bytes: Uint8Array): PreviousFile {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.includes('\u0000')) return { kind: 'text', text };
  } catch {
    // not UTF-8: reported below, like a file with NUL bytes
  }
  return { kind: 'unreadable', reason: 'it is not a text file (an iCalendar file is UTF-8 text)' };
}
