import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Sized for a loaded machine (`npm run test:load` runs the suite beside two busy processes): a
    // suite's setup starts servers and, for the browser suites, Chromium.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // expect.poll waits for a page or a store to catch up: 1 s by default, which a loaded machine (or an
    // approval that archives its page first) overruns.
    expect: { poll: { timeout: 20_000 } },
    // Integration suites each start their own servers on port 0; two forks fit a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
    env: { POWERTOOLS_LOG_LEVEL: 'SILENT', SOZWATCH_LOG_LEVEL: 'SILENT' },
  },
});
