import { relative, sep } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

/**
 * Keeps the server bundle's imports of library modules pointing at the unbundled ESM files beside
 * it, so `solar-sop/server` shares the root entry's error classes instead of carrying copies. Only
 * what the ESM build leaves out (the server, the registry and its JSON examples) is bundled.
 */
const shareLibraryModules: Plugin = {
  name: 'share-library-modules',
  setup(build) {
    const src = `${process.cwd()}${sep}src${sep}`;
    build.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir }) => {
      const file = relative(src, `${resolveDir}${sep}${path}`).split(sep).join('/');
      if (file.startsWith('..') || /^(server|cli)\/|(^|\/)procedures\.js$|\.json$/.test(file)) return undefined;
      return { path: `../${file}`, external: true };
    });
  },
};

/** Public entry points: the root and one subpath per module (must match package.json "exports"). */
const entries = {
  index: 'src/index.ts',
  calendar: 'src/calendar/index.ts',
  templates: 'src/templates/index.ts',
  'service-desk': 'src/service-desk/index.ts',
  'pto-delay': 'src/pto-delay/index.ts',
  'system-support': 'src/system-support/index.ts',
  'pv-watts-outage': 'src/pv-watts-outage/index.ts',
  server: 'src/server/index.ts',
};

const configs = [
  // ESM: one output file per source file, so a consumer's bundler keeps only what it imports.
  // Declarations come from `tsc -p tsconfig.build.json`. The procedure registry (CLI only) stays out.
  {
    entry: ['src/**/*.ts', '!src/cli/**', '!src/**/procedures.ts', '!src/procedures.ts', '!src/server/**'],
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
  // The decision service (solar-sop/server): the server and the registry bundled in one ESM file, the library imported; hono stays external.
  {
    entry: { 'server/index': 'src/server/index.ts' } as Record<string, string>,
    outDir: 'dist/esm',
    format: 'esm',
    bundle: true,
    splitting: false,
    esbuildPlugins: [shareLibraryModules],
    target: 'node20',
    platform: 'neutral',
    dts: false,
    clean: false,
  },
  // The command line: one bundled ESM file with its shebang; the runtime dependencies stay external.
  {
    entry: { cli: 'src/cli/main.ts' },
    outDir: 'dist',
    format: 'esm',
    bundle: true,
    target: 'node20',
    platform: 'node',
    dts: false,
    clean: false,
  },
] satisfies Options[];

/** `ONLY=cli tsup` builds just the command line (used before tests, in well under a second). */
export default defineConfig(process.env.ONLY === 'cli' ? configs.filter((c) => c.outDir === 'dist') : configs);
