// Bundles src/cli.ts into dist/: one file for start-up, plus one chunk per lazily
// imported command, so `dls schedule check` never loads the prompts or writers.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { buildOptions } from './build-config.mjs';

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build(buildOptions);
