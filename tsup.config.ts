import { defineConfig, type Options } from 'tsup';

/** Public entry points: the root and one subpath per module (must match package.json "exports"). */
const entries = {
  index: 'src/index.ts',
  calendar: 'src/calendar/index.ts',
  templates: 'src/templates/index.ts',
  'service-desk': 'src/service-desk/index.ts',
  'pto-delay': 'src/pto-delay/index.ts',
  'system-support': 'src/system-support/index.ts',
  'pv-watts-outage': 'src/pv-watts-outage/index.ts',
  testing: 'src/testing/index.ts',
};

const configs = [
  // ESM: one output file per source file, so a consumer's bundler keeps only what it imports.
  // Declarations come from `tsc -p tsconfig.build.json`. The procedure registry (CLI only) stays out.
  {
    entry: ['src/**/*.ts', '!src/cli/**', '!src/testing/**', '!src/**/procedures.ts', '!src/procedures.ts'],
    outDir: 'dist/esm',
    format: 'esm',
    bundle: false,
    target: 'node20',
    platform: 'neutral',
    sourcemap: false,
    clean: false,
    dts: false,
  },
  // CJS: one bundled file per entry point, with .d.cts declarations.
  {
    entry: entries,
    outDir: 'dist/cjs',
    format: 'cjs',
    bundle: true,
    // The testing commands are split into chunks loaded on demand, so other commands never load the YAML parser.
    splitting: true,
    target: 'node20',
    platform: 'node',
    outExtension: () => ({ js: '.cjs' }),
    dts: { entry: entries },
    clean: false,
  },
  // solar-sop/testing (ESM): one bundled file with the procedure registry and its JSON examples;
  // runtime dependencies (yaml, zod, …) stay external.
  {
    entry: ['src/testing/index.ts'],
    outDir: 'dist/esm/testing',
    format: 'esm',
    bundle: true,
    target: 'node20',
    platform: 'node',
    dts: false,
    clean: false,
  },
  // The command line: one bundled ESM file with its shebang; the runtime dependencies stay external.
  {
    entry: { cli: 'src/cli/main.ts' },
    outDir: 'dist',
    format: 'esm',
    bundle: true,
    // The testing commands are split into chunks loaded on demand, so other commands never load the YAML parser.
    splitting: true,
    target: 'node20',
    platform: 'node',
    dts: false,
    clean: false,
  },
] satisfies Options[];

/** `ONLY=cli tsup` builds just the command line (used before tests, in well under a second). */
export default defineConfig(process.env.ONLY === 'cli' ? configs.filter((c) => c.outDir === 'dist') : configs);
