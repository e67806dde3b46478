import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
const { snapshotBuildOptions } = await import('../scripts/build-config.mjs');
for (const v of ['A', 'B', 'C']) {
  await esbuild.build({ ...snapshotBuildOptions, entryPoints: { ['dls' + v]: `.tmpx/snap${v}.ts` }, outdir: '/tmp/snap/v' });
  const f = `/tmp/snap/v/dls${v}.cjs`;
  writeFileSync(f, readFileSync(f, 'utf8').replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
