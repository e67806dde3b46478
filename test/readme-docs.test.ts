import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { rules } from '../src/rules/index.js';
import { ROOT } from './helpers/cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../workshop.schema.json', import.meta.url), 'utf8')) as { properties: Record<string, unknown> };

describe('the README documents', () => {
  it('every rule, by id, in the rules table', () => {
    for (const rule of rules) expect(readme).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
  });

  it('every top-level key of workshop.yaml', () => {
    for (const key of Object.keys(schema.properties)) expect(readme).toContain(`| \`${key}\` |`);
  });

  it('every key, nested ones too, as the schema describes it today (regenerate with scripts/schema-keys.mjs)', () => {
    const table = execFileSync(process.execPath, ['scripts/schema-keys.mjs'], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(readme).toContain(table);
  });

  it('the two setup commands and the test command', () => {
    expect(readme).toContain('npm install\nnpx dls schedule check\n');
    expect(readme).toContain('npm test\n');
  });
});
