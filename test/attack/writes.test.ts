import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editTextSafely } from '../../src/commands/edit-file.js';
import { ROOT, runDls } from '../helpers/cli.js';
import { dlsAsync, leftovers, workspace } from './race.js';

/**
 * Writes and edits, attacked: planted temporary files, links, locks left behind,
 * files changed under an edit, signals, closed pipes. Each row is one attack; it
 * holds when the user's files end as the row says and nothing is left behind.
 */
const md = (dir: string, out: string) => runDls(['export', 'markdown', '--section', 'program', '-o', out], { cwd: dir });
const addTalk = ['add', 'talk', '--title', 'Late talk', '--start', '18:00', '--end', '18:10', '--speaker', 'yin', '--yes'];
const lock = (dir: string) => join(dir, '.workshop.yaml.dls-lock');

const WRITES: { name: string; attack: (dir: string) => boolean }[] = [
  {
    name: 'symlinks planted at the old predictable temporary names (.out.md.<pid>.tmp) are never followed',
    attack: (dir) => {
      writeFileSync(join(dir, 'victim'), 'precious\n');
      for (let pid = 1; pid < 4_000; pid++) symlinkSync('victim', join(dir, `.out.md.${pid}.tmp`));
      return md(dir, 'out.md').code === 0 && readFileSync(join(dir, 'victim'), 'utf8') === 'precious\n' && readFileSync(join(dir, 'out.md'), 'utf8').includes('| Time |');
    },
  },
  {
    name: '-o through a dangling symlink writes its target and keeps the link',
    attack: (dir) => {
      symlinkSync('made-here.md', join(dir, 'link.md'));
      return md(dir, 'link.md').code === 0 && lstatSync(join(dir, 'link.md')).isSymbolicLink() && readFileSync(join(dir, 'made-here.md'), 'utf8').includes('| Time |');
    },
  },
  {
    name: '-o through a chain of two links, the last dangling',
    attack: (dir) => {
      symlinkSync('b.md', join(dir, 'a.md'));
      symlinkSync('c.md', join(dir, 'b.md'));
      return md(dir, 'a.md').code === 0 && readlinkSync(join(dir, 'a.md')) === 'b.md' && readlinkSync(join(dir, 'b.md')) === 'c.md' && existsSync(join(dir, 'c.md'));
    },
  },
  {
    name: 'a symlink loop is an error, and nothing is replaced',
    attack: (dir) => {
      symlinkSync('loop2.md', join(dir, 'loop1.md'));
      symlinkSync('loop1.md', join(dir, 'loop1.md.x'));
      symlinkSync('loop1.md', join(dir, 'loop2.md'));
      const r = md(dir, 'loop1.md');
      return r.code === 1 && r.stderr.includes('too many symbolic links') && lstatSync(join(dir, 'loop1.md')).isSymbolicLink();
    },
  },
  {
    name: 'add through a symlinked workshop.yaml edits the target, the link stays',
    attack: (dir) => {
      symlinkSync('workshop.yaml', join(dir, 'w.yaml'));
      const r = runDls(['-f', 'w.yaml', ...addTalk], { cwd: dir });
      return r.code === 0 && lstatSync(join(dir, 'w.yaml')).isSymbolicLink() && readFileSync(join(dir, 'workshop.yaml'), 'utf8').includes('Late talk');
    },
  },
  {
    name: 'a lock left by a crashed dls (its process is gone) is taken over',
    attack: (dir) => {
      writeFileSync(lock(dir), `999999999 ${hostname()}\n`);
      const r = runDls(addTalk, { cwd: dir });
      return r.code === 0 && !existsSync(lock(dir));
    },
  },
  {
    name: 'a lock from another machine not refreshed for minutes is taken over',
    attack: (dir) => {
      writeFileSync(lock(dir), '123 some-other-host\n');
      utimesSync(lock(dir), new Date(Date.now() - 600_000), new Date(Date.now() - 600_000));
      return runDls(addTalk, { cwd: dir }).code === 0 && !existsSync(lock(dir));
    },
  },
  {
    name: 'a FIFO planted as an old lock neither blocks nor floods; it is taken over',
    attack: (dir) => {
      spawnSync('mkfifo', [lock(dir)]);
      utimesSync(lock(dir), new Date(Date.now() - 600_000), new Date(Date.now() - 600_000));
      return runDls(addTalk, { cwd: dir, timeout: 20_000 }).code === 0 && !existsSync(lock(dir));
    },
  },
  {
    name: 'a read-only workshop.yaml is refused, not replaced',
    attack: (dir) => {
      spawnSync('chmod', ['444', join(dir, 'workshop.yaml')]);
      const before = readFileSync(join(dir, 'workshop.yaml'));
      const r = runDls(addTalk, { cwd: dir });
      return r.code === 1 && r.stderr.includes('read-only') && readFileSync(join(dir, 'workshop.yaml')).equals(before);
    },
  },
];

