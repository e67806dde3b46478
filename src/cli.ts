import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { DIAGNOSTIC_FORMATS, formatDiagnosticsText } from './diagnostics.js';
import { DlsError, EXIT } from './errors.js';
import { escapeForDisplay } from './safe-text.js';
import type { CliContext } from './cli/context.js';
import { registerIcsCommands } from './cli/ics.js';
import { registerMailCommands } from './cli/mail.js';
import { registerMarkdownCommands } from './cli/markdown.js';
import { registerEditCommands } from './cli/edit.js';
import { nonUtf8Argument, rawArguments, wantedCommands } from './cli/argv.js';
import { DEFAULT_MAX_INPUT_MB, setMaxInputMegabytes } from './commands/read-input.js';
import { registerImportCommand } from './cli/import.js';
import { boundedInteger, cutLongArguments, refuseRepeatedOptions } from './cli/options.js';
import { registerChangeCommands } from './cli/changes.js';
import { registerTemplateCommands } from './cli/template.js';
import { PROCESS_ZONE_CLOCKS } from './process-zone-clock.js';
import { setWallClockSource } from './time.js';

/**
 * The command line: commander wiring only. Flags become typed options and go to
 * `src/commands/*`, imported lazily so each command loads only what it needs.
 * This is the one place that catches errors and decides the exit code.
 */

/** `--help` text listing example invocations. */
export const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** What a command tree tells its run: the exit code, and the arguments (usage errors cut long values from them). */
interface RunSlot {
  setExit(code: number): void;
  argv: readonly string[];
}
const slots = new WeakMap<Command, RunSlot>();

/**
 * Builds the `dls` program. Commands return exit codes through `setExit`; `argv` lets
 * usage errors cut long values, and leaves out the top-level commands the run does not
 * name. A tree runs once; {@link main} can take one built ahead (the start-up snapshot
 * does) and plug its own run in.
 */
export function buildProgram(setExit: (code: number) => void, argv: readonly string[] = []): Command {
  const slot: RunSlot = { setExit, argv };
  setExit = (code) => slot.setExit(code);
  const program = new Command('dls')
    // Before any subcommand is added: they inherit it.
    .configureOutput({ outputError: (message, write) => write(cutLongArguments(message, slot.argv)) })
    .description('Keep a workshop in one workshop.yaml: check it, and derive its README, calendars and mailing lists.')
    .version(pkg.version, '-V, --version', 'print the dls version')
    .option('-f, --file <path>', 'workshop file to read (`-` reads standard input)', 'workshop.yaml')
    .option('--max-input-size <MB>', `read at most this many megabytes from any input, 1 to 1024 (default ${DEFAULT_MAX_INPUT_MB})`, boundedInteger(1, 1024, 'megabytes'))
    .showSuggestionAfterError(true)
    .addHelpText('after', examples('dls schedule check', 'dls schedule check -f other/workshop.yaml --format github', 'dls <command> --help'));
  const fileOf = () => program.opts<{ file: string }>().file;
  const wants = wantedCommands(argv);
  program.hook('preAction', () => setMaxInputMegabytes(program.opts<{ maxInputSize?: number }>().maxInputSize ?? DEFAULT_MAX_INPUT_MB));

  // The top-level commands this run does not run are left unwired (a smaller tree to build,
  // 1.6 ms at start-up); the `schedule` and `export` groups themselves are always made.
  const schedule = program
    .command('schedule')
    .description('check, show and shift the program')
    .addHelpText('after', examples('dls schedule check', 'dls schedule show --tz Europe/Berlin', 'dls schedule shift gap-crossing +10'));
  if (wants('schedule')) registerCheck(schedule, fileOf, setExit);
  if (wants('schema')) registerSchema(program, setExit);

  const exportCmd = program
    .command('export')
    .description('write the workshop in another format')
    .addHelpText('after', examples('dls export ics -o program.ics', 'dls export markdown --section program'));
  const ctx: CliContext = { program, schedule, exportCmd, fileOf, setExit, wants };
  registerIcsCommands(ctx);
  registerMarkdownCommands(ctx);
  registerMailCommands(ctx);
  registerEditCommands(ctx);
  registerImportCommand(ctx);
  registerChangeCommands(ctx);
  registerTemplateCommands(ctx);

  exitOverrideAll(program);
  refuseRepeatedOptions(program);
  slots.set(program, slot);
  return program;
}

