// Builds the V8 start-up snapshot bin/dls starts from (docs/decisions.md, "Start-up: a V8
// snapshot"): dist/snapshot/dls.cjs (src/snapshot.ts as one CommonJS file) is run by
// `node --no-opt --build-snapshot`, with the node that bin/dls will find on PATH, into
// dist/snapshot/dls.blob; dls.blob.node records that binary's path, and carries its
// modification time, which bin/dls compares before using the blob. Any failure leaves no blob, and bin/dls runs bin/dls.js.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../dist/snapshot/', import.meta.url));
const blob = `${dir}dls.blob`;

/** The node on PATH, as bin/dls finds it; '' without a shell or a node. */
function nodeOnPath() {
  try {
    return execFileSync('sh', ['-c', 'command -v node'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function buildSnapshot() {
  rmSync(blob, { force: true });
  rmSync(`${blob}.node`, { force: true });
  const node = nodeOnPath();
  if (!node.includes('/')) {
    console.error('dls: no `sh` or no `node` on PATH, so the start-up snapshot was not built; bin/dls runs without it.');
    return false;
  }
  const run = spawnSync(node, ['--no-opt', '--snapshot-blob', `${blob}.tmp`, '--build-snapshot', `${dir}dls.cjs`], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (run.status !== 0) {
    rmSync(`${blob}.tmp`, { force: true });
    console.error(`dls: the start-up snapshot was not built (${node} exited ${run.status}); bin/dls runs without it.\n${run.stderr}`);
    return false;
  }
  renameSync(`${blob}.tmp`, blob);
  // The binary's own modification time, to the nanosecond (through symbolic links, as `test -nt` reads it).
  writeFileSync(`${blob}.node.tmp`, `${node}\n`);
  const touch = spawnSync('touch', ['-r', node, `${blob}.node.tmp`], { encoding: 'utf8' });
  if (touch.status !== 0) {
    rmSync(`${blob}.node.tmp`, { force: true });
    console.error(`dls: \`touch -r\` failed (${touch.error?.message ?? touch.stderr.trim()}), so the start-up snapshot is not used; bin/dls runs bin/dls.js.`);
    return false;
  }
  renameSync(`${blob}.node.tmp`, `${blob}.node`);
  return true;
}

// As `postinstall` of a packed install, with the bundle shipped in dist/snapshot. In a clone,
// postinstall runs before prepare has built anything: nothing to do yet. It never fails an install.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (existsSync(`${dir}dls.cjs`)) {
    try {
      buildSnapshot();
    } catch (e) {
      console.error(`dls: the start-up snapshot was not built (${e.message}); bin/dls runs without it.`);
    }
  }
}
