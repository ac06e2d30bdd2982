import { defineConfig } from 'vitest/config';

// The suite Stryker runs against each mutant: the unit, property and example tests of src/.
// The CLI (child processes), docs generation and type tests do not exercise a mutant in this
// process, so they only slow mutation testing down.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/cli/**', 'test/docs/**'],
    setupFiles: ['test/setup.ts'],
    env: { FC_RUNS: '60' },
  },
});
