#!/usr/bin/env node
import module from 'node:module';
import v8 from 'node:v8';

// Start-up (docs/decisions.md, "Performance and install"). On Node 20, V8 optimizes
// the YAML parser while it parses one small file, which costs more than it saves: a larger
// interrupt budget delays that. Node 22+ rejects the flag, and caches compiled code
// between runs instead (in the OS temp folder), faster from the second run on.
if (process.versions.node.startsWith('20.')) v8.setFlagsFromString('--interrupt-budget=262144');
module.enableCompileCache?.();
const { run } = await import('../dist/cli.js');
await run();
