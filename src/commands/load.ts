import { DlsError } from '../errors.js';
import type { Diagnostic } from '../diagnostics.js';
import type { CheckSettings, Workshop } from '../model.js';
import { decodeWorkshopBytes, parseWorkshop, type ParseResult } from '../parse/index.js';
import { displayName, readInput } from './io.js';

/** Reads and parses a workshop file. Never throws at a user's mistake: bad content is in the result. */
export async function loadWorkshop(path: string, checkOverrides: Partial<CheckSettings> = {}): Promise<{ file: string; result: ParseResult; text?: string }> {
  const file = displayName(path);
  const decoded = decodeWorkshopBytes(await readInput(path, 'file', 'run `dls init` to create a workshop.yaml, or pass -f PATH'), file);
  if (!decoded.ok) return { file, result: decoded };
  return { file, result: parseWorkshop(decoded.text, file, checkOverrides), text: decoded.text };
}

/** Loads a workshop that must be valid, for the export commands; problems become a DlsError (exit 1). */
export async function loadValidWorkshop(path: string): Promise<Workshop> {
  const { file, result } = await loadWorkshop(path);
  if (!result.ok) {
    throw new DlsError(`${file} has problems; run \`dls schedule check\` for details`, { diagnostics: result.diagnostics });
  }
  return result.workshop;
}

/**
 * Loads a workshop to show or edit: schedule findings (an overlap) do not stop it,
 * since seeing and editing the program is how they get fixed; a file that cannot be
 * read as a workshop (not text, invalid YAML or keys) does (exit 1). `purpose` ends
 * the message: "has problems to fix before it can be edited".
 */
export async function loadWorkshopModel(path: string, purpose: string): Promise<{ file: string; text: string; workshop: Workshop; diagnostics: Diagnostic[] }> {
  const { file, result, text } = await loadWorkshop(path);
  const workshop = result.workshop;
  const diagnostics = result.ok ? result.warnings : result.diagnostics;
  if (!workshop || text === undefined) throw new DlsError(`${file} has problems to fix before ${purpose}`, { diagnostics, hint: 'run `dls schedule check` for details' });
  return { file, text, workshop, diagnostics };
}
