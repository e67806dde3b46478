import { spawnSync } from 'node:child_process';
import { describe } from 'vitest';

/**
 * Interop tests drive real clients from Debian. Where a tool is missing they skip
 * with a message naming the package to install; with DLS_INTEROP_REQUIRED=1 (set by
 * .ci/run) a missing tool fails the run instead.
 */
export const INTEROP_REQUIRED = process.env.DLS_INTEROP_REQUIRED === '1';

/** Debian's own python3, which has the python3-* modules (not the first python3 on PATH here). */
export const DEBIAN_PYTHON = '/usr/bin/python3';

/** True when `command args` runs and exits 0. */
export function works(command: string, args: string[] = ['--version']): boolean {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0;
}

/** True when Debian's python3 can import the module. */
export const hasPythonModule = (module: string): boolean => works(DEBIAN_PYTHON, ['-c', `import ${module}`]);

/**
 * `describe` that runs when `available`, and otherwise skips with a clear message,
 * or fails when interop is required.
 */
export function describeWithTool(name: string, debianPackage: string, available: boolean, body: () => void): void {
  if (available) {
    describe(name, body);
    return;
  }
  const message = `${name}: not installed; \`apt-get install ${debianPackage}\` to run these interop tests`;
  if (INTEROP_REQUIRED) {
    describe(name, () => {
      throw new Error(`${message} (DLS_INTEROP_REQUIRED=1)`);
    });
    return;
  }
  process.stderr.write(`[interop] skipped ${message}\n`);
  describe.skip(`${name} (skipped: ${debianPackage} not installed)`, body);
}
