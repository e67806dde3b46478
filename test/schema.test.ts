import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatJsonSchema } from '../src/commands/schema.js';
import { runDls } from './helpers/cli.js';

const committed = readFileSync(new URL('../workshop.schema.json', import.meta.url), 'utf8');
const shipped = readFileSync(new URL('../workshop.yaml', import.meta.url), 'utf8');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(committed));
}

describe('workshop.schema.json', () => {
  it('is what `dls schema` prints today (run `npm run schema` when this fails)', () => {
    expect(committed).toBe(formatJsonSchema());
    expect(runDls(['schema']).stdout).toBe(committed);
  });

  it('is referenced from the first line of workshop.yaml, for the yaml language server', () => {
    expect(shipped.split('\n')[0]).toBe('# yaml-language-server: $schema=./workshop.schema.json');
  });

  it('accepts the shipped workshop in an independent JSON Schema validator (ajv)', () => {
    const validate = validator();
    expect(validate(parse(shipped)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(['program', 'virtual', 'cancelled'])('accepts the %s fixture of test/fixtures/model (links, sessions, month and TBA dates ...) in ajv', (name) => {
    const validate = validator();
    const ok = validate(parse(readFileSync(new URL(`./fixtures/model/${name}.yaml`, import.meta.url), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects in the editor what the checker rejects: an unknown key and a bad kind', () => {
    const validate = validator();
    const data = parse(shipped) as { program: Record<string, unknown>[]; rooom?: string };
    data.rooom = 'x';
    data.program[0]!.kind = 'keynot';
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword).sort()).toEqual(expect.arrayContaining(['additionalProperties', 'enum']));
  });
});
