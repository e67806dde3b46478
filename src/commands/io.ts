import { chmod, lstat, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DlsError, usageError } from '../errors.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EBUSY: 'the file is busy',
  ENAMETOOLONG: 'the name is too long',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
};

/** A file-system error as a user-facing DlsError (exit 1), never a stack trace. */
function fsError(action: string, path: string, e: unknown): DlsError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return new DlsError(`cannot ${action} ${path}: ${REASONS[code] ?? code ?? String(e)}`);
}

/** Reads a whole file, or standard input for `-`, as bytes. Missing files are usage errors (exit 2). */
export async function readInput(path: string, what = 'file', hint?: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  if (path === '') throw usageError(`no ${what} named (an empty path)`, hint);
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(`${path}: no such ${what}`, hint);
    if (code === 'EISDIR') throw usageError(`${path} is a folder; expected a ${what}`);
    throw fsError('read', path, e);
  }
}

/** Display name of an input path for messages: `<stdin>` for `-`. */
export const displayName = (path: string): string => (path === '-' ? '<stdin>' : path);

/** The file a write lands in: symbolic links are followed, so the link stays a link. */
async function writeTarget(path: string): Promise<{ target: string; existing?: Stats }> {
  if (path === '') throw usageError('-o needs a file name (got an empty one)');
  const link = await lstat(path).catch(() => undefined);
  const target = link?.isSymbolicLink() ? await realpath(path).catch(() => path) : path;
  const existing = link?.isSymbolicLink() ? await stat(target).catch(() => undefined) : link;
  if (existing?.isDirectory()) throw usageError(`${path} is a folder; expected the name of a file (inside it, or elsewhere)`);
  return { target, existing };
}

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so readers
 * never see half a file and a failed write leaves the old one intact. A symbolic link
 * is followed (the link survives), the old file's permissions are kept, a read-only
 * file is refused, and a device or pipe (`/dev/null`) is written to directly.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const { target, existing } = await writeTarget(path);
  if (existing && !existing.isFile()) {
    await writeFile(target, content).catch((e: unknown) => {
      throw fsError('write', path, e);
    });
    return;
  }
  if (existing && (existing.mode & 0o222) === 0) throw new DlsError(`${path} is read-only; make it writable (chmod u+w ${path}) and run again`);
  const dir = dirname(target);
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw new DlsError(`cannot write ${path}: folder ${dirname(path)} does not exist`);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, content, { mode: existing ? existing.mode & 0o7777 : 0o666 });
    if (existing) await chmod(tmp, existing.mode & 0o7777);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw fsError('write', path, e);
  }
}

/** True when two paths name the same existing file (through links and `..` alike). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([realpath(a).catch(() => resolve(a)), realpath(b).catch(() => resolve(b))]);
  return ra === rb;
}

/**
 * Writes output to `-o PATH` atomically, or to standard output. `inputs` are the files
 * the command read: writing over one of them (`-o workshop.yaml`) is refused, as that
 * would destroy the source the output came from.
 */
export async function writeOutput(path: string | undefined, content: string, inputs: readonly (string | undefined)[] = []): Promise<void> {
  if (path === undefined || path === '-') {
    process.stdout.write(content);
    return;
  }
  for (const input of inputs) {
    if (input !== undefined && input !== '-' && (await sameFile(path, input))) {
      throw new DlsError(`refusing to write over ${input}: this command reads it; choose another -o file`);
    }
  }
  await writeFileAtomic(path, content);
}
