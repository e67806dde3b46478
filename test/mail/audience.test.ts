import { describe, expect, it } from 'vitest';
import { buildAudience, type Selection } from '../../src/mail/audience.js';
import { selectMissing } from '../../src/mail/missing.js';
import type { Entry } from '../../src/mail/recipient.js';
import { parseSuppression } from '../../src/mail/suppress.js';
import { workshopEntries } from '../../src/mail/workshop-entries.js';
import { parseWorkshop } from '../../src/parse/index.js';
import { createWorkshopYaml } from '../helpers/workshop.js';

const entry = (email: string, over: Partial<Entry> = {}): Entry => ({ email, name: '', affiliation: '', roles: [], groups: ['signups'], origin: 'signups.csv:2', ...over });
const none = new Map<string, string>();
const build = (entries: Entry[], selection: Selection = { to: ['all'] }, suppress = none) => buildAudience(entries, suppress, selection);

describe('buildAudience', () => {
  it('exports one person for ADA@Example.ORG and ada@example.org, merging names and roles', () => {
    const r = build([entry('ada@example.org', { name: 'Ada Lovelace', roles: ['speaker'], groups: ['speakers'] }), entry('ADA@Example.ORG', { name: 'Ada L.', affiliation: 'Engines', roles: ['signup'] })]);
    expect(r.recipients).toEqual([{ email: 'ada@example.org', name: 'Ada Lovelace', given: 'Ada', family: 'Lovelace', affiliation: 'Engines', roles: ['speaker', 'signup'] }]);
  });

  it('treats a Unicode domain and its punycode as the same address', () => {
    expect(build([entry('j@bücher.example'), entry('J@XN--BCHER-KVA.example')]).recipients.map((x) => x.email)).toEqual(['j@xn--bcher-kva.example']);
  });

  it('reports a bad address with where it came from, and exports the rest', () => {
    const r = build([entry('bob@@example.org', { origin: 'signups.csv:14' }), entry('carol@example.net')]);
    expect(r.rejected).toEqual([{ origin: 'signups.csv:14', value: 'bob@@example.org', reason: 'it has more than one @' }]);
    expect(r.recipients).toHaveLength(1);
  });

  it('does not report bad sign-ups when only speakers are exported', () => {
    expect(build([entry('bob@@example.org')], { to: ['speakers'] }).rejected).toEqual([]);
  });

  it('keeps a speaker who is also co-chair in --to speakers --role co-chair', () => {
    const r = build([entry('ian@example.org', { groups: ['speakers'], roles: ['speaker'] }), entry('ian@example.org', { groups: ['committee', 'chairs'], roles: ['committee', 'co-chair'] }), entry('x@example.org', { groups: ['speakers'], roles: ['speaker'] })], { to: ['speakers'], role: 'Co-Chair' });
    expect(r.recipients.map((x) => x.email)).toEqual(['ian@example.org']);
  });

  it('drops unsubscribed people whatever the case of their address, and counts them', () => {
    const suppression = parseSuppression('# left\nGONE@example.org\n', 'suppress.txt');
    const r = build([entry('gone@Example.org'), entry('stay@example.org')], { to: ['signups'] }, suppression.keys);
    expect(r.recipients.map((x) => x.email)).toEqual(['stay@example.org']);
    expect(r.suppressed).toEqual([{ email: 'gone@example.org', origin: 'suppress.txt:2' }]);
  });

  it('sorts by lowercased address in code-unit order, the same on every machine', () => {
    const emails = ['b@example.org', 'Z@example.org', 'a_b@example.org', 'a.b@example.org', 'ab@example.org'];
    expect(build(emails.map((e) => entry(e))).recipients.map((x) => x.email)).toEqual(['a.b@example.org', 'a_b@example.org', 'ab@example.org', 'b@example.org', 'Z@example.org']);
  });
});

describe('workshop.yaml as a source', () => {
  const yaml = createWorkshopYaml({
    committee: [{ person: 'ada', role: 'General Chair' }, { name: 'Bo', email: 'bo@example.org' }, { name: 'Cy', role: 'co-chair' }],
  });
  const parsed = parseWorkshop(yaml, 'workshop.yaml');
  if (!parsed.ok) throw new Error('fixture invalid');
  const { entries, missing } = workshopEntries(parsed.workshop, parsed.source, 'workshop.yaml');

  it('points each address at the line and column where it is written', () => {
    const line = yaml.split('\n').findIndex((l) => l.includes('ada@example.org')) + 1;
    expect(entries.find((e) => e.roles.includes('General Chair'))?.origin).toMatch(new RegExp(`^workshop.yaml:${line}:\\d+$`));
  });

  it('counts any role with the word chair as a chair', () => {
    const r = build(entries, { to: ['chairs'] });
    expect(r.recipients.map((x) => x.email)).toEqual(['ada@example.org']);
  });

  it('notes once each selected person who has no address', () => {
    expect(selectMissing(missing, { to: ['chairs'] }).map((m) => m.name)).toEqual(['Cy']);
    expect(selectMissing(missing, { to: ['speakers'] }).map((m) => m.name)).toEqual(['Alan Turing']);
  });
});
