// The esbuild configuration of dist/: shared by scripts/build.mjs and the start-up test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Start-up trims, each measured (docs/decisions.md, "Bundling" and "Performance"). */
const startupPlugin = {
  name: 'dls-startup',
  setup(b) {
    // yaml's Node build is CommonJS and requires `process` and `buffer`; its browser build
    // is the same code as plain ESM with no Node imports.
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: require.resolve('yaml').replace(/dist[/\\]index\.js$/, 'browser/index.js') }));
    // commander loads child_process (3-8 ms) at start-up for executable subcommands, which
    // dls does not use: hand it a proxy that loads the module on first use only.
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /commander/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'dls-lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'dls-lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/** One entry file for start-up, one chunk per lazily imported command. */
export const buildOptions = {
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
  plugins: [startupPlugin],
  // commander is CommonJS and calls require(); give the ESM bundle one.
  banner: { js: "import{createRequire as __dlsCreateRequire}from'node:module';const require=__dlsCreateRequire(import.meta.url);" },
  logLevel: 'warning',
};

/** src/snapshot.ts as one CommonJS file, the entry of the start-up snapshot (scripts/snapshot.mjs). */
export const snapshotBuildOptions = {
  ...buildOptions,
  entryPoints: { dls: 'src/snapshot.ts' },
  outdir: 'dist/snapshot',
  outExtension: { '.js': '.cjs' },
  splitting: false,
  format: 'cjs',
  banner: undefined,
  chunkNames: undefined,
  // import.meta.url is undefined there, on purpose: src/snapshot.ts tells the code where the package is.
  logOverride: { 'empty-import-meta': 'silent' },
  // The shipped workshop, checked once while the snapshot is built so its code is compiled in it.
  define: { DLS_WARM_UP_WORKSHOP: JSON.stringify(readFileSync(new URL('../workshop.yaml', import.meta.url), 'utf8')) },
};
