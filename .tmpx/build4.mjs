import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
const { snapshotBuildOptions } = await import('../scripts/build-config.mjs');
await esbuild.build({ ...snapshotBuildOptions, entryPoints: { dlsD: `.tmpx/snapD.ts` }, outdir: '/tmp/snap/v' });
const f = `/tmp/snap/v/dlsD.cjs`;
writeFileSync(f, readFileSync(f, 'utf8').replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
