// Shared helpers for the benchmarks: run commands interleaved, report medians and
// ratios measured in the same run. Nothing here asserts on time.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Wall time of one run of `node ...args`, in milliseconds; throws if it fails unexpectedly. */
export function timeNode(args, options) {
  return timeCommand(process.execPath, args, options);
}

/** Wall time of one run of `command ...args`, in milliseconds; throws if it fails unexpectedly. */
export function timeCommand(command, args, { okCodes = [0] } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!okCodes.includes(r.status)) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
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

/** One line of a report: `label  1.23x  (a ms vs b ms)  goal <= g` (`goal < g` when `below`). */
export function ratioLine(label, ms, baseMs, goal, below = false) {
  const ratio = ms / baseMs;
  const met = below ? ratio < goal : ratio <= goal;
  const verdict = goal === undefined ? '' : `  goal ${below ? '<' : '<='} ${goal}x: ${met ? 'met' : 'NOT met'}`;
  return `${label.padEnd(58)} ${ratio.toFixed(2)}x  (${ms.toFixed(1)} ms vs ${baseMs.toFixed(1)} ms)${verdict}`;
}

/**
 * CPU seconds (user + system) that finished child processes have used so far, from
 * /proc/self/stat (Linux; undefined elsewhere). Less sensitive than wall time to other
 * work on a shared machine.
 */
export function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, in 1/100 s
  } catch {
    return undefined;
  }
}
