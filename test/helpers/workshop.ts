import { stringify } from 'yaml';
import { expect } from 'vitest';
import type { Workshop } from '../../src/model.js';
import { parseWorkshop } from '../../src/parse/index.js';

/**
 * A small valid workshop as literal YAML, so tests can point at its lines:
 * line 3 is `timezone`, line 4 `date`, line 5 `room`, line 18 the second item's `start`.
 */
export const BASE_YAML = `id: dls-test
title: Test Workshop
timezone: America/Denver
date: 2019-11-17
room: "502"
people:
  ada: { name: Ada Lovelace, affiliation: Analytical Engines, country: UK, email: ada@example.org }
  alan: { name: Alan Turing, affiliation: NPL, country: UK }
program:
  - id: opening
    start: "9:00"
    end: "9:30"
    title: Opening
    kind: opening
    speakers: [ada]
  - id: talk
    title: A Talk
    start: "9:30"
    end: "10:00"
    speakers: [alan]
`;

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
