import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
const { snapshotBuildOptions } = await import('../scripts/build-config.mjs');
await esbuild.build({ ...snapshotBuildOptions, entryPoints: { e: '.tmpx/entry.ts' }, outdir: '/tmp/snap/e', minify: false, define: { TEXT: JSON.stringify(readFileSync('workshop.yaml', 'utf8')) } });
