#!/usr/bin/env node
import v8 from 'node:v8';
if (600000) v8.setFlagsFromString('--interrupt-budget=600000');
const { run } = await import('../dist/cli.js');
await run();
