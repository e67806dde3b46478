import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';

/** Shell words of one example line: double-quoted words kept whole, a trailing `# comment` dropped. */
const words = (line: string): string[] => [...line.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

/** Example lines (`$ dls ...`) of a command's --help that run without a terminal. */
function helpExamples(command: string[]): string[] {
  const help = runDls([...command, '--help']).stdout;
  return help.split('\n').filter((l) => l.startsWith('  $ dls ')).map((l) => l.slice(4)).filter((l) => words(l).some((w) => w.startsWith('-')) || command[0] === 'schedule');
}

/** Example lines of docs/editing.md code blocks that edit the file. */
const docExamples = readFileSync(join(ROOT, 'docs/editing.md'), 'utf8')
  .split('\n')
  .map((l) => l.replace(/^\$ /, ''))
  .filter((l) => /^dls (add (talk|break|person|date) --|schedule shift )/.test(l));

const examples = [
  ...helpExamples(['schedule', 'shift']),
  ...helpExamples(['add', 'talk']),
  ...helpExamples(['add', 'break']),
  ...helpExamples(['add', 'person']),
  ...helpExamples(['add', 'date']),
  ...docExamples,
];

describe('the documented examples work on the shipped workshop.yaml', () => {
  it('finds the examples', () => expect(examples.length).toBeGreaterThanOrEqual(12));

  it.each(examples)('%s', (example) => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-example-'));
    copyFileSync(join(ROOT, 'workshop.yaml'), join(dir, 'workshop.yaml'));
    const r = runDls(words(example).slice(1), { cwd: dir });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).not.toContain(' error ');
  });
});
