import { open, type FileHandle } from 'node:fs/promises';
import { DlsError, usageError } from '../errors.js';
import { fsError } from './fs-errors.js';

/** The default input limit, in megabytes: far above any real workshop, page or list. */
export const DEFAULT_MAX_INPUT_MB = 16;
let maxInputBytes = DEFAULT_MAX_INPUT_MB * 1024 * 1024;

/** Sets the input limit for this run (global `--max-input-size <MB>`). */
export function setMaxInputMegabytes(megabytes: number): void {
  maxInputBytes = megabytes * 1024 * 1024;
}

/** The input limit in bytes. */
export const maxInputSize = (): number => maxInputBytes;

/** The error for an input past the limit: exit 1, naming the flag that raises it. */
export function tooLargeError(name: string): DlsError {
  const mb = maxInputBytes / 1024 / 1024;
  return new DlsError(`${name} is larger than ${mb} MB, the input limit; nothing was read past it`, { hint: `if this really is your input, raise the limit: dls --max-input-size ${Math.max(mb * 4, 64)} ...` });
}

/**
 * Reads from an open file, a device or a pipe until its end, but never more than the
 * input limit: `/dev/zero` or a FIFO that never ends stops with an error at the limit,
 * and memory never grows past it.
 */
export async function readCapped(handle: FileHandle, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxInputBytes + 1 - size));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, size);
    chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    size += bytesRead;
    if (size > maxInputBytes) throw tooLargeError(name);
  }
}

/** Standard input, up to the limit; a terminal gets a hint first, so a silent wait is never a mystery. */
async function readStdin(what: string): Promise<Buffer> {
  if (process.stdin.isTTY) process.stderr.write(`reading the ${what === 'file' ? 'workshop' : what} from standard input (end with Ctrl-D)\n`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > maxInputBytes) {
      process.stdin.destroy();
      throw tooLargeError('standard input');
    }
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads a whole input, or standard input for `-`, as bytes, up to the input limit.
 * Every input dls reads goes through here. Missing files are usage errors (exit 2).
 */
export async function readInput(path: string, what = 'file', hint?: string): Promise<Uint8Array> {
  const bytes = await readWhole(path, what, hint);
  if (bytes.length >= LARGE_INPUT_BYTES) largeInputHook?.();
  return bytes;
}

/** Inputs from this size on are large: 6 times the shipped SC19 file, far above any one workshop. */
const LARGE_INPUT_BYTES = 64 * 1024;
let largeInputHook: (() => void) | undefined;

/**
 * Called once a large input has been read. The start-up snapshot (src/snapshot.ts)
 * runs without V8's optimizing compiler, which costs more than it saves on one small
 * file, and turns it on here, before a 10,000-item program is parsed.
 */
export function onLargeInput(hook: () => void): void {
  largeInputHook = hook;
}

async function readWhole(path: string, what: string, hint: string | undefined): Promise<Uint8Array> {
  if (path === '-') return readStdin(what);
  if (path === '') throw usageError(`no ${what} named (an empty path)`, hint);
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(`${path}: no such ${what}`, hint);
    throw fsError('read', path, e);
  }
  try {
    if ((await handle.stat()).isDirectory()) throw usageError(`${path} is a folder; expected a ${what}`);
    return await readCapped(handle, path);
  } catch (e) {
    throw e instanceof DlsError ? e : fsError('read', path, e);
  } finally {
    await handle.close();
  }
}
