import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DlsError } from '../errors.js';

/**
 * The folder of the shipped section templates, `templates/builtin/` at the package's
 * root: two folders up from the bundle's chunks (dist/chunks) and from src/commands.
 */
export async function builtinTemplateDir(): Promise<string> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, dir = dirname(dir)) {
    const candidate = join(dir, 'templates', 'builtin');
    if ((await stat(candidate).catch(() => undefined))?.isDirectory()) return candidate;
  }
  throw new DlsError('the shipped section templates (templates/builtin) are missing from this installation of dls', { hint: 'reinstall dls' });
}

/** The path of the shipped template of a section. */
export const builtinTemplatePath = (dir: string, name: string): string => join(dir, `${name}.md.liquid`);
