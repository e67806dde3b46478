import { execFileSync } from 'node:child_process';

/** Builds dist/ once before the suites, so CLI tests run the code under test. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
