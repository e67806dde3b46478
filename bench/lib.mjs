// Shared helpers for the benchmarks: run commands interleaved, report medians and
// ratios measured in the same run. Nothing here asserts on time.
import { spawnSync } from 'node:child_process';

/** Wall time of one run of `node ...args`, in milliseconds; throws if it fails unexpectedly. */
export function timeNode(args, { okCodes = [0] } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!okCodes.includes(r.status)) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Runs each named command `runs` times, interleaved so machine noise hits all alike; returns medians. */
export function medians(commands, runs = 15, warmup = 2) {
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const [name, run] of Object.entries(commands)) {
      const ms = run();
      if (i >= warmup) samples[name].push(ms);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.sort((a, b) => a - b)[Math.floor(v.length / 2)]]));
}

/** One line of a report: `label  1.23x  (a ms vs b ms)  goal <= g`. */
export function ratioLine(label, ms, baseMs, goal) {
  const ratio = ms / baseMs;
  const verdict = goal === undefined ? '' : ratio <= goal ? `  goal <= ${goal}x: met` : `  goal <= ${goal}x: NOT met`;
  return `${label.padEnd(58)} ${ratio.toFixed(2)}x  (${ms.toFixed(1)} ms vs ${baseMs.toFixed(1)} ms)${verdict}`;
}
