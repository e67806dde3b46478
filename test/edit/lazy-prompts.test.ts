import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** Every file `dist/cli.js` loads at start-up: its static imports, followed recursively. */
function startupFiles(file = 'cli.js', seen = new Set<string>()): Set<string> {
  seen.add(file);
  const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*"\.\/(?:\.\.\/)?((?:chunks\/)?[^"]+\.js)"/g)) {
    const next = file.startsWith('chunks/') && !m[1]!.startsWith('chunks/') ? `chunks/${m[1]}` : m[1]!;
    if (!seen.has(next)) startupFiles(next, seen);
  }
  return seen;
}

describe('the prompts are loaded lazily', () => {
  it('keeps @inquirer/prompts out of what every command loads at start-up', () => {
    const files = [...startupFiles()];
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(readFileSync(join(ROOT, 'dist', f), 'utf8'), f).not.toContain('force closed the prompt');
  });
});
