import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { describeWithTool, works } from '../helpers/interop.js';

// The install a user does, with the real npm (it fetches the runtime dependencies from
// the registry, or from npm's cache when it has them).
const npm = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  spawnSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });

describeWithTool('npm pack, then a global install', 'npm', works('npm'), () => {
  it('installs the packed tarball into an empty prefix, and the installed dls checks a workshop in an empty folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dls-pack-'));
    const packed = npm(['pack', '--pack-destination', dir], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(dir).find((f) => /^dls-.*\.tgz$/.test(f))!;
    // The tarball never carries a blob (it is bound to the node that built it), and packing keeps the clone's own.
    const listed = spawnSync('tar', ['-tzf', join(dir, tarball)], { encoding: 'utf8' }).stdout.split('\n');
    expect(listed).toContain('package/dist/snapshot/dls.cjs');
    expect(listed.filter((f) => f.includes('dls.blob'))).toEqual([]);
    if (existsSync(join(ROOT, 'dist/snapshot/dls.cjs')) && spawnSync('sh', ['-c', 'command -v node']).status === 0) {
      expect(existsSync(join(ROOT, 'dist/snapshot/dls.blob')), 'npm pack leaves the clone its blob').toBe(true);
    }
    const prefix = join(dir, 'prefix');
    const installed = npm(['install', '-g', '--prefix', prefix, join(dir, tarball)], dir);
    expect(installed.status, installed.stderr).toBe(0);
    // npm 11 lists our own `prepare` (a local tarball is not a registry source) and skips it: dist/ is in the package.
    expect(installed.stderr.replace(/npm warn install-scripts.*\n/g, ''), 'no other warning').not.toMatch(/npm warn/i);

    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const dls = (args: string[]) => spawnSync(join(prefix, 'bin', 'dls'), args, { cwd: empty, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const missing = dls(['schedule', 'check']);
    expect(missing.stderr).toContain('dls init');
    expect(missing.status, 'a missing workshop.yaml is a usage error').toBe(2);
    copyFileSync(join(ROOT, 'workshop.yaml'), join(empty, 'workshop.yaml'));
    const check = dls(['schedule', 'check']);
    expect(check.status, check.stderr).toBe(0);
    expect(dls(['export', 'ics']).stdout).toContain('BEGIN:VCALENDAR');
    // The shipped section templates are in the package, where `dls template copy` finds them.
    expect(dls(['template', 'copy', 'program', '-o', '-']).stdout).toContain('{% for day in days -%}');
  }, 300_000);

  it('installs without devDependencies from a clone, where prepare cannot build (no esbuild) and does not fail', () => {
    const clone = mkdtempSync(join(tmpdir(), 'dls-omit-dev-'));
    for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, f), join(clone, f));
    cpSync(join(ROOT, 'scripts'), join(clone, 'scripts'), { recursive: true });
    const r = npm(['install', '--omit=dev'], clone);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(clone, 'node_modules/yaml')), 'runtime dependencies installed').toBe(true);
    expect(existsSync(join(clone, 'node_modules/esbuild')), 'no devDependencies').toBe(false);
    expect(r.stderr).toContain('esbuild is not installed');
  }, 300_000);
});
