/**
 * The entry of the V8 start-up snapshot (docs/decisions.md, "Start-up: a V8 snapshot").
 * `scripts/build.mjs` bundles this file as one CommonJS file and runs
 * `node --no-opt --snapshot-blob dist/snapshot/dls.blob --build-snapshot` on it; `bin/dls`
 * then starts node from that blob when it was built by the same node binary.
 *
 * At build time it loads the whole command line, initializes the modules of
 * `dls schedule check`, and checks a copy of the shipped workshop once, so that their
 * functions are compiled into the snapshot. Nothing that depends on the run (arguments,
 * environment, terminal, clock, zone) is read here: only inside the main function.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import type { Command } from 'commander';
import { buildProgram, main, run } from './cli.js';
import { setPackageStartDir } from './commands/builtin-templates.js';
import { onLargeInput } from './commands/read-input.js';
import { parseWorkshop } from './parse/index.js';
import { PROCESS_ZONE_CLOCKS } from './process-zone-clock.js';
import { INTL_CLOCKS, setWallClockSource } from './time.js';

/** The shipped workshop.yaml, put in by the build. */
declare const DLS_WARM_UP_WORKSHOP: string;

async function warmUp(): Promise<void> {
  await import('./commands/check.js');
  setWallClockSource(PROCESS_ZONE_CLOCKS);
  // Parsing runs the schema, the resolution of times and the rules too.
  for (let i = 0; i < 3; i++) parseWorkshop(DLS_WARM_UP_WORKSHOP, 'workshop.yaml');
  // The whole command once, on a copy of the shipped file, with process.stdout and stderr
  // stood in for (their getters are put back untouched, so no stream is made at build time).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dls-snapshot-'));
  const file = path.join(dir, 'workshop.yaml');
  fs.writeFileSync(file, DLS_WARM_UP_WORKSHOP);
  const sink = { write: () => true, isTTY: false, on: () => sink, once: () => sink };
  const saved = ['stdout', 'stderr'].map((name) => [name, Object.getOwnPropertyDescriptor(process, name)!] as const);
  for (const [name] of saved) Object.defineProperty(process, name, { value: sink, configurable: true });
  try {
    for (const format of ['text', 'json']) await main(['schedule', 'check', '-f', file, '--format', format]);
  } finally {
    for (const [name, descriptor] of saved) Object.defineProperty(process, name, descriptor);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // Back to the state of a fresh process: no memoized times, the default source.
  setWallClockSource(INTL_CLOCKS);
  // The whole command tree, built once here and never run: the run plugs in its exit code
  // and arguments (1.2 ms of start-up). Each process starts from its own copy of it.
  tree = buildProgram(() => undefined);
}

let tree: Command | undefined;
void warmUp();

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // bin/dls set GLIBC_TUNABLES for glibc at exec (huge pages for node's read of the blob); the
  // processes dls starts (git) get the environment the user had.
  if (process.env.DLS_GLIBC_TUNABLES === '1') {
    delete process.env.GLIBC_TUNABLES;
    delete process.env.DLS_GLIBC_TUNABLES;
  }
  // A large input is worth optimizing: turn V8's optimizing compiler back on before it is parsed.
  onLargeInput(() => v8.setFlagsFromString('--opt'));
  // bin/dls passes its own path (symbolic links resolved) as the script's.
  setPackageStartDir(path.dirname(path.resolve(process.argv[1] ?? '.')));
  void run(tree);
});
