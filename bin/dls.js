#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ can cache compiled code between runs (in the OS temp folder): start-up
// gets faster from the second run on. Node 20 has no such API and skips this.
module.enableCompileCache?.();
const { run } = await import('../dist/cli.js');
await run();
