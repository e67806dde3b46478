import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { workspace } from './race.js';

/**
 * Input size, attacked: inputs that never end (devices, FIFOs, pipes) and inputs past
 * the limit, in every place dls reads. Each must stop with a clear error (exit 1)
 * within a generous time budget and with bounded memory (/usr/bin/time's peak RSS).
 */
const BUDGET_S = 15;
const PEAK_MB = 400;

// /usr/bin/time (Debian `time`, listed in .ci/apt-packages.d/io.txt) measures the peak memory; without it, that check is skipped.
const HAS_TIME = existsSync('/usr/bin/time');
if (!HAS_TIME) console.warn('resources: /usr/bin/time is missing (`apt-get install time`); peak memory is not checked');

/** Runs a shell line in a fresh workspace; `dls` is the built CLI. Returns the status, stderr and peak memory. */
function shell(line: string, setup?: (dir: string) => void) {
  const dir = workspace('dls-res-');
  setup?.(dir);
  const dls = `${HAS_TIME ? "/usr/bin/time -f 'peak %M' -o rss " : ''}node ${join(ROOT, 'bin/dls.js')}`;
  const started = Date.now();
  const r = spawnSync('bash', ['-c', `${line.replaceAll('DLS', dls)}; echo "status \${PIPESTATUS[-1]}"; cat rss 2>/dev/null`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  const status = Number(/status (\d+)/.exec(r.stdout)?.[1] ?? -1);
  const peakMb = Number(/peak (\d+)/.exec(r.stdout)?.[1] ?? 0) / 1024;
  return { status, stderr: r.stderr, seconds: (Date.now() - started) / 1000, peakMb };
}

// 70,000 distinct rows, 1.3 MB (a million rows still overflow the CSV reader's stack: issue 10, another helper's item).
const big = (dir: string) => writeFileSync(join(dir, 'big.csv'), `email\n${Array.from({ length: 70_000 }, (_, i) => `a${i}@example.org\n`).join('')}`);
const endless = (dir: string) => spawnSync('mkfifo', [join(dir, 'fifo')]);

const CASES: { name: string; line: string; setup?: (dir: string) => void; says: string }[] = [
  { name: '-f /dev/zero', line: 'DLS -f /dev/zero schedule check', says: '/dev/zero is larger than 16 MB, the input limit' },
  { name: '-f /dev/urandom', line: 'DLS -f /dev/urandom schedule check', says: '/dev/urandom is larger than 16 MB' },
  { name: '-f - fed forever by yes', line: 'yes | DLS -f - schedule check', says: 'standard input is larger than 16 MB' },
  { name: '-f a FIFO that never ends', line: '(yes > fifo &) ; DLS -f fifo schedule check', setup: endless, says: 'fifo is larger than 16 MB' },
  { name: '--signups /dev/zero', line: 'DLS mail export --to signups --signups /dev/zero', says: '/dev/zero is larger than 16 MB' },
  { name: '--suppress /dev/zero', line: 'DLS mail export --to speakers --suppress /dev/zero', says: '/dev/zero is larger than 16 MB' },
  { name: 'a README that never ends', line: 'DLS readme /dev/zero --check', says: '/dev/zero is larger than 16 MB' },
  { name: 'a 1.3 MB sign-up CSV with --max-input-size 1', line: 'DLS --max-input-size 1 mail export --to signups --signups big.csv', setup: big, says: 'big.csv is larger than 1 MB' },
];

describe('resources: every input is read up to the limit, and no further', () => {
  it.each(CASES)('$name: exit 1 with a clear error, in time and memory', ({ line, setup, says }) => {
    const r = shell(line, setup);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain(says);
    expect(r.stderr).toContain('--max-input-size');
    expect(r.seconds).toBeLessThan(BUDGET_S);
    expect(r.peakMb).toBeLessThan(PEAK_MB);
  }, 60_000);

  it('--max-input-size raises the limit: the same 1.3 MB CSV is read with --max-input-size 2', () => {
    expect(shell('DLS --max-input-size 2 mail export --to signups --signups big.csv > /dev/null', big).status).toBe(0);
  }, 60_000);

  it.each(['0', 'abc', '1.5', '5000'])('--max-input-size %s is a usage error (exit 2)', (value) => {
    const r = shell(`DLS --max-input-size ${value} schedule check`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('expected whole megabytes from 1 to 1024');
  }, 60_000);
});

describe('resources: standard input on a terminal', () => {
  it('-f - on a terminal says what it waits for, and Ctrl-D ends it', () => {
    const script = [
      'import os, pty, sys, time',
      'pid, fd = pty.fork()',
      `if pid == 0: os.execvp('node', ['node', '${join(ROOT, 'bin/dls.js')}', '-f', '-', 'schedule', 'check'])`,
      'time.sleep(1.5); os.write(fd, b"\\x04"); out = b""',
      'while True:',
      '  try: chunk = os.read(fd, 4096)',
      '  except OSError: break',
      '  if not chunk: break',
      '  out += chunk',
      'sys.stdout.write(out.decode())',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stdout).toContain('reading the workshop from standard input (end with Ctrl-D)');
  }, 60_000);
});
