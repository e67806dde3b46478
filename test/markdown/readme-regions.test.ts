import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRegions, staleRegions, updateRegions } from '../../src/formats/markdown/readme-regions.js';
import { SECTION_NAMES } from '../../src/formats/markdown/registry.js';

const render = (name: string) => `generated ${name}\nsecond line\n`;
const update = (text: string) => {
  const r = updateRegions(text, SECTION_NAMES, render);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.text;
};

describe('regenerating README regions', () => {
  it('changes only the bytes between the marker lines', () => {
    const before = 'Intro  \r\n<!-- dls:program:start -->\r\nold table\r\n<!-- dls:program:end -->\r\ntrailing spaces   \r\nno final newline';
    expect(update(before)).toBe(
      'Intro  \r\n<!-- dls:program:start -->\r\ngenerated program\r\nsecond line\r\n<!-- dls:program:end -->\r\ntrailing spaces   \r\nno final newline',
    );
  });

  it('keeps a byte-order mark, tabs and mixed line endings outside the regions', () => {
    const before = '\ufeff# Title\t\n\r\n<!-- dls:dates:start -->\n<!-- dls:dates:end -->\r\n\n';
    expect(update(before)).toBe('\ufeff# Title\t\n\r\n<!-- dls:dates:start -->\ngenerated dates\nsecond line\n<!-- dls:dates:end -->\r\n\n');
  });

  it('is idempotent: a second run changes nothing', () => {
    const once = update('<!-- dls:committee:start -->\nx\n<!-- dls:committee:end -->\n<!-- dls:topics:start -->\n<!-- dls:topics:end -->');
    expect(update(once)).toBe(once);
  });

  it('ignores markers shown as examples in fenced code', () => {
    const text = 'Use:\n```markdown\n<!-- dls:program:start -->\n```\n~~~\n<!-- dls:nonsense:end -->\n~~~\n';
    expect(findRegions(text, SECTION_NAMES)).toEqual({ ok: true, regions: [] });
  });

  it('keeps everything outside the markers, whatever it is', () => {
    const outside = fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r\n', '\r', '|', '<!--', '-->', 'é') });
    fc.assert(
      fc.property(outside, outside, (head, tail) => {
        // An unclosed `<!--` above the markers would hide them inside a comment (see below).
        const safeHead = head.replace(/dls:/g, '').replace(/<!--/g, '<!-- -->');
        const text = `${safeHead}\n<!-- dls:signup:start -->\nold\n<!-- dls:signup:end -->\n${tail}`;
        expect(update(text)).toBe(`${safeHead}\n<!-- dls:signup:start -->\ngenerated signup\nsecond line\n<!-- dls:signup:end -->\n${tail}`);
      }),
    );
  });
});

describe('stale regions', () => {
  it('are the regions whose text differs from the generated one, line endings included', () => {
    const text = '<!-- dls:dates:start -->\r\nnew\r\n<!-- dls:dates:end -->\n<!-- dls:topics:start -->\nold\n<!-- dls:topics:end -->\n<!-- dls:committee:start -->\nnew\n<!-- dls:committee:end -->\n';
    const scan = findRegions(text, SECTION_NAMES);
    if (!scan.ok) throw new Error('markers');
    expect(staleRegions(text, scan.regions, () => 'new\n').map((r) => r.name)).toEqual(['topics']);
    const lf = text.replace('\r\nnew\r\n', '\r\nnew\n');
    const lfScan = findRegions(lf, SECTION_NAMES);
    if (!lfScan.ok) throw new Error('markers');
    expect(staleRegions(lf, lfScan.regions, () => 'new\n').map((r) => r.name)).toEqual(['dates', 'topics']);
  });
});

describe('broken markers are reported with line numbers', () => {
  it.each([
    ['unbalanced start', 'a\n<!-- dls:program:start -->\nb\n', [['marker-unbalanced', 2]]],
    ['unbalanced end', 'a\nb\n<!-- dls:dates:end -->\n', [['marker-unbalanced', 3]]],
    [
      'nested',
      '<!-- dls:program:start -->\n<!-- dls:dates:start -->\n<!-- dls:dates:end -->\n<!-- dls:program:end -->\n',
      [['marker-nested', 2], ['marker-unbalanced', 3]],
    ],
    [
      'duplicated',
      '<!-- dls:topics:start -->\n<!-- dls:topics:end -->\n\n<!-- dls:topics:start -->\n<!-- dls:topics:end -->\n',
      [['marker-duplicated', 4]],
    ],
    ['unknown', '<!-- dls:progam:start -->\n<!-- dls:progam:end -->\n', [['marker-unknown', 1], ['marker-unknown', 2]]],
    ['not on its own line', 'see <!-- dls:program:start -->\n<!-- dls:program:end -->\n', [['marker-inline', 1]]],
  ])('%s', (_what, text, expected) => {
    const r = findRegions(text, SECTION_NAMES);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.ruleId, p.line])).toEqual(expected);
  });

  it('suggests the closest section name', () => {
    const r = findRegions('<!-- dls:progam:start -->\n<!-- dls:progam:end -->\n', SECTION_NAMES);
    expect(!r.ok && r.problems[0]!.message).toContain('did you mean "program"?');
  });
});

describe('markers quoted in prose', () => {
  it('are examples, not markers, inside a `code span` (a README that documents dls itself)', () => {
    const text = 'A section sits between `<!-- dls:program:start -->` and `<!-- dls:program:end -->`.\n';
    const r = findRegions(text, SECTION_NAMES);
    expect(r.ok && r.regions).toEqual([]);
  });

  it('are still refused when they share a line with text outside code', () => {
    const r = findRegions('see <!-- dls:program:start -->\n<!-- dls:program:end -->\n', SECTION_NAMES);
    expect(r.ok || r.problems.map((p) => p.ruleId)).toContain('marker-inline');
  });
});
