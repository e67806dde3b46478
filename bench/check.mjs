#!/usr/bin/env node
// Measures `dls schedule check` (run `npm run build` first):
//  (a) on the shipped workshop.yaml, against bare `node -e 0`            goal <= 1.5x on Node 20 (moonshot 1.4x)
//  (a2) the same, against `yamllint` and `python3 -m jsonschema` with our schema (Debian's
//       yamllint and python3-jsonschema; jsonschema gets the file already converted to JSON)  goal < 1x
//  (b) on a 10,000-item conference, against parsing it with yaml only     goal <= 1.5x
//  (c) 10,000 items against 1,000 items (no quadratic rule)               goal <= 11x
// Usage: node bench/check.mjs [--runs 15]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medians, ratioLine, timeCommand, timeNode } from './lib.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 15);
const dir = mkdtempSync(join(tmpdir(), 'dls-bench-'));
const generate = (items) => {
  const file = join(dir, `conference-${items}.yaml`);
  writeFileSync(file, execFileSync(process.execPath, ['bench/generate-conference.mjs', '--items', String(items)], { maxBuffer: 1 << 30 }));
  return file;
};
const big = generate(10_000);
const small = generate(1_000);
// bin/dls is the installed command: it starts from the V8 snapshot when this node built it.
const dls = (...args) => () => timeCommand('bin/dls', ['schedule', 'check', ...args]);
const plain = (...args) => () => timeNode(['bin/dls.js', 'schedule', 'check', ...args]);
const snapshot = (spawnSync('sh', ['-x', 'bin/dls', '--version'], { encoding: 'utf8' }).stderr ?? '').includes('--snapshot-blob');

// The checkers a user would otherwise reach for, when installed.
const PYTHON = '/usr/bin/python3';
const json = join(dir, 'workshop.json');
const have = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const others = {};
if (have('yamllint', ['--version'])) others.yamllint = () => timeCommand('yamllint', ['workshop.yaml'], { okCodes: [0, 1] });
else console.log('yamllint: not installed (apt-get install yamllint); not compared');
if (have(PYTHON, ['-c', 'import jsonschema, yaml'])) {
  execFileSync(PYTHON, ['-c', 'import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), open(sys.argv[2], "w"), default=str)', 'workshop.yaml', json]);
  others.jsonschema = () => timeCommand(PYTHON, ['-W', 'ignore', '-m', 'jsonschema', '-i', json, 'workshop.schema.json']);
} else console.log('python3 -m jsonschema: not installed (apt-get install python3-jsonschema); not compared');

const m = medians(
  {
    bare: () => timeNode(['-e', '0']),
    shipped: dls(),
    shippedPlain: plain(),
    ...others,
    parseOnly: () => timeNode(['bench/parse-only.mjs', big]),
    big: dls('-f', big),
    small: dls('-f', small),
  },
  runs,
);
console.log(`dls schedule check, median of ${runs} interleaved runs, node ${process.version}; bin/dls ${snapshot ? 'starts from the start-up snapshot' : 'has no start-up snapshot for this node (npm run build)'}`);
console.log(ratioLine('(a0) bin/dls.js, no snapshot, vs node -e 0', m.shippedPlain, m.bare));
// The goal is set on Node 20, whose bare start-up is twice Node 22's: elsewhere the ratio is printed alone.
const onNode20 = process.versions.node.startsWith('20.');
console.log(ratioLine(`(a) shipped workshop.yaml vs node -e 0 (${onNode20 ? 'moonshot 1.4x' : 'goal on Node 20'})`, m.shipped, m.bare, onNode20 ? 1.5 : undefined));
if (m.yamllint) console.log(ratioLine('(a2) shipped workshop.yaml vs yamllint', m.shipped, m.yamllint, 1, true));
if (m.jsonschema) console.log(ratioLine('(a2) shipped workshop.yaml vs python3 -m jsonschema', m.shipped, m.jsonschema, 1, true));
console.log(ratioLine('(b) 10,000 items vs yaml parse of the same file', m.big, m.parseOnly, 1.5));
console.log(ratioLine('(c) 10,000 items vs 1,000 items', m.big, m.small, 11));
