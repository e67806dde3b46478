#!/usr/bin/env node
import v8 from 'node:v8';
if (200000) v8.setFlagsFromString('--interrupt-budget=200000');
const { run } = await import('../dist/cli.js');
await run();
