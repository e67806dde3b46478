import { describe, expect, it } from 'vitest';
import { formatRegionDiff } from '../../src/formats/markdown/region-diff.js';
import { findRegions } from '../../src/formats/markdown/readme-regions.js';

const readme = (body: string) => `# Page\n<!-- dls:topics:start -->\n${body}<!-- dls:topics:end -->\n`;
const diffOf = (before: string, after: string) => {
  const text = readme(before);
  const scan = findRegions(text, ['topics']);
  if (!scan.ok) throw new Error('markers');
  return formatRegionDiff('README.md', text, scan.regions, () => after);
};

describe('the --check diff', () => {
  it('names the stale region by lines and shows only the changed lines', () => {
    expect(diffOf('- a\n- b\n- c\n', '- a\n- B\n- c\n')).toBe('README.md:2-6 dls:topics is stale:\n  -- b\n  +- B\n');
  });

  it('stays short for a long change', () => {
    const many = (p: string) => Array.from({ length: 40 }, (_, i) => `- ${p}${i}\n`).join('');
    const out = diffOf(many('old'), many('new'));
    expect(out.split('\n')).toHaveLength(1 + 12 + 1 + 1);
    expect(out).toContain('... 68 more changed lines');
  });

  it('shows an inserted row as one added line, not as every row below it changed', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `| ${i} |\n`);
    const out = diffOf(rows.join(''), ['| new |\n', ...rows].join(''));
    expect(out).toBe('README.md:2-203 dls:topics is stale:\n  +| new |\n');
  });

  it('pairs rows in place when a large region changed almost everywhere, and still counts them', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `| ${i} |`);
    const out = diffOf(rows.map((r) => `${r}\n`).join(''), rows.map((r, i) => `${i % 3 === 0 ? `${r} changed` : r}\n`).join(''));
    expect(out.split('\n').slice(1, 3)).toEqual(['  -| 0 |', '  +| 0 | changed']);
    expect(out).toContain(`... ${2 * 3334 - 12} more changed lines`);
  });

  it('says nothing about a current region', () => {
    expect(diffOf('- a\n', '- a\n')).toBe('');
  });

  it('explains a region that differs only in line endings', () => {
    expect(diffOf('- a\r\n', '- a\n')).toContain('line endings differ');
  });
});
