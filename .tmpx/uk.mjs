import { parseDocument } from 'yaml';
import { readFileSync } from 'node:fs';
for (const n of [10000, 30000]) {
  const text = readFileSync(`/tmp/grow/c${n}.yaml`, 'utf8');
  for (const uniqueKeys of [false, true]) {
    const t = performance.now(); parseDocument(text, { uniqueKeys }); console.log(n, 'uniqueKeys', uniqueKeys, (performance.now() - t).toFixed(0), 'ms');
  }
}
