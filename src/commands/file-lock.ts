import { hostname } from 'node:os';
import { lstat, open, readFile, rm, utimes } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DlsError } from '../errors.js';
import { forget, removeOnExit } from './cleanup.js';
import { fsError } from './fs-errors.js';

/** A lock whose holder has not touched it for this long is stale (its holder refreshes it every `REFRESH_MS`). */
export const STALE_MS = 30_000;
const REFRESH_MS = 5_000;
/** How long to wait for another dls editing the same file before giving up. */
const WAIT_MS = 30_000;

/** The lock file of a target: beside it, so it is on the same file system and seen by every user of the folder. */
export const lockPath = (target: string): string => join(dirname(target), `.${basename(target)}.dls-lock`);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The holder of a lock, or undefined when it is stale: its process is gone, or it has not been refreshed. */
async function holder(lock: string): Promise<{ pid: number; since: number } | undefined> {
  const info = await lstat(lock).catch(() => undefined);
  if (!info) return undefined;
  // Only a small regular file is read: a FIFO or a huge file planted as the lock must not block or flood us.
  const small = info.isFile() && info.size < 256;
  const [pid, host] = (small ? await readFile(lock, 'utf8').catch(() => '') : '').split(' ');
  const fresh = Date.now() - info.mtimeMs < STALE_MS;
  const gone = host?.trim() === hostname() && Number(pid) > 0 && !alive(Number(pid));
  return fresh && !gone ? { pid: Number(pid), since: info.mtimeMs } : undefined;
}

/** Removes a stale lock, holding a breaker lock so that two waiters never both remove one and then the next. */
async function breakStale(lock: string): Promise<void> {
  const breaker = `${lock}.break`;
  const handle = await open(breaker, 'wx').catch(async () => {
    const info = await lstat(breaker).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_MS) await rm(breaker, { force: true });
    return undefined;
  });
  if (!handle) return;
  try {
    if ((await lstat(lock).catch(() => undefined)) && !(await holder(lock))) await rm(lock, { force: true });
  } finally {
    await handle.close();
    await rm(breaker, { force: true });
  }
}

/** Takes the lock (an O_EXCL file holding `pid host`), waiting for a live holder and breaking a stale one. */
async function acquire(path: string, lock: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lock, 'wx', 0o644);
      removeOnExit(lock);
      await handle.writeFile(`${process.pid} ${hostname()}\n`).finally(() => handle.close());
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw fsError('lock', path, e);
    }
    const held = await holder(lock);
    if (!held) await breakStale(lock);
    else if (Date.now() > deadline) {
      throw new DlsError(`${path} is being edited by another dls (process ${held.pid}); nothing written`, { hint: `run the command again when it is done; if no dls is running, remove ${lock}` });
    } else await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
  }
}

/**
 * Runs `fn` holding the advisory lock of `target`, so two dls runs never edit one
 * file at once. A lock left by a crashed run is detected (its process is gone, or
 * it is older than `STALE_MS`) and taken over. The lock is removed afterwards,
 * and on Ctrl-C or `kill`.
 */
export async function withFileLock<T>(path: string, target: string, fn: () => Promise<T>): Promise<T> {
  const lock = lockPath(target);
  await acquire(path, lock);
  const refresh = setInterval(() => void utimes(lock, new Date(), new Date()).catch(() => undefined), REFRESH_MS);
  refresh.unref();
  try {
    return await fn();
  } finally {
    clearInterval(refresh);
    await rm(lock, { force: true });
    forget(lock);
  }
}
