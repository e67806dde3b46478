import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { parseWorkshop } from '../../src/parse/index.js';
import { ROOT } from '../helpers/cli.js';
import { describeWithTool, works } from '../helpers/interop.js';

// One private tmux server per session (its own socket): these tests never touch a
// user's sessions, and one test's server shutting down cannot race the next one's start.
const tmuxOn = (session: string, ...args: string[]) => spawnSync('tmux', ['-L', `dls-test-${process.pid}-${session}`, ...args], { encoding: 'utf8' });
const screen = (session: string) => tmuxOn(session, 'capture-pane', '-p', '-t', session).stdout;
const sessions: string[] = [];

async function waitFor(session: string, text: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (screen(session).includes(text)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`"${text}" did not appear; the screen shows:\n${screen(session)}`);
}

/** Starts `dls args` in a fresh 100x30 pseudo-terminal in `dir`; the exit code lands in `dir/exit-code`. */
function start(session: string, dir: string, args: string, colour = 'NO_COLOR=1'): void {
  const cmd = `cd ${dir} && TZ=Europe/Berlin TERM=xterm-256color ${colour} ${process.execPath} ${join(ROOT, 'bin/dls.js')} ${args}; echo $? > exit-code; sleep 30`;
  sessions.push(session);
  const r = tmuxOn(session, 'new-session', '-d', '-s', session, '-x', '100', '-y', '30', cmd);
  if (r.status !== 0) throw new Error(r.stderr);
}

async function answer(session: string, prompt: string, keys: string): Promise<void> {
  await waitFor(session, prompt);
  if (keys !== '') tmuxOn(session, 'send-keys', '-t', session, '-l', keys);
  tmuxOn(session, 'send-keys', '-t', session, 'Enter');
}

async function exitCode(dir: string): Promise<string> {
  const file = join(dir, 'exit-code');
  for (let i = 0; i < 300 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
  return readFileSync(file, 'utf8').trim();
}

describeWithTool('dls init in a real terminal (tmux)', 'tmux', works('tmux', ['-V']), () => {
  afterEach(() => {
    for (const s of sessions.splice(0)) tmuxOn(s, 'kill-server');
  });

  it('takes typed answers, accepts the suggested id, refuses a mistyped zone, and writes a file that checks clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-tmux-'));
    start('init', dir, 'init');
    await answer('init', 'Workshop title', 'Deep Learning on Supercomputers Workshop');
    await answer('init', 'Host conference', 'SC19');
    await answer('init', 'Workshop id', ''); // suggested: dls-sc19
    await answer('init', 'City', 'Denver, CO');
    await answer('init', 'Time zone', 'America/Denvr'); // a typo: refused as typed
    await waitFor('init', 'did you mean America/Denver?');
    tmuxOn('init', 'send-keys', '-t', 'init', 'C-u');
    await answer('init', 'Time zone', 'America/Denver');
    await answer('init', 'First day', '2019-11-17');
    await answer('init', 'Last day', '');
    await answer('init', 'Room', '502-503-504');
    await answer('init', 'sign-up link', '');
    expect(await exitCode(dir)).toBe('0');
    const parsed = parseWorkshop(readFileSync(join(dir, 'workshop.yaml'), 'utf8'));
    expect(parsed.ok && parsed.warnings).toEqual([]);
    expect(parsed.ok && [parsed.workshop.id, parsed.workshop.timezone, parsed.workshop.city, parsed.workshop.room]).toEqual(['dls-sc19', 'America/Denver', 'Denver, CO', '502-503-504']);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('<!-- dls:program:start -->');
  });

  it('suggests the machine zone, and Ctrl-C at a prompt leaves no file behind (exit 130)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-tmux-'));
    start('cancel', dir, 'init');
    await answer('cancel', 'Workshop title', 'T');
    await answer('cancel', 'Host conference', '');
    await answer('cancel', 'Workshop id', '');
    await answer('cancel', 'City', '');
    await waitFor('cancel', '(Europe/Berlin)');
    tmuxOn('cancel', 'send-keys', '-t', 'cancel', 'C-c');
    expect(await exitCode(dir)).toBe('130');
    await waitFor('cancel', 'dls: cancelled; nothing was written'); // our handler, not a bare SIGINT
    expect(existsSync(join(dir, 'workshop.yaml'))).toBe(false);
  });

  it('dls add talk: picks the kind from a list with the arrow keys and inserts the talk after the last one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-tmux-'));
    copyFileSync(join(ROOT, 'workshop.yaml'), join(dir, 'workshop.yaml'));
    start('add', dir, 'add talk');
    await answer('add', 'Talk title', 'Closing remarks');
    await waitFor('add', 'Kind');
    for (const key of ['Down', 'Down', 'Down']) tmuxOn('add', 'send-keys', '-t', 'add', key); // talk, keynote, opening, closing
    await answer('add', 'closing', '');
    await answer('add', 'Speakers', 'foster');
    await answer('add', 'Start (H:MM) (17:30)', '');
    await answer('add', 'End (H:MM)', '17:45');
    expect(await exitCode(dir)).toBe('0');
    await waitFor('add', 'added closing "Closing remarks" 17:30-17:45 in 502-503-504 as program[16]');
    const text = readFileSync(join(dir, 'workshop.yaml'), 'utf8');
    expect(text).toContain('speakers: [yin] }\n  - { id: closing-remarks, start: "17:30", end: "17:45", title: Closing remarks, kind: closing, speakers: [foster] }\n\ncommittee:');
  });

  it('dls schedule show in a 100-column terminal: uses the width, and colours', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-tmux-'));
    copyFileSync(join(ROOT, 'workshop.yaml'), join(dir, 'workshop.yaml'));
    start('show', dir, 'schedule show', 'env -u NO_COLOR -u FORCE_COLOR');
    expect(await exitCode(dir)).toBe('0');
    await waitFor('show', 'check: no overlaps');
    const coloured = tmuxOn('show', 'capture-pane', '-p', '-e', '-t', 'show', '-S', '-200').stdout;
    expect(coloured).toMatch(/\u001b\[[0-9;]*m.*Morning Break/);
    const lines = tmuxOn('show', 'capture-pane', '-p', '-t', 'show', '-S', '-200').stdout.split('\n');
    expect(lines).toContain('10:00  ┊ Morning Break');
    expect(Math.max(...lines.map((l) => l.trimEnd().length))).toBeGreaterThan(80);
  });
});
