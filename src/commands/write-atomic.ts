import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, open, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DlsError, usageError } from '../errors.js';
import { forget, removeOnExit } from './cleanup.js';
import { fsError } from './fs-errors.js';

/** Where a write to `path` lands: symbolic links followed, dangling ones too, and what is there now. */
export interface WriteTarget {
  target: string;
  existing?: Stats;
}

/**
 * Follows symbolic links by hand, so a dangling link resolves to the file it names
 * (written through, as a live link is) rather than being replaced by a file.
 */
export async function writeTarget(path: string): Promise<WriteTarget> {
  if (path === '') throw usageError('-o needs a file name (got an empty one)');
  const live = await stat(path).catch(() => undefined);
  if (live?.isDirectory()) throw usageError(`${path} is a folder; expected the name of a file (inside it, or elsewhere)`);
  // A device or pipe (`/dev/stdout` links to `pipe:[...]`) is written as named; a file through its real path.
  if (live) return { target: live.isFile() ? await realpath(path) : path, existing: live };
  let target = resolve(path);
  for (let hops = 0; ; hops++) {
    const link = await lstat(target).catch(() => undefined);
    if (!link?.isSymbolicLink()) return { target };
    if (hops >= 40) throw new DlsError(`cannot write ${path}: too many symbolic links`);
    target = resolve(dirname(target), await readlink(target));
  }
}

/** A new temporary file beside `target`: a random name, created exclusively, so nobody can plant it. */
async function createTemp(target: string, mode: number) {
  for (;;) {
    const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
    try {
      const handle = await open(tmp, 'wx', mode);
      removeOnExit(tmp);
      return { tmp, handle };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/**
 * Replaces the regular file `target` (see `writeTarget`) with `content` atomically:
 * an exclusive temporary file beside it, flushed to disk, then renamed over it.
 * `beforeRename` runs last, with the temporary file complete; throwing there leaves
 * the old file as it was. The temporary file never survives an error or a signal.
 */
export async function replaceFile(path: string, { target, existing }: WriteTarget, content: string | Uint8Array, beforeRename?: () => Promise<void>): Promise<void> {
  if (existing && (existing.mode & 0o222) === 0) throw new DlsError(`${path} is read-only; make it writable (chmod u+w ${path}) and run again`);
  if (!(await stat(dirname(target)).catch(() => undefined))?.isDirectory()) throw new DlsError(`cannot write ${path}: folder ${dirname(path)} does not exist`);
  let tmp: string | undefined;
  try {
    const created = await createTemp(target, existing ? existing.mode & 0o7777 : 0o666);
    tmp = created.tmp;
    try {
      await created.handle.writeFile(content);
      if (existing) await created.handle.chmod(existing.mode & 0o7777);
      await created.handle.sync();
    } finally {
      await created.handle.close();
    }
    await beforeRename?.();
    await rename(tmp, target);
    forget(tmp);
  } catch (e) {
    if (tmp !== undefined) await rm(tmp, { force: true }).then(() => forget(tmp!));
    throw e instanceof DlsError ? e : fsError('write', path, e);
  }
}

/** Writes to a device or pipe (`/dev/null`, `/dev/stdout`) directly: there is no file to replace. */
export async function writeDevice(path: string, target: string, content: string | Uint8Array): Promise<void> {
  await writeFile(target, content).catch((e: unknown) => {
    throw fsError('write', path, e);
  });
}
