import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeWords, headerSafe, mailbox, quotedPrintable } from '../../src/formats/notice/mime.js';
import { runDls } from '../helpers/cli.js';
import { gitRepoWithVersions, readEml, V1, V2 } from './helpers.js';

const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ({ uid: e.getFirstPropertyValue('uid'), status: e.getFirstPropertyValue('status'), start: String(e.getFirstPropertyValue('dtstart')), sequence: e.getFirstPropertyValue('sequence') }));

describe('dls mail notices --since: one message per affected speaker', () => {
  let repo = '';
  let run: ReturnType<typeof runDls>;
  beforeAll(() => {
    repo = gitRepoWithVersions(V1, V2);
    run = runDls(['mail', 'notices', '--since', 'HEAD~1', '-o', 'out'], { cwd: repo });
  });

  it('writes a message for each affected speaker with an address, and names those without one with file:line:col', () => {
    expect(run.code).toBe(0);
    expect(readdirSync(join(repo, 'out')).sort()).toEqual(['alan.eml', 'zoe.eml']);
    expect(run.stderr).toContain('Grace Hopper (workshop.yaml:13:10) gets no notice: no email address');
    expect(run.stderr).toContain('wrote 2 notices to out; nothing was sent');
  });

  it('tells the speaker what changed and their slot in the workshop zone and in UTC', () => {
    const { headers, body } = readEml(readFileSync(join(repo, 'out/alan.eml'), 'utf8'));
    expect(headers.get('To')).toBe('Alan Turing <alan@example.org>');
    expect(headers.get('From')).toBe('"Diff Workshop (SC30)" <chairs@example.org>');
    expect(headers.get('Reply-To')).toBe(headers.get('From'));
    expect(headers.get('Subject')).toBe('Diff Workshop (SC30): program change for "Alpha Talk"');
    expect(body).toContain('retimed "Alpha Talk" (Alan Turing) 2030-11-17 9:30–10:00 → 2030-11-17 9:30–10:10 MST');
    expect(body).toContain('2030-11-17, 9:30–10:10 MST (16:30–17:10 UTC)');
    expect(body).toContain('The program: https://example.org/dls/');
  });

  it('attaches the same events and UIDs as `dls export ics --speaker`, with a higher SEQUENCE for the changed one', () => {
    const { calendar } = readEml(readFileSync(join(repo, 'out/alan.eml'), 'utf8'));
    const exported = runDls(['export', 'ics', '--speaker', 'alan'], { cwd: repo, env: { SOURCE_DATE_EPOCH: '' } });
    const mine = events(calendar);
    expect(mine.map((e) => e.uid)).toEqual(events(exported.stdout).map((e) => e.uid));
    expect(mine).toEqual([expect.objectContaining({ uid: 'talk-a@dls-diff.dls', sequence: 1 })]);
  });

  it('a withdrawn speaker is told so, and the attachment cancels the entry (same UID)', () => {
    const { headers, calendar, body } = readEml(readFileSync(join(repo, 'out/zoe.eml'), 'utf8'));
    expect(headers.get('To')).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <zoe@example.org>$/);
    expect(headers.get('Subject')).toBe('Diff Workshop (SC30): your talk was removed from the program');
    expect(body).toContain('You no longer have a slot in the program.');
    expect(events(calendar)).toEqual([expect.objectContaining({ uid: 'talk-z@dls-diff.dls', status: 'CANCELLED' })]);
  });

  it('the same input gives the same bytes', () => {
    const again = runDls(['mail', 'notices', '--since', 'HEAD~1', '-o', 'again'], { cwd: repo, env: { TZ: 'Asia/Tokyo', LANG: 'de_DE.UTF-8' } });
    expect(again.code).toBe(0);
    expect(readFileSync(join(repo, 'again/alan.eml'))).toEqual(readFileSync(join(repo, 'out/alan.eml')));
  });

  it('never writes into a non-empty folder without --force; --dry-run writes nothing', () => {
    const again = runDls(['mail', 'notices', '--since', 'HEAD~1', '-o', 'out'], { cwd: repo });
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('refusing to write into out: it is not empty') });
    expect(runDls(['mail', 'notices', '--since', 'HEAD~1', '-o', 'out', '--force'], { cwd: repo }).code).toBe(0);
    const dry = runDls(['mail', 'notices', '--since', 'HEAD~1', '-o', 'dry', '--dry-run'], { cwd: repo });
    expect(dry.stdout).toBe('dry/alan.eml: Alan Turing <alan@example.org>: Diff Workshop (SC30): program change for "Alpha Talk"\ndry/zoe.eml: Zoë Ünïcode <zoe@example.org>: Diff Workshop (SC30): your talk was removed from the program\n');
    expect(existsSync(join(repo, 'dry'))).toBe(false);
  });

  it('--all writes one message per speaker with an address; --format mbox writes one mbox', () => {
    const all = runDls(['mail', 'notices', '--all', '--format', 'mbox', '-o', 'all'], { cwd: repo });
    expect(all.code).toBe(0);
    const mbox = readFileSync(join(repo, 'all/notices.mbox'), 'utf8');
    expect(mbox.match(/^From chairs@example.org /gm)).toHaveLength(2);
  });

  it('a custom LiquidJS template fills the body; a broken one is named with line and column and writes nothing', () => {
    writeFileSync(join(repo, 'short.liquid'), 'Hi {{ speaker.name }}: {% for s in slots %}{{ s.start }}{% endfor %}\n');
    expect(runDls(['mail', 'notices', '--all', '--template', 'short.liquid', '-o', 'tpl'], { cwd: repo }).code).toBe(0);
    expect(readEml(readFileSync(join(repo, 'tpl/alan.eml'), 'utf8')).body).toBe('Hi Alan Turing: 9:30\r\n');
    writeFileSync(join(repo, 'bad.liquid'), 'Hi\n  {% for s in slots %}\n');
    const bad = runDls(['mail', 'notices', '--all', '--template', 'bad.liquid', '-o', 'badout'], { cwd: repo });
    expect(bad).toMatchObject({ code: 1, stderr: expect.stringMatching(/bad\.liquid:2:3: tag \{% for s in slots %\} not closed/) });
    expect(existsSync(join(repo, 'badout'))).toBe(false);
    // A misspelt name is an error with its position, not a blank sent to every speaker; an optional one may be tested.
    writeFileSync(join(repo, 'typo.liquid'), 'Dear {{ speaker.name }},\n{% if workshop.url %}{{ workshop.url }}{% endif %}{% for s in slots %}{% if s.where %}{{ s.where }}{% endif %}{% endfor %}\nSee you, {{ speaker.nmae }}\n');
    const typo = runDls(['mail', 'notices', '--all', '--template', 'typo.liquid', '-o', 'typoout'], { cwd: repo });
    expect(typo).toMatchObject({ code: 1, stderr: expect.stringMatching(/typo\.liquid:3:13: undefined variable: speaker\.nmae/) });
    expect(existsSync(join(repo, 'typoout'))).toBe(false);
  });

  it('a cancelled edition reaches every speaker with an address, and their calendar entries are cancelled', () => {
    const cancelled = gitRepoWithVersions(V1, V1.replace('title: Diff Workshop', 'title: Diff Workshop\nstatus: cancelled\nstatus_note: Rescheduled for 2031.'));
    const r = runDls(['mail', 'notices', '--since', 'HEAD~1', '-o', 'out'], { cwd: cancelled });
    expect(r.code).toBe(0);
    expect(readdirSync(join(cancelled, 'out')).sort()).toEqual(['ada.eml', 'alan.eml', 'zoe.eml']);
    const { body, calendar } = readEml(readFileSync(join(cancelled, 'out/ada.eml'), 'utf8'));
    expect(body).toContain('the workshop is cancelled: Rescheduled for 2031.');
    expect(events(calendar).map((e) => e.status)).toEqual(['CANCELLED', 'CANCELLED']);
  });

  it('says nothing of a page or a room the workshop does not have (no empty lines for them)', () => {
    const bare = (v: string) => v.replace('url: https://example.org/dls/\n', '').replace('room: "502"\n', '');
    const dir = gitRepoWithVersions(bare(V1), bare(V2));
    expect(runDls(['mail', 'notices', '--since', 'HEAD~1', '-o', 'out'], { cwd: dir }).code).toBe(0);
    const { body } = readEml(readFileSync(join(dir, 'out/alan.eml'), 'utf8'));
    expect(body).not.toContain('The program:');
    expect(body).not.toMatch(/\n {2}\r?\n/);
    expect(body).toContain('has changed since we last wrote:');
  });

  it('refuses, writing nothing, when the program has an error that makes times wrong (an item that ends before it starts)', () => {
    const broken = gitRepoWithVersions(V1, V2.replace('start: "9:30", end: "10:10"', 'start: "9:30", end: "9:10"'));
    const r = runDls(['mail', 'notices', '--since', 'HEAD~1', '-o', 'out'], { cwd: broken });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing was written');
    expect(existsSync(join(broken, 'out'))).toBe(false);
  });

  it('a template that is not UTF-8 is refused with the encoding named (exit 1), never an internal error', () => {
    writeFileSync(join(repo, 'latin1.liquid'), Buffer.from('Hi \xe9\n', 'latin1'));
    const r = runDls(['mail', 'notices', '--all', '--template', 'latin1.liquid', '-o', 'latin'], { cwd: repo });
    expect(r).toMatchObject({ code: 1, stderr: expect.stringContaining('latin1.liquid is not UTF-8: it looks like Latin-1') });
    expect(existsSync(join(repo, 'latin'))).toBe(false);
  });

  it.each([
    [['mail', 'notices', '-o', 'x'], /--since REV .* or --all/],
    [['mail', 'notices', '--all'], /-o DIR/],
    [['mail', 'notices', '--since', 'nope', '-o', 'x'], /git:nope: no such revision/],
    [['mail', 'notices', '--all', '-o', 'x', '--from', 'not an address'], /--from "not an address" is not a usable address/],
  ])('usage errors exit 2: %j', (args, message) => {
    const r = runDls(args, { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('headers cannot be injected, and non-ASCII is RFC 2047 encoded', () => {
  it.each([['Eve\r\nBcc: victim@example.org'], ['Eve\nBcc: victim@example.org'], ['Eve\u2028Bcc: x'], ['Eve\u0085Bcc: x']])('%j stays on one line', (name) => {
    expect(headerSafe(name)).not.toMatch(/[\r\n\u2028\u0085]/);
    expect(mailbox(name, 'eve@example.org')).not.toMatch(/[\r\n]/);
  });

  it('encodes non-ASCII words in pieces of at most 75 characters without splitting a character', () => {
    const words = encodeWords('Zoë Ünïcode '.repeat(12)).split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
    const decoded = words.map((w) => Buffer.from(/\?B\?(.*)\?=/.exec(w)![1]!, 'base64').toString('utf8')).join('');
    expect(decoded).toBe('Zoë Ünïcode '.repeat(12).trim());
  });

  it('quotes names with specials and keeps quoted-printable lines at 76 characters', () => {
    expect(mailbox('Turing, Alan "AT"', 'a@example.org')).toBe('"Turing, Alan \\"AT\\"" <a@example.org>');
    for (const line of quotedPrintable('é'.repeat(200)).split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  });
});

