import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Workshop } from '../../src/model.js';
import { parseWorkshop } from '../../src/parse/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The real SC19 page the shipped workshop.yaml encodes (shared/ sits beside the clone). */
export const SEED_PAGE = readFileSync(`${ROOT}../shared/reference/dls-sc19-page.md`, 'utf8');

/** The shipped workshop.yaml, parsed. */
export function shippedWorkshop(): Workshop {
  const r = parseWorkshop(readFileSync(`${ROOT}workshop.yaml`, 'utf8'), 'workshop.yaml');
  if (!r.ok) expect.fail(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return r.workshop;
}
