// Checks the architecture's promises that the type checker cannot see:
// the core (parse, rules, writers, mail, edit) is pure, and only src/cli.ts decides exit codes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PURE = ['src/parse', 'src/rules', 'src/formats', 'src/mail', 'src/edit'];
const BANNED_IN_PURE = [
  [/from 'node:(fs|child_process|os)/, 'touches the file system or the machine'],
  [/\bprocess\./, 'reads process state'],
  [/Date\.now\(\)|new Date\(\)/, 'reads the clock'],
  [/DateTime\.(now|local)\(/, 'reads the clock or the machine zone'],
  [/Intl\.DateTimeFormat\(\)\.resolvedOptions/, 'reads the machine zone'],
];

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const problems = [];
for (const file of files('src').filter((f) => f.endsWith('.ts'))) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (/^\s*(\/\/|\/\*|\*)/.test(line)) return; // comments may name what they forbid
    if (/process\.exit\b/.test(line) && file !== 'src/cli.ts') problems.push(`${file}:${i + 1}: process.exit outside src/cli.ts`);
    if (!PURE.some((d) => file.startsWith(d))) return;
    for (const [re, why] of BANNED_IN_PURE) if (re.test(line)) problems.push(`${file}:${i + 1}: pure core ${why}: ${line.trim()}`);
  });
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else console.log(`lint: ${PURE.join(', ')} are pure; only src/cli.ts sets exit codes`);
