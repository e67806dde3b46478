import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh git repository in a temporary folder, with `workshop.yaml` committed once per version given. */
export function gitRepoWithVersions(...versions: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-diff-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });
  git('init', '-q');
  versions.forEach((text, i) => {
    writeFileSync(join(dir, 'workshop.yaml'), text);
    git('add', 'workshop.yaml');
    git('commit', '-qm', `v${i + 1}`);
  });
  return dir;
}

/** A two-day workshop with people that have addresses, for diffs and notices. */
export const V1 = `id: dls-diff
title: Diff Workshop
conference: { name: SC30 }
timezone: America/Denver
date: 2030-11-17
end_date: 2030-11-18
room: "502"
url: https://example.org/dls/
contact: chairs@example.org
people:
  ada: { name: Ada Lovelace, affiliation: Analytical Engines, email: ada@example.org }
  alan: { name: Alan Turing, affiliation: NPL, email: alan@example.org }
  grace: { name: Grace Hopper, affiliation: Navy }
  zoe: { name: Zoë Ünïcode, affiliation: Uni, email: zoe@example.org }
important_dates:
  - { label: Papers due, date: 2030-09-01 }
  - { label: Notification, date: 2030-10-01 }
committee:
  - { person: ada, role: co-chair }
  - { person: alan }
program:
  - { id: opening, start: "9:00", end: "9:30", title: Opening, kind: opening, speakers: [ada] }
  - { id: talk-a, start: "9:30", end: "10:00", title: Alpha Talk, speakers: [alan] }
  - { id: talk-b, start: "10:00", end: "10:30", title: Beta Talk, speakers: [grace] }
  - { id: talk-z, start: "10:30", end: "11:00", title: Zeta Talk, speakers: [zoe] }
  - { id: day2, date: 2030-11-18, start: "9:00", end: "9:30", title: Day Two, speakers: [ada] }
`;

/** V2: Alpha Talk longer (alan), Beta Talk moved (grace, no address), Zeta Talk withdrawn (zoe). */
export const V2 = V1.replace('end: "10:00", title: Alpha', 'end: "10:10", title: Alpha')
  .replace('start: "10:00", end: "10:30", title: Beta', 'start: "10:10", end: "10:40", title: Beta')
  .replace(/ {2}- \{ id: talk-z.*\n/, '');

/** The parts of a message: headers (unfolded) and the decoded attachment. */
export function readEml(text: string): { headers: Map<string, string>; calendar: string; body: string } {
  const [head, ...rest] = text.split('\r\n\r\n');
  const headers = new Map(head!.replace(/\r\n /g, ' ').split('\r\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)] as [string, string]));
  const all = rest.join('\r\n\r\n');
  const b64 = /Content-Transfer-Encoding: base64\r\n\r\n([^-]*)\r\n--/.exec(all)![1]!;
  const qp = /quoted-printable\r\n\r\n([^]*?)\r\n--dls-/.exec(all)![1]!;
  const body = Buffer.from(qp.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => `%${h}`).replace(/%(?![0-9A-F]{2})/g, '%25'), 'latin1').toString();
  return { headers, calendar: Buffer.from(b64.replace(/\r\n/g, ''), 'base64').toString('utf8'), body: decodeURIComponent(body) };
}
