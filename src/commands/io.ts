import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DlsError, EXIT, usageError } from '../errors.js';

/** Reads a whole file, or standard input for `-`, as bytes. Missing files are usage errors (exit 2). */
export async function readInput(path: string, what = 'file', hint?: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(`${path}: no such ${what}`, hint);
    if (code === 'EISDIR') throw usageError(`${path} is a directory; expected a ${what}`);
    if (code === 'EACCES') throw new DlsError(`${path}: permission denied`);
    throw e;
  }
}

/** Display name of an input path for messages: `<stdin>` for `-`. */
export const displayName = (path: string): string => (path === '-' ? '<stdin>' : path);

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so readers
 * never see half a file and a failed write leaves the old one intact.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw new DlsError(`cannot write ${path}: folder ${dir} does not exist`, { exitCode: EXIT.problems });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EISDIR' || code === 'EROFS') throw new DlsError(`cannot write ${path}: ${code}`);
    throw e;
  }
}

/** Writes output to `-o PATH` atomically, or to standard output. */
export async function writeOutput(path: string | undefined, content: string): Promise<void> {
  if (path === undefined || path === '-') process.stdout.write(content);
  else await writeFileAtomic(path, content);
}
