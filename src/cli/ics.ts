import type { CliContext } from './context.js';

/** Wires the ics commands into the program. Commands are imported lazily in their actions. */
export function registerIcsCommands(_ctx: CliContext): void {}
