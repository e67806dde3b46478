// Builds the V8 start-up snapshot bin/dls starts from (docs/decisions.md, "Start-up: a V8
// snapshot"): dist/snapshot/dls.cjs (src/snapshot.ts as one CommonJS file) is run by
// `node --no-opt --build-snapshot`, with the node that bin/dls will find on PATH, into
// dist/snapshot/dls.blob; dls.blob.node records that binary's size and path, which bin/dls
// compares before using the blob. Any failure leaves no blob, and bin/dls runs bin/dls.js.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../dist/snapshot/', import.meta.url));
const blob = `${dir}dls.blob`;

/** What bin/dls computes: the node on PATH, with its size (through symbolic links); '' without a shell or a node. */
function nodeOnPath() {
  try {
    return execFileSync('sh', ['-c', 'node=$(command -v node) && set -- $(ls -lLn "$node") && echo "$5 $node"'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function buildSnapshot() {
  rmSync(blob, { force: true });
  rmSync(`${blob}.node`, { force: true });
  const identity = nodeOnPath();
  if (identity === '') {
    console.error('dls: no `sh` or no `node` on PATH, so the start-up snapshot was not built; bin/dls runs without it.');
    return false;
  }
  const node = identity.slice(identity.indexOf(' ') + 1);
  const run = spawnSync(node, ['--no-opt', '--snapshot-blob', `${blob}.tmp`, '--build-snapshot', `${dir}dls.cjs`], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (run.status !== 0) {
    rmSync(`${blob}.tmp`, { force: true });
    console.error(`dls: the start-up snapshot was not built (${node} exited ${run.status}); bin/dls runs without it.\n${run.stderr}`);
    return false;
  }
  renameSync(`${blob}.tmp`, blob);
  writeFileSync(`${blob}.node`, `${identity}\n`);
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
