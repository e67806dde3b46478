import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Recipient } from '../../src/mail/recipient.js';
import { mailWriters } from '../../src/formats/mail/formats.js';
import { runDls } from '../helpers/cli.js';
import { DEBIAN_PYTHON, describeWithTool, hasPythonModule, works } from '../helpers/interop.js';
import { arbitraryRecipients, recipient } from '../mail/helpers/recipients.js';
import { mailmanMembers } from './mailman.js';

const options = { separator: ',' as const, bare: false };
/** Names that break naive writers, plus 60 random ones (fixed seed, so a failure replays). */
const tricky: Recipient[] = [
  recipient({ email: 'carol@example.net', name: 'Smith, Carol', affiliation: 'University of A, B & C', roles: ['signup'] }),
  recipient({ email: 'frank@example.net', name: 'Frank "The Tank" Jones', affiliation: '#1 Lab' }),
  recipient({ email: 'h@example.org', name: '#1 Fan' }),
  recipient({ email: 'erin@xn--r8jz45g.xn--zckzah', name: 'Erin 絵里', affiliation: '東京大学', roles: ['co-chair', 'speaker'] }),
  recipient({ email: 'back@example.org', name: 'Back\\slash; semi (paren) <angle>' }),
  recipient({ email: 'dave@example.net', name: '=HYPERLINK("http://evil.example")' }),
  recipient({ email: 'x@example.org' }),
];
const random = fc.sample(arbitraryRecipients, { numRuns: 12, seed: 5 }).flat().map((r, i) => ({ ...r, email: `r${i}.${r.email}` }));
const everyone = [...tricky, ...random];

const python = (script: string, input: string) => {
  const r = spawnSync(DEBIAN_PYTHON, ['-c', script], { input, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as unknown;
};

describeWithTool('python3 email.utils', 'python3', works(DEBIAN_PYTHON), () => {
  it('getaddresses reads the BCC list back to the same names and addresses', () => {
    const pairs = python('import json,sys\nfrom email.utils import getaddresses\nprint(json.dumps(getaddresses([sys.stdin.read()])))', mailWriters.bcc(everyone, options));
    expect(pairs).toEqual(everyone.map((r) => [r.name, r.email]));
  });
});

describeWithTool('python3-vobject', 'python3-vobject', hasPythonModule('vobject'), () => {
  const READ_CARDS = `import json, sys, vobject
cards = []
for c in vobject.readComponents(sys.stdin.buffer.read().decode('utf-8'), validate=True):
    cards.append({'fn': c.fn.value, 'given': c.n.value.given, 'family': c.n.value.family, 'email': c.email.value,
                  'org': c.org.value[0] if hasattr(c, 'org') else '', 'roles': c.categories.value if hasattr(c, 'categories') else []})
print(json.dumps(cards))`;

  it('parses every card with validate=True, names and roles intact', () => {
    const cards = python(READ_CARDS, mailWriters.vcard(everyone, options));
    expect(cards).toEqual(everyone.map((r) => ({ fn: r.name || r.email, given: r.name ? r.given : r.email, family: r.name ? r.family : '', email: r.email, org: r.affiliation, roles: r.roles })));
  });

  it('parses what `dls mail export --format vcard` writes for the Google Forms fixture', () => {
    const r = runDls(['-f', 'test/fixtures/mail/workshop.yaml', 'mail', 'export', '--format', 'vcard']);
    const cards = python(READ_CARDS, r.stdout) as { fn: string; email: string }[];
    expect(cards).toHaveLength(10);
    expect(cards).toContainEqual(expect.objectContaining({ fn: 'Foster, Ian', given: 'Ian', family: 'Foster', email: 'ian.foster@example.org', roles: ['speaker', 'committee', 'co-chair'] }));
  });
});

/** The people of the Google Forms fixture, as a person reads them off the sign-up sheet and workshop.yaml. */
const FIXTURE_MEMBERS: [string, string][] = [
  ['Ada Lovelace', 'ada@example.org'], ['Smith, Carol', 'carol@example.net'], ['=HYPERLINK("http://evil.example","click")', 'dave@example.net'],
  ['Erin 絵里', 'erin@xn--r8jz45g.xn--zckzah'], ['Frank "The Tank" Jones', 'frank@example.net'], ['Foster, Ian', 'ian.foster@example.org'],
  ['Jürgen Müller', 'juergen@xn--bcher-kva.example'], ['Valeriu Codreanu', 'valeriu@surfsara.example'], ['Weijia Xu', 'wxu@tacc.example'], ['Zoë "Z" O\'Neil', 'zoe@example.com'],
];

describeWithTool('mailman3', 'mailman3', works('mailman', ['--version']), () => {
  it('mailman addmembers subscribes exactly the exported people and skips no line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-mailman-'));
    const fixture = runDls(['-f', 'test/fixtures/mail/workshop.yaml', 'mail', 'export', '--format', 'mailman']).stdout;
    const generated = [...random, ...tricky.filter((r) => !FIXTURE_MEMBERS.some(([, e]) => e === r.email))];
    writeFileSync(join(dir, 'members.txt'), fixture + mailWriters.mailman(generated, options));
    const { members, stderr } = mailmanMembers(dir, join(dir, 'members.txt'));
    expect(stderr).not.toMatch(/Cannot parse/);
    expect(members.sort()).toEqual([...FIXTURE_MEMBERS, ...generated.map((r): [string, string] => [r.name, r.email])].sort());
  });
});
