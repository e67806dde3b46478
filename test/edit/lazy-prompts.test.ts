import { readdirSync, readFileSync } from 'node:fs';
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

  it('loads a small prompts chunk for init and add (input and select only, no editor, iconv-lite or chardet)', () => {
    const chunks = readdirSync(join(ROOT, 'dist/chunks')).map((f) => readFileSync(join(ROOT, 'dist/chunks', f), 'utf8'));
    const prompts = chunks.filter((code) => code.includes('force closed the prompt'));
    expect(prompts).toHaveLength(1);
    expect(Buffer.byteLength(prompts[0]!), 'bytes of the prompts chunk (it was 582 kB with all of @inquirer/prompts)').toBeLessThan(64_000);
    // `iconv -f` is the hint dls prints for a Latin-1 file (src/commands/text-encoding.ts), not the library.
    expect(/iconv(?! -f )|chardet/.test(chunks.join(''))).toBe(false);
  });
});
