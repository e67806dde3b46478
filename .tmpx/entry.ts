import v8 from 'node:v8';
import { readFileSync } from 'node:fs';
import { parseYamlTree } from '../src/parse/yaml-tree.js';
import { parseWorkshop } from '../src/parse/index.js';
import { PROCESS_ZONE_CLOCKS } from '../src/process-zone-clock.js';
import { setWallClockSource } from '../src/time.js';
declare const TEXT: string;
function bench(label: string) {
  const t: number[] = [performance.now()];
  parseYamlTree(TEXT, 'w.yaml'); t.push(performance.now());
  parseWorkshop(TEXT, 'w.yaml'); t.push(performance.now());
  parseWorkshop(TEXT, 'w.yaml'); t.push(performance.now());
  console.log(label, 'tree', (t[1]-t[0]).toFixed(2), 'full', (t[2]-t[1]).toFixed(2), 'again', (t[3]-t[2]).toFixed(2));
}
setWallClockSource(PROCESS_ZONE_CLOCKS);
if (v8.startupSnapshot?.isBuildingSnapshot()) {
  for (let i = 0; i < 3; i++) parseWorkshop(TEXT, 'w.yaml');
  v8.startupSnapshot.setDeserializeMainFunction(() => { setWallClockSource(PROCESS_ZONE_CLOCKS); bench('snapshot'); });
} else bench('fresh');
