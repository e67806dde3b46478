import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/dls.js', import.meta.url));
const WRAPPER = fileURLToPath(new URL('../../bin/dls', import.meta.url));

/** What a run of the CLI did. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `dls` as a user would, with a clean colour environment unless `env`
 * says otherwise. A run that outlives `timeout` ms is killed and reports code -1.
 */
export function runDls(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string; timeout?: number } = {}): CliRun {
  const env: Record<string, string> = { ...process.env } as Record<string, string>;
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  // DLS_TEST_WRAPPER=1 runs the whole suite through bin/dls, the installed command (start-up snapshot).
  const [command, first] = process.env.DLS_TEST_WRAPPER ? [WRAPPER, []] : [process.execPath, [BIN]];
  const r = spawnSync(command, [...first, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeout,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
