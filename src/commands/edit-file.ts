import { open } from 'node:fs/promises';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DlsError } from '../errors.js';
import { withFileLock } from './file-lock.js';
import { fsError } from './fs-errors.js';
import { readCapped } from './read-input.js';
import { decodeForRewrite, encodeText } from './text-encoding.js';
import { replaceFile, writeDevice, writeTarget } from './write-atomic.js';

/** What an edit makes of a file's current content: the new content (none: write nothing) and a result for the command. */
export interface EditOutcome<T> {
  content?: string | Uint8Array;
  result: T;
}

/** The message when a file keeps changing under an edit, or changed so that the edit no longer applies. */
export const changedError = (path: string): DlsError => new DlsError(`${path} changed while dls was editing it; nothing written, run the command again`);

const ATTEMPTS = 3;

/** The bytes of a regular file now, or undefined when there is none; read up to the input limit. */
async function readCurrent(path: string, target: string): Promise<Uint8Array | undefined> {
  const handle = await open(target, 'r').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw fsError('read', path, e);
  });
  if (!handle) return undefined;
  try {
    return await readCapped(handle, path);
  } finally {
    await handle.close();
  }
}

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean => (a === undefined || b === undefined ? a === b : Buffer.compare(a, b) === 0);

/**
 * Edits a user's file so that no edit is ever lost. Holding the file's lock, it
 * reads the current content, lets `edit` compute the new content from it, writes an
 * exclusive temporary file, and re-reads the file just before the rename: if
 * something else changed it meanwhile, `edit` is applied again to the new content
 * (it may throw `changedError` when that is not safe); after three changes in a
 * row nothing is written. `reads: false` for a whole replacement (`-o`) that does
 * not depend on the old content. A device or pipe (`/dev/null`) is written directly.
 */
export async function editFileSafely<T>(path: string, edit: (current: Uint8Array | undefined) => EditOutcome<T> | Promise<EditOutcome<T>>, options: { reads?: boolean } = {}): Promise<T> {
  const where = await writeTarget(path);
  if (where.existing && !where.existing.isFile()) {
    const out = await edit(undefined);
    if (out.content !== undefined) await writeDevice(path, where.target, out.content);
    return out.result;
  }
  if (!(await stat(dirname(where.target)).catch(() => undefined))?.isDirectory()) throw new DlsError(`cannot write ${path}: folder ${dirname(path)} does not exist`);
  const read = () => (options.reads === false ? Promise.resolve(undefined) : readCurrent(path, where.target));
  return withFileLock(path, where.target, async () => {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const current = await read();
      const out = await edit(current);
      if (out.content === undefined) return out.result;
      let changed = false;
      await replaceFile(path, await writeTarget(path), out.content, async () => {
        changed = !same(current, await read());
        if (changed) throw changedError(path);
      }).catch((e: unknown) => {
        if (!changed || attempt === ATTEMPTS) throw e;
      });
      if (!changed) return out.result;
    }
    throw changedError(path);
  });
}

/** What a text edit makes of the text: the new text (none: write nothing) and a result. */
export interface TextOutcome<T> {
  text?: string;
  result: T;
}

/**
 * `editFileSafely` for a text file: it must be UTF-8 (a Latin-1 or UTF-16 file is
 * refused, untouched), a byte-order mark is kept, and `edit` sees the text without it
 * (undefined when the file does not exist) and returns the new text, or none.
 */
export function editTextSafely<T>(path: string, edit: (text: string | undefined) => TextOutcome<T> | Promise<TextOutcome<T>>): Promise<T> {
  return editFileSafely(path, async (bytes) => {
    const old = bytes === undefined ? undefined : decodeForRewrite(bytes, path);
    const out = await edit(old?.text);
    return { content: out.text === undefined ? undefined : encodeText(out.text, old?.bom ?? false), result: out.result };
  });
}
