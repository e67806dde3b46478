import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';

describe('a 100,000-character key or rule id is named, not echoed whole', () => {
  it('cuts the unknown key and the unknown rule to 80 characters with …', () => {
    const yaml = `id: x\ntitle: T\ntimezone: UTC\ndate: 2020-01-01\nprogram: [{ start: "9:00", end: "9:30", title: A, kind: other }]\n? ${'k'.repeat(100_000)}\n: 1\ncheck: { disable: [${'r'.repeat(100_000)}] }\n`;
    const r = runDls(['-f', '-', 'schedule', 'check'], { input: yaml });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`unknown key \`${'k'.repeat(79)}…\``);
    expect(r.stdout).toContain(`\`${'r'.repeat(79)}…\` is not a rule`);
    expect(r.stdout.length + r.stderr.length).toBeLessThan(3000);
  });
});
