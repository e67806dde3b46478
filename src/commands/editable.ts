import type { Diagnostic } from '../diagnostics.js';
import { DlsError } from '../errors.js';
import type { Workshop } from '../model.js';
import { loadWorkshopModel } from './load.js';

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
  return loadWorkshopModel(path, 'it can be edited');
}
