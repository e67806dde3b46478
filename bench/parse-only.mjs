// Baseline for bench/check.mjs: read a file and parse it with the yaml package, as dls
// does (same options), and do nothing else.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

const doc = parseDocument(readFileSync(process.argv[2], 'utf8'), { lineCounter: new LineCounter(), uniqueKeys: false, strict: true });
if (doc.errors.length) process.exitCode = 1;
