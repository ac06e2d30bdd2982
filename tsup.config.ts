import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// The CLI's chunks have hashed names: remove the last build's, so old ones do not pile up.
rmSync('dist/cli-chunks', { recursive: true, force: true });

/** Public entry points: the root and one subpath per module (must match package.json "exports"). */
const entries = {
  index: 'src/index.ts',
  calendar: 'src/calendar/index.ts',
  templates: 'src/templates/index.ts',
  'service-desk': 'src/service-desk/index.ts',
  'pto-delay': 'src/pto-delay/index.ts',
  'system-support': 'src/system-support/index.ts',
  'pv-watts-outage': 'src/pv-watts-outage/index.ts',
};

const configs = [
  // ESM: one output file per source file, so a consumer's bundler keeps only what it imports.
  // Declarations come from `tsc -p tsconfig.build.json`. The procedure registry (CLI only) stays out.
  {
    entry: ['src/**/*.ts', '!src/cli/**', '!src/**/procedures.ts', '!src/procedures.ts'],
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
    splitting: false,
    target: 'node20',
    platform: 'node',
    outExtension: () => ({ js: '.cjs' }),
    dts: { entry: entries },
    clean: false,
  },
  // The command line: dist/cli.js (with its shebang) and its chunks in dist/cli-chunks/, its
  // dependencies bundled in, so a start reads a few files instead of hundreds. Each command (and
  // zod, each module's schemas and templates) is a chunk loaded only when used: `--version` reads
  // the dispatcher alone (bench/cli-start.mjs).
  {
    entry: { cli: 'src/cli/main.ts' },
    outDir: 'dist',
    format: 'esm',
    bundle: true,
    splitting: true,
    noExternal: [/.*/],
    esbuildOptions(options) {
      options.chunkNames = 'cli-chunks/[name]-[hash]';
    },
    target: 'node20',
    platform: 'node',
    dts: false,
    // Not `clean`: tsup would empty all of dist/ (old chunks are removed at the top of this file).
    // Minified: less to read and compile at each start; no stack trace is ever shown to users.
    clean: false,
    minify: true,
  },
] satisfies Options[];

/** `ONLY=cli tsup` builds just the command line (used before tests, in well under a second). */
export default defineConfig(process.env.ONLY === 'cli' ? configs.filter((c) => c.outDir === 'dist') : configs);