describe('writes and edits: attacks that must hold', () => {
  it.each(WRITES)('$name', ({ attack }) => {
    const dir = workspace('dls-attack-');
    expect(attack(dir)).toBe(true);
    expect(leftovers(dir).filter((f) => !/^\.out\.md\.\d+\.tmp$/.test(f))).toEqual([]);
  });

  it('waits for a live lock holder, then edits', async () => {
    const dir = workspace('dls-attack-');
    writeFileSync(lock(dir), `${process.pid} ${hostname()}\n`);
    const run = dlsAsync(addTalk, dir);
    await new Promise((r) => setTimeout(r, 1500));
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).not.toContain('Late talk');
    rmSync(lock(dir));
    expect((await run).code).toBe(0);
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).toContain('Late talk');
  });

  it('a file changed by another program during the edit gets the edit re-applied to its new text', async () => {
    const dir = workspace('dls-attack-');
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'one\n');
    let calls = 0;
    await editTextSafely(path, (text) => {
      if (calls++ === 0) writeFileSync(path, 'one\nfrom the editor\n');
      return { text: `${text}appended by dls\n`, result: undefined };
    });
    expect([calls, readFileSync(path, 'utf8')]).toEqual([2, 'one\nfrom the editor\nappended by dls\n']);
  });

  it('a file that keeps changing: nothing written, exit-1 message, the other writer kept', async () => {
    const dir = workspace('dls-attack-');
    const path = join(dir, 'workshop.yaml');
    let n = 0;
    const edit = editTextSafely(path, (text) => {
      writeFileSync(path, `# other ${n++}\n`);
      return { text: `${text}# dls\n`, result: undefined };
    });
    await expect(edit).rejects.toThrow(`${path} changed while dls was editing it; nothing written, run the command again`);
    expect(readFileSync(path, 'utf8')).toBe('# other 2\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('SIGTERM while dls waits removes nothing of the user, and leaves no file of its own', async () => {
    const dir = workspace('dls-attack-');
    writeFileSync(lock(dir), `${process.pid} ${hostname()}\n`);
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [join(ROOT, 'bin/dls.js'), ...addTalk], { cwd: dir, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGTERM');
    const signal = await new Promise((r) => child.on('close', (_c, s) => r(s)));
    expect(signal).toBe('SIGTERM');
    expect(readdirSync(dir).sort()).toEqual(['.workshop.yaml.dls-lock', 'workshop.yaml']);
  });

  it('a temporary file registered for clean-up is removed when the process is killed', () => {
    const dir = workspace('dls-attack-');
    const tmp = join(dir, '.x.tmp');
    const script = `import { removeOnExit } from '${join(ROOT, 'src/commands/cleanup.ts')}'; import { writeFileSync } from 'node:fs'; writeFileSync('${tmp}', 'x'); removeOnExit('${tmp}'); process.kill(process.pid, 'SIGINT'); setTimeout(() => {}, 5000);`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect([r.signal, existsSync(tmp)]).toEqual(['SIGINT', false]);
  });

  it('stderr piped into head: the exit status is the command’s, every time (20 runs)', () => {
    const dir = workspace('dls-attack-');
    const people = Array.from({ length: 3000 }, (_, i) => `  p${i}: { name: Person ${i} }`).join('\n');
    writeFileSync(join(dir, 'many.yaml'), `id: x\ntitle: T\ntimezone: UTC\ndate: 2030-01-01\npeople:\n${people}\nprogram:\n  - { start: "9:00", end: "9:30", title: Open, kind: break }\n`);
    const dls = `node ${join(ROOT, 'bin/dls.js')} -f many.yaml mail export --to all`;
    // Before the fix, 12 such runs here gave 1 1 1 0 1 0 1 0 0 0 0 1: stderr's EPIPE decided the status.
    const codes = Array.from({ length: 20 }, () => spawnSync('bash', ['-c', `${dls} 2>&1 >/dev/null | head -c 10 >/dev/null; echo \${PIPESTATUS[0]}`], { cwd: dir, encoding: 'utf8' }).stdout.trim());
    expect(codes).toEqual(Array(20).fill('0'));
  }, 120_000);
});
