import type { CliContext } from './context.js';

/** Wires the markdown commands into the program. Commands are imported lazily in their actions. */
export function registerMarkdownCommands(_ctx: CliContext): void {}
