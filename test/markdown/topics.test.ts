import { describe, expect, it } from 'vitest';
import type { List } from 'mdast';
import { writeTopics } from '../../src/formats/markdown/lists.js';
import { parseWorkshop } from '../../src/parse/index.js';
import { outline, parseGfm } from './gfm.js';

const workshop = (topics: string) => `id: t\ntitle: T\ntimezone: UTC\ndate: 2026-01-05\nprogram: []\ntopics:\n${topics}`;

describe('nested topics', () => {
  it('are text, or { text, items } with sub-topics, shown as a nested list', () => {
    const r = parseWorkshop(workshop('  - Applications\n  - text: Systems\n    items:\n      - I/O\n      - text: Networks\n        items: [RDMA, "Slingshot *2*"]\n'));
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const md = writeTopics(r.workshop);
    expect(md).toBe('- Applications\n- Systems\n  - I/O\n  - Networks\n    - RDMA\n    - Slingshot \\*2\\*\n');
    const [list] = parseGfm(md).children as List[];
    expect(outline(list!)).toEqual([
      ['Applications', []],
      ['Systems', [['I/O', []], ['Networks', [['RDMA', []], ['Slingshot *2*', []]]]]],
    ]);
  });

  it.each([
    ['a mapping without text', '  - items: [a]\n', 'text'],
    ['a fourth level', '  - text: a\n    items:\n      - text: b\n        items:\n          - text: c\n            items: [d]\n', 'is a mapping; expected text (topics nest at most three levels deep)'],
    ['a number', '  - 42\n', 'a mapping with `text` and `items`'],
  ])('refuse %s with its position', (_what, topics, expected) => {
    const r = parseWorkshop(workshop(topics));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => `${d.line} ${d.message}`).join('\n')).toContain(expected);
  });
});
