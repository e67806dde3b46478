import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/formats/index.js';
import { ROOT } from './helpers/cli.js';

describe('the format registry', () => {
  it.each(Object.entries(FORMATS))('%s lives in its own folder and its writer module loads', async (_name, entry) => {
    expect(existsSync(join(ROOT, 'src/formats', entry.folder))).toBe(true);
    expect(Object.keys((await entry.load()) as object).length).toBeGreaterThan(0);
  });
});
