import type { CliContext } from './context.js';

/** Wires the mail commands into the program. Commands are imported lazily in their actions. */
export function registerMailCommands(_ctx: CliContext): void {}
