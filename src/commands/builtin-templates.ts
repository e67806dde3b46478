import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DlsError } from '../errors.js';

let startDir: string | undefined;

/**
 * Where to start looking for the package's files, for the start-up snapshot: there the
 * code has no module URL (it is one CommonJS file, built in another place and time), so
 * src/snapshot.ts passes the folder of bin/dls, the file that started it.
 */
export function setPackageStartDir(dir: string): void {
  startDir = dir;
}

/**
 * The folder of the shipped section templates, `templates/builtin/` at the package's
 * root: two folders up from the bundle's chunks (dist/chunks) and from src/commands,
 * one up from bin/.
 */
export async function builtinTemplateDir(): Promise<string> {
  // import.meta.url is undefined in the snapshot's CommonJS bundle.
  const here = import.meta.url as string | undefined;
  let dir = startDir ?? dirname(fileURLToPath(here!));
  for (let up = 0; up < 4; up++, dir = dirname(dir)) {
    const candidate = join(dir, 'templates', 'builtin');
    if ((await stat(candidate).catch(() => undefined))?.isDirectory()) return candidate;
  }
  throw new DlsError('the shipped section templates (templates/builtin) are missing from this installation of dls', { hint: 'reinstall dls' });
}

/** The path of the shipped template of a section. */
export const builtinTemplatePath = (dir: string, name: string): string => join(dir, `${name}.md.liquid`);
