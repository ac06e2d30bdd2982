// Mutation testing: npm run test:mutation. Incremental, so a later run re-tests only what changed
// (reports/stryker-incremental.json). The CLI is left out: it is tested as a child process.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: ['src/**/*.ts', '!src/cli/**', '!src/**/index.ts', '!src/procedures.ts', '!src/**/procedures.ts', '!src/_lib/procedure.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: null },
  concurrency: 2,
  timeoutMS: 20_000,
  ignoreStatic: true,
  tempDirName: '.stryker-tmp',
  // Not needed to run the tests: local scratch, other runs' sandboxes, build and site output.
  ignorePatterns: ['/.scratch', '/.stryker-tmp-*', '/dist', '/docs/site', '/coverage'],
};
