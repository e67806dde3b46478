import { defineConfig } from 'vitest/config';

// Two suites: `unit` needs only npm packages; `interop` drives real Debian clients
// (khal, cmark-gfm, kramdown, python3-icalendar ...) and skips, with a message, where
// one is missing, unless DLS_INTEROP_REQUIRED=1 (set by .ci/run) makes that a failure.
export default defineConfig({
  test: {
    globalSetup: ['test/helpers/build-once.ts'],
    testTimeout: 20_000,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/interop/**'] } },
      { extends: true, test: { name: 'interop', include: ['test/interop/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
