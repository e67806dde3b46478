import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// bin/dls, the installed command, starts node from the V8 start-up snapshot when the node on
// PATH built it (docs/decisions.md, "Start-up: a V8 snapshot"). Whatever it starts from, a
// user must see the same bytes, exit codes and files as from bin/dls.js.
const BLOB = join(ROOT, 'dist/snapshot/dls.blob');
const env = (extra: Record<string, string> = {}) => {
  const e: Record<string, string> = { ...(process.env as Record<string, string>), ...extra };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'DLS_NO_SNAPSHOT', 'GLIBC_TUNABLES', 'DLS_GLIBC_TUNABLES', 'NODE_OPTIONS']) if (!(k in extra)) delete e[k];
  return e;
};
const run = (bin: string[], args: string[], o: { input?: string; extra?: Record<string, string>; cwd?: string } = {}) => {
  const r = spawnSync(bin[0]!, [...bin.slice(1), ...args], { cwd: o.cwd ?? ROOT, input: o.input ?? '', env: env(o.extra), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const wrapper = (root = ROOT) => [join(root, 'bin/dls')];
const plain = (root = ROOT) => [process.execPath, join(root, 'bin/dls.js')];
/** Whether bin/dls would start from the snapshot: its shell trace shows the exec. */
const usesSnapshot = (root = ROOT, extra: Record<string, string> = {}) =>
  spawnSync('sh', ['-x', join(root, 'bin/dls'), '--version'], { env: env(extra), encoding: 'utf8' }).stderr.includes('--snapshot-blob');

const bigFile = join(mkdtempSync(join(tmpdir(), 'dls-snapshot-')), 'big.yaml');
writeFileSync(bigFile, execFileSync(process.execPath, [join(ROOT, 'bench/generate-conference.mjs'), '--items', '1500'], { maxBuffer: 1 << 28 }));

const CASES: { args: string[]; input?: string; extra?: Record<string, string> }[] = [
  { args: ['schedule', 'check'] },
  { args: ['schedule', 'check', '--format', 'json'] },
  { args: ['schedule', 'check', '--format', 'github', '-f', 'test/fixtures/real-pages/many-problems.yaml'] },
  { args: ['schedule', 'check', '-f', 'test/fixtures/real-pages/many-problems.yaml'], extra: { FORCE_COLOR: '1' } },
  { args: ['schedule', 'check', '-f', '-'], input: readFileSync(join(ROOT, 'workshop.yaml'), 'utf8') },
  { args: ['schedule', 'check', '-f', bigFile] },
  { args: ['export', 'ics'] },
  { args: ['export', 'markdown', '--section', 'all'] },
  { args: ['schedule', 'show', '--tz', 'Asia/Tokyo'], extra: { TZ: 'America/Los_Angeles' } },
  { args: ['mail', 'export', '--to', 'all', '--format', 'csv'] },
  { args: ['template', 'copy', 'program', '-o', '-'] },
  { args: ['template', 'list'] },
  { args: ['--version'] },
  { args: ['--help'] },
  { args: ['schedule', 'check', '--no-such-flag'] },
  { args: ['export', 'ics', '--', '-x'] },
  { args: ['schedule', 'check', '-f', 'no/such/file.yaml'] },
];

describe('bin/dls, started from the snapshot or not, behaves as bin/dls.js', () => {
  const snapshot = existsSync(BLOB) && usesSnapshot();
  it('starts from the snapshot here, unless the blob was built by another node binary', () => {
    const builtBy = existsSync(`${BLOB}.node`) ? readFileSync(`${BLOB}.node`, 'utf8').split('\n')[0] : '';
    // bin/dls runs the node on PATH, as a user's shell would (in CI's Node 22 and 24 runs, npx puts that node first).
    const onPath = execFileSync('sh', ['-c', 'command -v node'], { encoding: 'utf8' }).trim();
    const sameNode = builtBy !== '' && builtBy === onPath && realpathSync(builtBy) === realpathSync(process.execPath);
    if (!sameNode) console.log(`[snapshot] dist/snapshot was built by ${builtBy || 'nobody'}; node on PATH is ${onPath}: bin/dls runs bin/dls.js`);
    expect(snapshot).toBe(sameNode);
  });

  it.each(CASES)('$args: same output and exit code', ({ args, input, extra }) => {
    const [a, b] = [run(wrapper(), args, { input, extra }), run(plain(), args, { input, extra })];
    expect(a).toEqual(b);
  }, 60_000);

  it('runs bin/dls.js when DLS_NO_SNAPSHOT is set, when the blob is missing, and when the node on PATH is another binary', () => {
    expect(usesSnapshot(ROOT, { DLS_NO_SNAPSHOT: '1' })).toBe(false);
    const copy = mkdtempSync(join(tmpdir(), 'dls-snapshot-copy-'));
    // `cp -p` keeps modification times to the nanosecond (node's cpSync keeps microseconds), as the stamp needs.
    for (const d of ['bin', 'dist', 'package.json']) execFileSync('cp', ['-Rp', join(ROOT, d), join(copy, d)]);
    const stamp = `${copy}/dist/snapshot/dls.blob.node`;
    if (existsSync(stamp)) {
      expect(usesSnapshot(copy)).toBe(snapshot);
      const built = readFileSync(stamp, 'utf8');
      const [builtBy = '', flags = ''] = built.split('\n');
      // Another node binary at another path (nvm, Homebrew).
      writeFileSync(stamp, `/opt/other/bin/node\n${flags}\n`);
      execFileSync('touch', ['-r', builtBy, stamp]);
      expect(usesSnapshot(copy)).toBe(false);
      // A stamp without the flags line (written by an older build).
      writeFileSync(stamp, `${builtBy}\n`);
      execFileSync('touch', ['-r', builtBy, stamp]);
      expect(usesSnapshot(copy)).toBe(false);
      // The same path, another binary (an upgrade in place, older or newer than the blob).
      for (const date of ['200001010000', '209901010000']) {
        writeFileSync(stamp, built);
        execFileSync('touch', ['-t', date, stamp]);
        expect(usesSnapshot(copy)).toBe(false);
      }
      expect(run(wrapper(copy), ['schedule', 'check'])).toEqual(run(plain(), ['schedule', 'check']));
      // Put back as the build wrote it, it is used again.
      execFileSync('touch', ['-r', builtBy, stamp]);
      expect(usesSnapshot(copy)).toBe(snapshot);
    }
    execFileSync('rm', ['-rf', join(copy, 'dist/snapshot')]);
    expect(usesSnapshot(copy)).toBe(false);
    expect(run(wrapper(copy), ['schedule', 'check'])).toEqual(run(plain(), ['schedule', 'check']));
  });

  it('gives glibc its huge-page tunable for node alone: git, run by dls, sees the environment the user had', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-snapshot-git-'));
    const seen = join(dir, 'seen');
    writeFileSync(join(dir, 'git'), `#!/bin/sh\nprintf '%s\\n' "\${GLIBC_TUNABLES-unset}" >>'${seen}'\nexit 1\n`, { mode: 0o755 });
    const PATH = `${dir}:${process.env.PATH}`;
    const users = [undefined, '', 'glibc.malloc.hugetlb=1', 'glibc.malloc.arena_max=2'];
    for (const tunables of users) {
      const extra: Record<string, string> = tunables === undefined ? { PATH } : { PATH, GLIBC_TUNABLES: tunables };
      expect(run(wrapper(), ['schedule', 'diff', 'git:HEAD'], { extra }).code).toBe(2);
    }
    expect(readFileSync(seen, 'utf8')).toBe(users.map((t) => `${t ?? 'unset'}\n`).join(''));
  });

  it('runs bin/dls.js when NODE_OPTIONS is set, whose V8 flags node would refuse with the blob (exit 14)', () => {
    const extra = { NODE_OPTIONS: '--max-old-space-size=4096' };
    expect(usesSnapshot(ROOT, extra)).toBe(false);
    expect(run(wrapper(), ['schedule', 'check'], { extra })).toEqual(run(plain(), ['schedule', 'check']));
  });

  it('follows a symbolic link to itself, as in node_modules/.bin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-snapshot-link-'));
    execFileSync('ln', ['-s', join(ROOT, 'bin/dls'), join(dir, 'dls')]);
    expect(run([join(dir, 'dls')], ['schedule', 'check'])).toEqual(run(plain(), ['schedule', 'check']));
  });
});
