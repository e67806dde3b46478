import { rmSync } from 'node:fs';

/** Files this run created and must not leave behind: temporary files and locks. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Die of the same signal, so the shell sees 130 / 143 as for any interrupted program.
  process.kill(process.pid, signal);
}

function removeAll(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

/**
 * Removes `path` if the process is interrupted (Ctrl-C, `kill`) or exits before
 * `forget(path)`: a temporary file or a lock never outlives the run that made it.
 */
export function removeOnExit(path: string): void {
  if (pending.size === 0) {
    for (const s of SIGNALS) process.on(s, onSignal);
    process.on('exit', removeAll);
  }
  pending.add(path);
}

/** The file is renamed into place or removed: nothing to clean up for it any more. */
export function forget(path: string): void {
  pending.delete(path);
  if (pending.size > 0) return;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener('exit', removeAll);
}
