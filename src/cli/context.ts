import type { Command } from 'commander';

/** What each area's command wiring gets from src/cli.ts. */
export interface CliContext {
  /** The root `dls` command (global `-f, --file`). */
  program: Command;
  /** `dls schedule`: add subcommands such as `show`, `shift`. */
  schedule: Command;
  /** `dls export`: add subcommands such as `ics`, `markdown`. */
  exportCmd: Command;
  /** The workshop file the user named with the global `-f` (default `workshop.yaml`). */
  fileOf(): string;
  /** Sets the exit code of this run; commands return codes and never end the process themselves. */
  setExit(code: number): void;
  /**
   * Whether this run needs the top-level command `name` wired: the one it runs, or every
   * one when it runs none or an unknown one (help and suggestions list them all).
   */
  wants(name: string): boolean;
}
