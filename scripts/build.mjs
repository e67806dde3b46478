// Bundles src/cli.ts into dist/: one file for start-up, plus one chunk per lazily
// imported command, so `dls schedule check` never loads the prompts or writers.
// As `prepare` it also runs in `npm install --omit=dev`, where esbuild (a devDependency)
// is absent: it then says so and leaves dist/ as it is, without failing the install.
import { readFile, rm, writeFile } from 'node:fs/promises';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error('dls: esbuild is not installed (npm install --omit=dev?), so dist/ was not rebuilt; run `npm install` then `npm run build` to build it.');
  process.exit(0);
}
const { buildOptions, snapshotBuildOptions } = await import('./build-config.mjs');
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await esbuild.build(buildOptions);
// The start-up snapshot is bound to one node binary, so it is built where dls runs: here for a
// clone (`npm install` runs this as prepare), and by the postinstall script for a packed install.
// The tarball carries dls.cjs, never a blob: package.json's `files` leaves the blob out, so
// `npm pack` in a clone rebuilds the clone's own blob with the rest of dist/ instead of deleting it.
await esbuild.build(snapshotBuildOptions);
// esbuild leaves characters above U+00FF in regular expressions (liquidjs has ẞ): one of them
// makes V8 hold the whole 740 kB source as a two-byte string, 0.7 MB more snapshot to load on
// every start (about 2 ms). An escape means the same in strings, regular expressions and identifiers.
const snapshotBundle = new URL('../dist/snapshot/dls.cjs', import.meta.url);
const source = await readFile(snapshotBundle, 'utf8');
await writeFile(snapshotBundle, source.replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
if (!process.argv.includes('--no-snapshot')) {
  const { buildSnapshot } = await import('./snapshot.mjs');
  buildSnapshot();
}
