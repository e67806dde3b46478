import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Workshop } from '../../src/model.js';
import { parseWorkshop } from '../../src/parse/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the real SC19 page lives: shared/ beside the clone (CI, the team), else a verbatim copy in the repo. */
export const SHARED_SEED_PATH = `${ROOT}../shared/reference/dls-sc19-page.md`;
export const FIXTURE_SEED_PATH = `${ROOT}test/fixtures/dls-sc19-page.md`;

/** The real SC19 page the shipped workshop.yaml encodes. */
export const SEED_PAGE = readFileSync(existsSync(SHARED_SEED_PATH) ? SHARED_SEED_PATH : FIXTURE_SEED_PATH, 'utf8');

/** The shipped workshop.yaml, parsed. */
export function shippedWorkshop(): Workshop {
  const r = parseWorkshop(readFileSync(`${ROOT}workshop.yaml`, 'utf8'), 'workshop.yaml');
  if (!r.ok) expect.fail(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return r.workshop;
}