function registerCheck(schedule: Command, fileOf: () => string, setExit: (code: number) => void): void {
  schedule
    .command('check')
    .description('validate workshop.yaml and its schedule; exit 1 on errors')
    .addOption(new Option('--format <format>', 'output format').choices(DIAGNOSTIC_FORMATS).default('text'))
    .option('--strict', 'exit 1 on warnings too', false)
    .option('--max-gap <minutes>', 'warn about gaps longer than this, 0 to 1440 (overrides check.max_gap_minutes)', boundedInteger(0, 1440, 'minutes'))
    .addHelpText(
      'after',
      examples('dls schedule check', 'dls schedule check --strict --format github   # in GitHub Actions', 'dls schedule check --max-gap 10', 'cat workshop.yaml | dls schedule check -f -') +
        '\nExit status: 0 clean, 1 problems found (warnings too with --strict), 2 usage error.\n',
    )
    .action(async (opts: { format: (typeof DIAGNOSTIC_FORMATS)[number]; strict: boolean; maxGap?: number }) => {
      const { runCheck } = await import('./commands/check.js');
      setExit(await runCheck({ file: fileOf(), ...opts }));
    });
}

function registerSchema(program: Command, setExit: (code: number) => void): void {
  program
    .command('schema')
    .description('print the JSON Schema of workshop.yaml, for editors')
    .addHelpText('after', examples('dls schema > workshop.schema.json'))
    .action(async () => {
      const { runSchema } = await import('./commands/schema.js');
      setExit(await runSchema());
    });
}

function exitOverrideAll(cmd: Command): void {
  cmd.exitOverride();
  for (const sub of cmd.commands) exitOverrideAll(sub);
}

/** `tree` with this run plugged in, once; undefined for a tree not from {@link buildProgram}, or one already run. */
function plugIn(tree: Command, setExit: (code: number) => void, argv: readonly string[]): Command | undefined {
  const slot = slots.get(tree);
  if (!slot) return undefined;
  slots.delete(tree);
  Object.assign(slot, { setExit, argv });
  return tree;
}

/**
 * Runs dls with these arguments and returns the exit code; prints errors without stack
 * traces. `unused` is a whole tree from {@link buildProgram} that has never run.
 */
export async function main(argv: readonly string[], unused?: Command): Promise<number> {
  let code: number = EXIT.ok;
  const setExit = (c: number) => (code = c);
  const program = (unused && plugIn(unused, setExit, argv)) ?? buildProgram(setExit, argv);
  try {
    if (argv.length === 0) {
      // As `gh` does: no command shows the help, and that is not an error.
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    return reportError(e);
  }
}

const escapeLines = (text: string): string => text.split('\n').map(escapeForDisplay).join('\n');

function reportError(e: unknown): number {
  if (e instanceof CommanderError) {
    // commander has printed its message already (unknown option, missing argument ...).
    return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof DlsError) {
    if (e.diagnostics.length > 0) process.stderr.write(formatDiagnosticsText(e.diagnostics, ''));
    // Messages quote input (a path, a CSV cell): shown escaped, never sent to the terminal raw;
    // the line breaks dls puts between a message's lines (a list of candidates) stay line breaks.
    process.stderr.write(`dls: ${escapeLines(e.message)}\n${e.hint ? `hint: ${escapeLines(e.hint)}\n` : ''}`);
    return e.exitCode;
  }
  const err = e as Error;
  process.stderr.write(`dls: internal error: ${escapeForDisplay(err?.message ?? String(e))}\nThis is a bug in dls; please report it with the command you ran.\n`);
  if (process.env.DLS_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
  return 70;
}

/**
 * A failed write to standard output (a closed pipe, a full disk): a reader that
 * quits early, as `| head` does, is not an error; anything else is said in one line.
 */
function handleStdoutError(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') process.stderr.write(`dls: cannot write to standard output: ${error.code ?? error.message}\n`);
  process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.problems);
}

/**
 * Runs `init` on process.stdout or process.stderr when the program first asks for it:
 * node makes each stream on first use (0.6 ms for a file, up to 2 ms for a pipe), and a
 * run that never writes to one need not pay for it.
 */
function onFirstUse(name: 'stdout' | 'stderr', init: (stream: NodeJS.WriteStream) => void): void {
  const original = Object.getOwnPropertyDescriptor(process, name);
  if (!original?.get || !original.configurable) return void init(process[name]);
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: original.enumerable,
    get() {
      Object.defineProperty(process, name, original);
      const stream = process[name];
      init(stream);
      return stream;
    },
  });
}

/** Entry point of bin/dls.js; the start-up snapshot passes the tree it built ahead. */
export async function run(unused?: Command): Promise<void> {
  setWallClockSource(PROCESS_ZONE_CLOCKS);
  onFirstUse('stdout', (stdout) => stdout.on('error', handleStdoutError));
  // A closed stderr (`2>&1 | head`) cannot be told about anything: the exit status stays the command's own.
  onFirstUse('stderr', (stderr) => stderr.on('error', () => undefined));
  const argv = process.argv.slice(2);
  // Only an argument with U+FFFD in it can have been invalid UTF-8: read the raw bytes then.
  const notUtf8 = argv.some((a) => a.includes('\ufffd')) ? nonUtf8Argument(argv, rawArguments(argv.length)) : undefined;
  process.exitCode = notUtf8 ? reportError(notUtf8) : await main(argv, unused);
}
