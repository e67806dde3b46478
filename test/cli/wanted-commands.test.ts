import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { TOP_LEVEL_COMMANDS, wantedCommands } from '../../src/cli/argv.js';

// Issue 13, start-up: a run wires only the top-level command it names. Each command it
// can name must read exactly as in the whole tree: its help, its subcommands, its options.

const paths = (cmd: Command, prefix: string[] = []): string[][] =>
  cmd.commands.flatMap((c) => [[...prefix, c.name()], ...paths(c, [...prefix, c.name()])]);
const find = (root: Command, path: readonly string[]): Command | undefined =>
  path.reduce<Command | undefined>((cmd, name) => cmd?.commands.find((c) => c.name() === name), root);

describe('the command tree of one run', () => {
  const full = buildProgram(() => undefined);

  it('lists every top-level command dls has', () => {
    expect(full.commands.map((c) => c.name()).sort()).toEqual([...TOP_LEVEL_COMMANDS].sort());
  });

  it.each(paths(full).map((p) => [p.join(' '), p]))('dls %s: the same help and options as in the whole tree', (_name, path) => {
    for (const argv of [path, ['-f', 'x.yaml', ...path, '--help'], ['--max-input-size=64', ...path]]) {
      const lean = buildProgram(() => undefined, argv);
      const [a, b] = [find(lean, path), find(full, path)];
      expect(a?.helpInformation()).toBe(b!.helpInformation());
      expect(a!.options.map((o) => o.flags)).toEqual(b!.options.map((o) => o.flags));
    }
  });

  it('wires everything when no known command comes first', () => {
    for (const argv of [[], ['--help'], ['-V'], ['help', 'schedule'], ['schedul', 'check'], ['--bogus', 'schedule'], ['--', 'schedule'], ['-f']]) {
      const wants = wantedCommands(argv);
      expect(TOP_LEVEL_COMMANDS.every((name) => wants(name)), argv.join(' ')).toBe(true);
    }
  });

  it('finds the command after the global options and their values', () => {
    const only = (argv: string[]) => TOP_LEVEL_COMMANDS.filter((name) => wantedCommands(argv)(name));
    expect(only(['schedule', 'check'])).toEqual(['schedule']);
    expect(only(['-f', 'schedule', 'readme'])).toEqual(['readme']);
    expect(only(['--file', 'w.yaml', '--max-input-size', '64', 'mail', 'export'])).toEqual(['mail']);
    expect(only(['-fw.yaml', '--file=x', 'export', 'ics'])).toEqual(['export']);
  });
});
