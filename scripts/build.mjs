// Bundles src/cli.ts into dist/: one file for start-up, plus one chunk per lazily
// imported command, so `dls schedule check` never loads the prompts or writers.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  // yaml's Node build is CommonJS and calls require(); give the ESM bundle one.
  banner: { js: "import{createRequire as __dlsCreateRequire}from'node:module';const require=__dlsCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
