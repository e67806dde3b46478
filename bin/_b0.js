#!/usr/bin/env node
import v8 from 'node:v8';
if (0) v8.setFlagsFromString('--interrupt-budget=0');
const { run } = await import('../dist/cli.js');
await run();
