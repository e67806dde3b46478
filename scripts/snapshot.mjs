// Builds the V8 start-up snapshot bin/dls starts from (docs/decisions.md, "Start-up: a V8
// snapshot"): dist/snapshot/dls.cjs (src/snapshot.ts as one CommonJS file) is run by
// `node --build-snapshot` with SNAPSHOT_FLAGS, with the node that bin/dls will find on PATH, into
// dist/snapshot/dls.blob; dls.blob.node records that binary's path and the flags (a line each),
// and carries the binary's modification time, which bin/dls compares before using the blob.
// Any failure leaves no blob, and bin/dls runs bin/dls.js.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../dist/snapshot/', import.meta.url));
const blob = `${dir}dls.blob`;

/**
 * The V8 flags the blob is built and run with (bin/dls reads them from dls.blob.node; node refuses
 * a blob run with other flags that V8 hashes into it).
 * - `--no-opt`: the optimizing compiler costs more than it saves on a small file; the snapshot's
 *   main turns it back on for a large input.
 * Not `--no-rehash-snapshot` (4 ms less start-up): the blob would keep the hash seed of node's own
 * snapshot, the same for everyone with that node release, and hostile keys could then be made to
 * collide (docs/decisions.md).
 */
export const SNAPSHOT_FLAGS = ['--no-opt'];

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
  const run = spawnSync(node, [...SNAPSHOT_FLAGS, '--snapshot-blob', `${blob}.tmp`, '--build-snapshot', `${dir}dls.cjs`], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (run.status !== 0) {
    rmSync(`${blob}.tmp`, { force: true });
    console.error(`dls: the start-up snapshot was not built (${node} exited ${run.status}); bin/dls runs without it.\n${run.stderr}`);
    return false;
  }
  renameSync(`${blob}.tmp`, blob);
  // The binary's own modification time, to the nanosecond (through symbolic links, as `test -nt` reads it).
  writeFileSync(`${blob}.node.tmp`, `${node}\n${SNAPSHOT_FLAGS.join(' ')}\n`);
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
