import { describe, expect, it } from 'vitest';
import { runDls } from '../helpers/cli.js';
import { BASE_YAML } from '../helpers/workshop.js';

const overlapping = BASE_YAML.replace('    start: "9:30"', '    start: "9:20"');
const gappy = BASE_YAML.replace('    start: "9:30"', '    start: "9:45"');

describe('dls schedule check output formats', () => {
  it('prints compiler-style lines a terminal can link to', () => {
    const r = runDls(['schedule', 'check', '-f', '-'], { input: overlapping });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      '<stdin>:12:10 error "Opening" (9:00-9:30) runs 10 min into "A Talk" (9:20-10:00) in room 502; expected it to end by 9:20, or the next item to start at 9:30 or later (no-overlap-in-room)\n1 error, 0 warnings\n',
    );
  });

  it('prints JSON that parses to diagnostics with positions', () => {
    const r = runDls(['schedule', 'check', '-f', '-', '--format', 'json'], { input: overlapping });
    const diagnostics = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', ruleId: 'no-overlap-in-room', file: '<stdin>', line: 12, column: 10, path: ['program', 0, 'end'] }),
    ]);
  });

  it('prints GitHub workflow annotations', () => {
    const r = runDls(['schedule', 'check', '-f', '-', '--format', 'github'], { input: gappy });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '::warning file=<stdin>,line=18,col=12,title=no-unaccounted-gap::15 min gap between "Opening" (9:00-9:30) and "A Talk" (9:45-10:00); expected a break item, or check.max_gap_minutes of at least 15\n',
    );
  });

  it('fails on warnings only with --strict, and --max-gap silences short gaps', () => {
    expect(runDls(['schedule', 'check', '-f', '-'], { input: gappy }).code).toBe(0);
    expect(runDls(['schedule', 'check', '-f', '-', '--strict'], { input: gappy }).code).toBe(1);
    const quiet = runDls(['schedule', 'check', '-f', '-', '--strict', '--max-gap', '15'], { input: gappy });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('no problems found');
  });
});

describe('colour', () => {
  const red = '\u001b[31m';
  it('is off when piped, on with FORCE_COLOR, and off with NO_COLOR', () => {
    expect(runDls(['schedule', 'check', '-f', '-'], { input: overlapping }).stdout).not.toContain(red);
    expect(runDls(['schedule', 'check', '-f', '-'], { input: overlapping, env: { FORCE_COLOR: '1' } }).stdout).toContain(red);
    expect(runDls(['schedule', 'check', '-f', '-'], { input: overlapping, env: { NO_COLOR: '1' } }).stdout).not.toContain(red);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['schedule', 'check', '--bogus'], "unknown option '--bogus'"],
    [['schedule', 'chek'], 'Did you mean check?'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['schedule', 'check', '--format', 'xml'], 'Allowed choices are text, json, github'],
    [['schedule', 'check', '--max-gap', 'ten'], 'expected whole minutes'],
  ])('dls %j', (args, says) => {
    const r = runDls(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
  });

  it('a missing file names it and suggests dls init or -f', () => {
    const r = runDls(['schedule', 'check', '-f', 'nowhere/workshop.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dls: nowhere/workshop.yaml: no such file\nhint: run `dls init` to create a workshop.yaml, or pass -f PATH\n');
  });
});

describe('help and version', () => {
  it('shows examples in dls --help and dls schedule check --help', () => {
    expect(runDls(['--help']).stdout).toContain('Examples:\n  $ dls schedule check');
    const r = runDls(['schedule', 'check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format <format>');
    expect(r.stdout).toContain('Exit status: 0 clean, 1 problems found');
  });

  it('prints the package version', async () => {
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    expect(runDls(['--version']).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('determinism', () => {
  it('gives byte-identical JSON whatever the machine time zone and locale', () => {
    const outputs = ['UTC', 'Asia/Tokyo', 'America/Denver', 'Pacific/Kiritimati'].map(
      (TZ) => runDls(['schedule', 'check', '--format', 'json', '-f', '-'], { input: gappy, env: { TZ, LANG: 'de_DE.UTF-8', LC_ALL: 'tr_TR.UTF-8' } }).stdout,
    );
    expect(new Set(outputs).size).toBe(1);
    expect(JSON.parse(outputs[0]!)).toHaveLength(1);
  });
});

describe('every command and command group', () => {
  /** All command paths, read from `dls --help` and each group's help. */
  function commandPaths(prefix: string[] = []): string[][] {
    const help = runDls([...prefix, '--help']).stdout;
    const section = help.split('Commands:\n')[1]?.split('\n\n')[0] ?? '';
    const names = [...section.matchAll(/^ {2}(\w[\w-]*)/gm)].map((m) => m[1]!).filter((n) => n !== 'help');
    return names.flatMap((n) => [[...prefix, n], ...commandPaths([...prefix, n])]);
  }

  it('shows examples in --help', () => {
    const paths = commandPaths();
    expect(paths.length).toBeGreaterThan(12);
    for (const path of paths) expect(runDls([...path, '--help']).stdout, path.join(' ')).toContain('Examples:\n  $ dls ');
  });
});
