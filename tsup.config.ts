import type { Plugin } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// The CLI's chunks have hashed names: remove the last build's, so old ones do not pile up
// (and the ESM dispatcher of 0.2.0, dist/cli.js, from a build made before it became CommonJS).
rmSync('dist/cli-chunks', { recursive: true, force: true });
rmSync('dist/cli.js', { force: true });

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
  server: 'src/server/index.ts',
};

/** The procedure registry: the root one and one per module. */
const registryFiles = [
  'src/procedures.ts',
  ...readdirSync('src', { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(`src/${d.name}`).includes('procedures.ts'))
    .map((d) => `src/${d.name}/procedures.ts`),
];

/** Bundles only JSON imports into a file; every other import stays an import, path unchanged. */
const inlineJsonOnly: Plugin = {
  name: 'inline-json-only',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'entry-point' || args.path.endsWith('.json') ? undefined : { path: args.path, external: true },
    );
  },
};

/** Build quietly (no file lists) unless VERBOSE=1. */
const quiet = { silent: process.env.VERBOSE !== '1' } satisfies Options;

const configs = [
  // ESM: one output file per source file, so a consumer's bundler keeps only what it imports.
  // Declarations come from `tsc -p tsconfig.build.json`.
  {
    ...quiet,
    entry: ['src/**/*.ts', '!src/cli/**', ...registryFiles.map((f) => `!${f}`)],
    outDir: 'dist/esm',
    format: 'esm',
    bundle: false,
    target: 'node20',
    platform: 'neutral',
    sourcemap: false,
    clean: false,
    dts: false,
  },
  // ESM registry files: their bundled examples (JSON) inlined, every other import kept as it is, so
  // a consumer needs no JSON loader and the files still share the modules above.
  {
    ...quiet,
    entry: Object.fromEntries(registryFiles.map((f) => [f.slice('src/'.length, -'.ts'.length), f])),
    outDir: 'dist/esm',
    format: 'esm',
    bundle: true,
    target: 'node20',
    platform: 'neutral',
    sourcemap: false,
    clean: false,
    dts: false,
    esbuildPlugins: [inlineJsonOnly],
  },
  // CJS: one file per entry point and shared chunks (code splitting), so every entry point uses
  // the same module instances: one SopInputError class across `require('solar-sop')` and
  // `require('solar-sop/service-desk')`. With .d.cts declarations.
  {
    ...quiet,
    entry: entries,
    outDir: 'dist/cjs',
    format: 'cjs',
    bundle: true,
    splitting: true,
    target: 'node20',
    platform: 'node',
    outExtension: () => ({ js: '.cjs' }),
    dts: { entry: entries },
    clean: false,
  },
  // The command line: dist/cli.cjs (with its shebang) and its chunks in dist/cli-chunks/, its
  // dependencies bundled in, so a start reads a few files instead of hundreds. Each command (and
  // zod, each module's schemas and templates) is a chunk loaded only when used: `--version` reads
  // the dispatcher alone (bench/cli-start.mjs). CommonJS, because Node 20 loads the same chunks
  // about 7 ms sooner through require() than through its ESM loader.
  {
    ...quiet,
    entry: { cli: 'src/cli/main.ts' },
    outDir: 'dist',
    format: 'cjs',
    outExtension: () => ({ js: '.cjs' }),
    bundle: true,
    splitting: true,
    // yaml stays external (the testing commands' chunks import it): its Node build require()s `process`.
    // hono and @hono/node-server (the serve command) stay imports too: every runtime dependency is imported by dist/.
    noExternal: [/^(?!(yaml|hono|@hono\/node-server)(\/|$)).*/],
    esbuildOptions(options) {
      options.chunkNames = 'cli-chunks/[name]-[hash]';
      // tsup makes CommonJS chunks by rewriting esbuild's ESM ones with sucrase, whose syntax
      // transforms break minified code (`return_nullishCoalesce(`, a field set inside a comma
      // expression): esbuild lowers that syntax first, so sucrase only rewrites imports and exports.
      options.supported = {
        'class-field': false,
        'class-static-field': false,
        'nullish-coalescing': false,
        'optional-chain': false,
        'optional-catch-binding': false,
      };
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
