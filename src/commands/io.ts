import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DlsError } from '../errors.js';
import { editFileSafely } from './edit-file.js';

export { readInput } from './read-input.js';

/** Display name of an input path for messages: `<stdin>` for `-`. */
export const displayName = (path: string): string => (path === '-' ? '<stdin>' : path);

/** True when two paths name the same existing file (through links and `..` alike). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([realpath(a).catch(() => resolve(a)), realpath(b).catch(() => resolve(b))]);
  return ra === rb;
}

/** Refuses an `-o` that names one of the command's inputs (`-o workshop.yaml`): that would destroy the source the output came from. */
export async function refuseInputAsOutput(path: string, inputs: readonly (string | undefined)[]): Promise<void> {
  for (const input of inputs) {
    if (input !== undefined && input !== '-' && (await sameFile(path, input))) {
      throw new DlsError(`refusing to write over ${input}: this command reads it; choose another -o file`);
    }
  }
}

/**
 * Writes output to `-o PATH`, or to standard output. The file is replaced
 * atomically, under its lock, through an exclusive temporary file (see
 * `editFileSafely`); `inputs` are the files the command read, never written over.
 */
export async function writeOutput(path: string | undefined, content: string, inputs: readonly (string | undefined)[] = []): Promise<void> {
  if (path === undefined || path === '-') {
    process.stdout.write(content);
    return;
  }
  await refuseInputAsOutput(path, inputs);
  await writeFileAtomic(path, content);
}

/**
 * Replaces a whole file with `content`: under its lock, through an exclusive temporary
 * file, flushed, then renamed (see `editFileSafely`); a device such as `/dev/null` is
 * written directly.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await editFileSafely(path, () => ({ content, result: undefined }), { reads: false });
}
