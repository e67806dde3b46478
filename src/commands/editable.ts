import type { Diagnostic } from '../diagnostics.js';
import { DlsError } from '../errors.js';
import { analyzeWorkshop } from '../edit/analyze.js';
import type { Workshop } from '../model.js';
import { decodeWorkshopBytes } from '../parse/index.js';
import { displayName, readInput } from './io.js';

/** A workshop file ready to edit: its text, its model and its current findings. */
export interface Editable {
  file: string;
  text: string;
  workshop: Workshop;
  diagnostics: Diagnostic[];
}

/**
 * Reads a workshop file to edit in place. Schedule findings (an overlap) do not stop
 * an edit, since editing is how they get fixed; invalid YAML or keys do (exit 1).
 */
export async function editableWorkshop(path: string): Promise<Editable> {
  if (path === '-') throw new DlsError('cannot edit standard input in place; pass -f PATH', { exitCode: 2 });
  const file = displayName(path);
  const decoded = decodeWorkshopBytes(await readInput(path, 'file', 'run `dls init` to create a workshop.yaml, or pass -f PATH'), file);
  if (!decoded.ok) throw new DlsError(`${file} cannot be read as text`, { diagnostics: decoded.diagnostics });
  const { workshop, diagnostics } = analyzeWorkshop(decoded.text, file);
  if (!workshop) throw new DlsError(`${file} has problems to fix before it can be edited`, { diagnostics, hint: 'run `dls schedule check` for details' });
  return { file, text: decoded.text, workshop, diagnostics };
}
