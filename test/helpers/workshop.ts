import { stringify } from 'yaml';
import { expect } from 'vitest';
import type { Workshop } from '../../src/model.js';
import { parseWorkshop } from '../../src/parse/index.js';

/** A small valid workshop as plain data; tests override what they are about. */
export function baseWorkshopData(): Record<string, unknown> {
  return {
    id: 'dls-test',
    title: 'Test Workshop',
    timezone: 'America/Denver',
    date: '2019-11-17',
    room: '502',
    people: {
      ada: { name: 'Ada Lovelace', affiliation: 'Analytical Engines', country: 'UK', email: 'ada@example.org' },
      alan: { name: 'Alan Turing', affiliation: 'NPL', country: 'UK' },
    },
    program: [
      { id: 'opening', start: '9:00', end: '9:30', title: 'Opening', kind: 'opening', speakers: ['ada'] },
      { id: 'talk', start: '9:30', end: '10:00', title: 'A Talk', speakers: ['alan'] },
    ],
  };
}

/** YAML text of the base workshop with top-level keys replaced. */
export function createWorkshopYaml(overrides: Record<string, unknown> = {}): string {
  return stringify({ ...baseWorkshopData(), ...overrides });
}

/** Parses YAML that must be valid and returns the model. */
export function createWorkshop(overrides: Record<string, unknown> = {}): Workshop {
  const r = parseWorkshop(createWorkshopYaml(overrides), 'workshop.yaml');
  if (!r.ok) expect.fail(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return r.workshop;
}
