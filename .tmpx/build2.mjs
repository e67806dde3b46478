import * as esbuild from 'esbuild';
const { snapshotBuildOptions } = await import('../scripts/build-config.mjs');
await esbuild.build({ ...snapshotBuildOptions, outdir: '/tmp/snap/u', minify: false });
