import type { Diagnostic } from '../diagnostics.js';
import { DlsError, EXIT } from '../errors.js';
import type { RegionProblem } from '../formats/markdown/readme-regions.js';
import { readInput } from './io.js';
import { decodeForRewrite } from './text-encoding.js';

/** README bytes as text; a byte-order mark is kept, so it is written back. */
export function decodeReadme(bytes: Uint8Array, file: string): string {
  const { text, bom } = decodeForRewrite(bytes, file);
  return bom ? `\ufeff${text}` : text;
}

/** Marker problems as one error with a diagnostic per problem; the README is left untouched. */
export function markerError(file: string, problems: readonly RegionProblem[]): DlsError {
  const diagnostics: Diagnostic[] = problems.map((p) => ({ severity: 'error', ruleId: p.ruleId, message: p.message, file, line: p.line, column: 1 }));
  return new DlsError(`${file} has marker problems; it was left untouched`, { diagnostics });
}

/** Reads a README as text; with `missingIsEmpty`, a missing file reads as '' (for --init). */
export async function readReadme(path: string, missingIsEmpty = false): Promise<string> {
  try {
    return decodeReadme(await readInput(path, 'README', 'pass the path of your page, such as `dls readme docs/index.md`'), path);
  } catch (e) {
    if (missingIsEmpty && e instanceof DlsError && e.exitCode === EXIT.usage && e.message.endsWith('no such README')) return '';
    throw e;
  }
}
