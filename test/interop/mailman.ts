import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs Debian's mailman3 core against a private SQLite database in `dir`: no REST
 * server, no MTA (the null MTA), root allowed. Creates a list, runs `addmembers FILE`
 * and returns the members mailman lists, as [display name, address] pairs.
 */
export function mailmanMembers(dir: string, file: string): { members: [string, string][]; stderr: string } {
  const config = join(dir, 'mailman.cfg');
  writeFileSync(config, `[mailman]\nlayout: dls\nsite_owner: owner@example.org\n[paths.dls]\nvar_dir: ${join(dir, 'var')}\n[mta]\nincoming: mailman.mta.null.NullMTA\n`);
  const mailman = (...args: string[]) => {
    const r = spawnSync('mailman', ['-C', config, '--run-as-root', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, LANG: 'C.UTF-8' } });
    if (r.status !== 0) throw new Error(`mailman ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return r;
  };
  mailman('create', 'dls@example.org');
  const added = mailman('addmembers', file, 'dls@example.org');
  const listed = mailman('members', 'dls@example.org');
  const members = listed.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l): [string, string] => {
      const m = /^(.*) <([^<>]+)>$/.exec(l);
      return m ? [m[1]!, m[2]!] : ['', l];
    });
  return { members, stderr: added.stderr };
}
