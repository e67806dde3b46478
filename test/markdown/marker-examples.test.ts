import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMarkers } from '../../src/formats/markdown/markers.js';
import { ROOT, runDls } from '../helpers/cli.js';

// Issue 10, "Marker examples replaced": a page that documents the markers shows them
// as examples. Only a real marker (a top-level HTML comment) delimits a region.
const REAL = '<!-- dls:dates:start -->\n- stale\n<!-- dls:dates:end -->\n';
const EXAMPLES: [string, string][] = [
  ['an indented code block', 'Put this in your page:\n\n    <!-- dls:program:start -->\n    old example\n    <!-- dls:program:end -->\n'],
  ['a <pre> block', '<pre>\n<!-- dls:program:start -->\nold example\n<!-- dls:program:end -->\n</pre>\n'],
  // A comment ends at its first `-->`, so a marker inside one is always its last part.
  ['an HTML comment', '<!-- note for editors: the generated part starts at\n<!-- dls:program:start -->\n'],
  ['a one-line HTML comment', '<!-- example: <!-- dls:program:end -->\n'],
  ['a fenced block inside a list item', '1. Add the markers:\n\n   ```markdown\n   <!-- dls:program:start -->\n   old example\n   <!-- dls:program:end -->\n   ```\n'],
  ['a fenced block inside a tab-indented list item', '- Add:\n\n\t```\n\t<!-- dls:program:start -->\n\t```\n'],
  ['a code span', 'Write `<!-- dls:program:start -->` on a line of its own.\n'],
];

describe('dls readme leaves marker examples untouched', () => {
  it.each(EXAMPLES)('inside %s', (_where, example) => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-examples-'));
    const page = `# How to use dls\n\n${example}\n## Dates\n\n${REAL}`;
    writeFileSync(join(dir, 'README.md'), page);
    const r = runDls(['-f', join(ROOT, 'workshop.yaml'), 'readme'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('updated README.md (dates)');
    const after = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(after.startsWith(`# How to use dls\n\n${example}\n## Dates\n\n<!-- dls:dates:start -->\n`)).toBe(true);
    expect(after).toContain('Workshop date: Nov 17th, 2019');
  });
});

describe('the marker scan', () => {
  it.each(EXAMPLES)('finds no marker inside %s', (_where, example) => {
    expect(findMarkers(example)).toEqual([]);
  });

  it.each([
    ['in a paragraph', 'see <!-- dls:program:start -->\n', 1, 'must be on a line of its own at the top level'],
    ['with text after it', '<!-- dls:program:start --> and more\n', 1, 'must be on a line of its own'],
    ['as an HTML block inside a list item', '- item\n\n  <!-- dls:program:start -->\n', 3, 'not inside a paragraph, list or quote'],
    ['in a quote', '> <!-- dls:program:start -->\n', 1, 'not inside a paragraph, list or quote'],
    ['inside a <div> block', '<div>\n<!-- dls:program:start -->\n</div>\n', 2, 'inside the HTML block that starts on line 1; put a blank line before it'],
  ])('reports a real-looking marker %s as misplaced, with its line', (_where, text, line, why) => {
    const [m] = findMarkers(text);
    expect(m).toMatchObject({ name: 'program', kind: 'start', line });
    expect(m!.misplaced).toContain(why);
  });

  it('finds no marker in Jekyll front matter', () => {
    expect(findMarkers('---\ndescription: >\n<!-- dls:program:start -->\n---\n# Page\n')).toEqual([]);
    // GFM links a bare e-mail address with a node that has no position.
    expect(findMarkers('---\na: b\n---\nWrite to x@example.org.\n<!-- dls:dates:start -->\n')).toMatchObject([{ name: 'dates', line: 5 }]);
  });

  it('finds markers indented up to three spaces, and right under a paragraph line', () => {
    expect(findMarkers('Intro text\n   <!-- dls:dates:start -->\n<!-- dls:dates:end -->\n').map((m) => [m.kind, m.line, m.misplaced])).toEqual([
      ['start', 2, undefined],
      ['end', 3, undefined],
    ]);
  });
});
