import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdtempSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runDls } from '../helpers/cli.js';
import { createWorkshopYaml } from '../helpers/workshop.js';
import { readIcs } from './read-ics.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1573000000' };
const tmp = () => mkdtempSync(join(tmpdir(), 'dls-ics-out-'));
/** Runs the export with a deadline, so a run that blocks or reads forever fails instead of hanging the suite. */
const exportTo = (out: string, ...flags: string[]) => runDls(['-f', '-', 'export', 'ics', '-o', out, ...flags], { input: createWorkshopYaml(), env: EPOCH, timeout: 15_000 });

describe('-o naming something other than a regular file', () => {
  it.each([['/dev/null'], ['/dev/zero']])('-o %s: writes without reading the device, exit 0', (device) => {
    const r = exportTo(device);
    expect([r.code, r.stderr]).toEqual([0, `dls: wrote ${device}: 2 events\n`]);
  });

  it('-o /dev/stdout in a shell pipeline: the calendar goes down the pipe, nothing waits to read it', () => {
    // A shell's pipe, as in `dls export ics -o /dev/stdout | grep ...` (the test runner's own stdout is a socket).
    const bin = join(ROOT, 'bin/dls.js');
    const r = spawnSync('sh', ['-c', '"$0" "$1" -f - export ics -o /dev/stdout | cat', process.execPath, bin], {
      input: createWorkshopYaml(),
      env: { ...process.env, ...EPOCH },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('dls: wrote /dev/stdout: 2 events\n');
    expect(readIcs(r.stdout).events.map((e) => e.summary)).toEqual(['Opening', 'A Talk']);
  });

  it('-o a named pipe: the reader at the other end gets the calendar', async () => {
    const fifo = join(tmp(), 'program.ics');
    const mk = spawn('mkfifo', [fifo]);
    await new Promise((done) => mk.on('close', done));
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    const closed = new Promise((done) => reader.on('close', done));
    const r = exportTo(fifo);
    const stop = setTimeout(() => reader.kill(), 5_000); // a failed export leaves the reader waiting
    await closed;
    clearTimeout(stop);
    expect(r.code, r.stderr).toBe(0);
    expect(readIcs(received).events).toHaveLength(2);
  });

  it('-o a symbolic link to an earlier export: updates the target through the link, which stays a link', () => {
    const dir = tmp();
    const target = join(dir, 'program.ics');
    const link = join(dir, 'published.ics');
    expect(exportTo(target).code).toBe(0);
    symlinkSync(target, link);
    const moved = createWorkshopYaml().replace('end: 10:00', 'end: 10:15');
    const r = runDls(['-f', '-', 'export', 'ics', '-o', link], { input: moved, env: EPOCH });
    expect(r.stderr).toBe(`dls: wrote ${link}: 2 events, 1 changed, 0 newly cancelled\n`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readIcs(readFileSync(target, 'utf8')).events.map((e) => e.sequence)).toEqual([0, 1]);
  });
});

describe('-o naming a file that cannot be an earlier calendar', () => {
  it('a huge file: refused with its size (exit 1), left as it was; --force replaces it', () => {
    const out = join(tmp(), 'huge.ics');
    writeFileSync(out, '');
    truncateSync(out, 600 * 1024 * 1024); // sparse: no disk used
    const r = exportTo(out);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain(`refusing to overwrite ${out}: it holds 600 MB, more than dls reads (at most 16 MB; --max-input-size raises it)`);
    expect(r.stderr).toContain('--force');
    expect(statSync(out).size).toBe(600 * 1024 * 1024);
    expect(exportTo(out, '--force').code).toBe(0);
    expect(readIcs(readFileSync(out, 'utf8')).events).toHaveLength(2);
  });

  it('a binary file: refused as no text (exit 1), left as it was; --force replaces it', () => {
    const out = join(tmp(), 'picture.ics');
    copyFileSync(join(ROOT, 'test/fixtures/garbage.bin'), out);
    const r = exportTo(out);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toContain(`refusing to overwrite ${out}: it is not a text file (an iCalendar file is UTF-8 text)`);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(readFileSync(out)).toEqual(readFileSync(join(ROOT, 'test/fixtures/garbage.bin')));
    expect(exportTo(out, '--force').code).toBe(0);
  });
});
