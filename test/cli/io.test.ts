import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, statSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';

/** A folder with a copy of the shipped workshop, for commands that write. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-io-'));
  copyFileSync(join(ROOT, 'workshop.yaml'), join(dir, 'workshop.yaml'));
  return dir;
}
const exportTo = (dir: string, output: string) => runDls(['export', 'markdown', '--section', 'program', '-o', output], { cwd: dir });

describe('writing -o files', () => {
  it('refuses to write over the workshop file it reads, and leaves it intact', () => {
    const dir = workspace();
    const before = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    const r = exportTo(dir, './workshop.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refusing to write over workshop.yaml');
    expect(readFileSync(join(dir, 'workshop.yaml'), 'utf8')).toBe(before);
  });

  it('treats an empty name and a folder as usage errors', () => {
    const dir = workspace();
    expect(exportTo(dir, '')).toMatchObject({ code: 2, stderr: 'dls: -o needs a file name (got an empty one)\n' });
    expect(exportTo(dir, '.')).toMatchObject({ code: 2, stderr: expect.stringContaining('. is a folder') });
  });

  it('follows a symbolic link, so the link keeps pointing at the updated file', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'real.md'), 'old\n');
    symlinkSync('real.md', join(dir, 'link.md'));
    expect(exportTo(dir, 'link.md').code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.md'))).toBe('real.md');
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toContain('| Time | Title | Speaker |');
  });

  it('keeps a private file private', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'private.md'), 'old\n', { mode: 0o600 });
    chmodSync(join(dir, 'private.md'), 0o600);
    expect(exportTo(dir, 'private.md').code).toBe(0);
    expect(statSync(join(dir, 'private.md')).mode & 0o777).toBe(0o600);
  });

  it('refuses a read-only file instead of replacing it', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'locked.md'), 'keep\n');
    chmodSync(join(dir, 'locked.md'), 0o444);
    const r = exportTo(dir, 'locked.md');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('locked.md is read-only');
    expect(readFileSync(join(dir, 'locked.md'), 'utf8')).toBe('keep\n');
  });

  it('writes to a device such as /dev/null instead of replacing it', () => {
    const dir = workspace();
    expect(exportTo(dir, '/dev/null').code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('leaves no temporary file behind, and a missing folder is a clear error', () => {
    const dir = workspace();
    const r = exportTo(dir, 'missing/out.md');
    expect(r).toMatchObject({ code: 1, stderr: 'dls: cannot write missing/out.md: folder missing does not exist\n' });
    expect(exportTo(dir, 'out.md').code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['out.md', 'workshop.yaml']);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

describe('writing to standard output', () => {
  it('stops quietly when the reader goes away (| head), and says so in one line when the disk is full', () => {
    const shell = (command: string) => spawnSync('bash', ['-c', command], { cwd: ROOT, encoding: 'utf8' });
    const piped = shell('set -o pipefail; node bin/dls.js -f - export ics < <(node bench/generate-conference.mjs --items 3000) 2>/tmp/dls-epipe.err | head -1 > /dev/null; echo "exit ${PIPESTATUS[0]}"; cat /tmp/dls-epipe.err');
    expect(piped.stdout).toMatch(/^exit 0\n/);
    expect(piped.stdout).not.toMatch(/\n\s+at /);
    const full = shell('node bin/dls.js schema > /dev/full; echo "exit $?"');
    expect(full.stdout).toBe('exit 1\n');
    expect(full.stderr).toBe('dls: cannot write to standard output: ENOSPC\n');
  });
});

describe('dls export markdown -o', () => {
  it('refuses to replace a page that has dls markers, pointing at dls readme', () => {
    const dir = workspace();
    const page = '# Page\n\n<!-- dls:program:start -->\n<!-- dls:program:end -->\n\nHand-written text.\n';
    writeFileSync(join(dir, 'README.md'), page);
    const r = exportTo(dir, 'README.md');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('hint: run `dls readme README.md` to regenerate only its marked sections');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(page);
  });
});
