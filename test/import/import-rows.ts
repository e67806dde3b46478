import { parse } from 'yaml';
import { expect } from 'vitest';
import { importPage } from '../../src/formats/import/index.js';

/** A one-day page whose program table has the given rows (`| Time | Title | Speaker |`). */
export const pageWithRows = (...rows: string[]) =>
  `# Workshop on AI for Science 2026\n\n## Important Dates\n\n- Submission deadline: May 15, 2026\n- Workshop: June 26, 2026\n\n## Program (June 26th, 2026)\n\n| Time | Title | Speaker |\n| --- | --- | --- |\n${rows.join('\n')}\n`;

/** Imports a page and returns what a user reads: workshop.yaml as a YAML parser sees it, the notes, the fidelity. */
export function importRows(...rows: string[]) {
  const r = importPage(pageWithRows(...rows), { source: 'README.md', timezone: 'Europe/Berlin' });
  if (!r.ok) expect.fail(JSON.stringify(r));
  const file = parse(r.yaml) as { program: Record<string, unknown>[]; people?: Record<string, Record<string, unknown>>; sessions?: Record<string, unknown>[] };
  return { ...r, file, notes: r.notes.map((n) => `line ${n.line}: ${n.message}`) };
}
