import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { DlsError, usageError } from '../errors.js';
import type { Workshop } from '../model.js';
import { decodeWorkshopBytes, parseWorkshop, type ParseResult } from '../parse/index.js';
import { readInput } from './io.js';
import { maxInputSize, tooLargeError } from './read-input.js';

/**
 * One version of a workshop for `dls schedule diff` and `dls mail notices`: a file
 * path, or `git:REV` for the workshop file as committed at REV (`git show REV:PATH`).
 */

/** A version, read and parsed, with the name the user gave it. */
export interface WorkshopVersion {
  name: string;
  workshop: Workshop;
}

/** The git revision in `git:REV`, or undefined for a path. */
export const gitRevision = (spec: string): string | undefined => (spec.startsWith('git:') ? spec.slice(4) : undefined);

/** Reads a version; a missing revision or a file that is no workshop is a usage error (exit 2). */
export async function readVersion(spec: string, workshopPath: string): Promise<WorkshopVersion> {
  const rev = gitRevision(spec);
  const bytes = rev === undefined ? await readInput(spec, 'workshop file') : await gitShow(rev, workshopPath);
  const decoded = decodeWorkshopBytes(bytes, spec);
  const result: ParseResult = decoded.ok ? parseWorkshop(decoded.text, spec) : decoded;
  if (!result.workshop) throw new DlsError(`${spec} is not a workshop file dls can read`, { exitCode: 2, diagnostics: result.ok ? [] : result.diagnostics });
  return { name: spec, workshop: result.workshop };
}

/** `git show REV:./FILE` run in the file's folder, so REV resolves in the repository that holds it. */
function gitShow(rev: string, workshopPath: string): Promise<Uint8Array> {
  if (rev === '' || rev.startsWith('-') || /[\s:]/.test(rev)) return Promise.reject(usageError(`git:${rev} is not a revision; expected git:REV such as git:HEAD~1 or git:v1.0`));
  const dir = dirname(workshopPath);
  const file = basename(workshopPath);
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', dir, 'show', `${rev}:./${file}`], { encoding: 'buffer', maxBuffer: maxInputSize() }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      if ((error as { code?: unknown }).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return reject(tooLargeError(`git:${rev}:${file}`));
      const said = stderr.toString('utf8');
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return reject(usageError('git:REV needs git, which is not installed'));
      if (/not a git repository/i.test(said)) return reject(usageError(`git:${rev}: ${dir === '.' ? 'this folder' : dir} is not in a git repository`));
      if (/does not exist in|exists on disk, but not in/.test(said)) return reject(usageError(`git:${rev}: ${file} did not exist at ${rev}`));
      reject(usageError(`git:${rev}: no such revision in the repository of ${workshopPath}`, 'list revisions with `git log --oneline`'));
    });
  });
}
