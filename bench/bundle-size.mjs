// Bundles small consumers of the built package with esbuild (minified, gzip) and prints their
// sizes, in an ESM consumer project ("type": "module") and in a CommonJS one ("type": "commonjs",
// what `npm init` writes), importing from a subpath and from the root.
// With --check, exits 1 when
//   - a single-function bundle carries another module's templates, or the procedure registry,
//   - a root import is more than ROOT_SLACK larger than the same import from its subpath,
//   - a library entry point pulls in a dependency that only the CLI, test runner or server use.
// Needs a build (npm run build). Usage: node bench/bundle-size.mjs [--check]
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const check = process.argv.includes('--check');

/** A consumer project whose node_modules/solar-sop is this package, resolved through its "exports". */
function consumerProject(type) {
  const dir = mkdtempSync(join(tmpdir(), `solar-sop-${type}-consumer-`));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'solar-sop'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type }));
  return dir;
}
const projects = { esm: consumerProject('module'), cjs: consumerProject('commonjs') };

/** Template ids are `<module>/<name>`; a bundle must not contain other modules' ids. */
const MODULES = ['service-desk', 'pto-delay', 'system-support', 'pv-watts-outage'];
/** Runtime dependencies of the shells (CLI, test runner, server), never of the library. */
const SHELL_ONLY = ['hono', '@hono/node-server', 'yaml'];
/** Entry points that are shells, allowed to use SHELL_ONLY. */
const SHELL_ENTRIES = new Set(['./server', './testing', './package.json']);
/** How much larger a root import may be than the same import from its subpath. */
const ROOT_SLACK = 0.02;

const singles = [
  { fn: 'closeEligibility', sub: 'service-desk', own: ['service-desk'] },
  { fn: 'ptoHomeownerReply', sub: 'pto-delay', own: ['pto-delay'] },
  { fn: 'businessDaysBetween', sub: 'calendar', own: [] },
];

/** Bundles `code` as the file `name` of the project; returns the minified text and the input files. */
async function bundle(project, name, code) {
  const file = join(project, `${name.replace(/[^a-z0-9]+/gi, '-')}.js`);
  writeFileSync(file, code);
  const result = await build({
    entryPoints: [file],
    absWorkingDir: project,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { text: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs) };
}

const failures = [];
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log('project  consumer                                          minified     gzip   other modules’ templates');
for (const [kind, project] of Object.entries(projects)) {
  const rows = [];
  for (const s of singles) {
    for (const from of [`solar-sop/${s.sub}`, 'solar-sop']) {
      rows.push({ ...s, from, name: `${s.fn} from '${from}'`, code: `import { ${s.fn} } from '${from}'; globalThis.f = ${s.fn};` });
    }
  }
  rows.push({ name: "everything (import * from 'solar-sop')", code: "import * as all from 'solar-sop'; globalThis.f = all;", own: MODULES });
  const gzipOf = new Map();
  for (const r of rows) {
    const { text } = await bundle(project, r.name, r.code);
    const gz = gzipSync(text).length;
    gzipOf.set(r.name, gz);
    const foreign = MODULES.filter((m) => !r.own.includes(m) && text.includes(`"${m}/`));
    if (foreign.length > 0) failures.push(`${kind}: ${r.name} carries templates of ${foreign.join(', ')}`);
    // The registry (procedures, decide) and its bundled examples stay out of a single-function bundle.
    if (r.fn !== undefined && text.includes('unknown_procedure')) failures.push(`${kind}: ${r.name} carries the procedure registry`);
    console.log(`${kind.padEnd(8)} ${r.name.padEnd(48)} ${kB(text.length).padStart(9)} ${kB(gz).padStart(8)}   ${foreign.length ? foreign.join(', ') : 'none'}`);
  }
  for (const s of singles) {
    const sub = gzipOf.get(`${s.fn} from 'solar-sop/${s.sub}'`);
    const rootSize = gzipOf.get(`${s.fn} from 'solar-sop'`);
    if (rootSize > sub * (1 + ROOT_SLACK)) {
      failures.push(`${kind}: ${s.fn} from the root is ${kB(rootSize)}, from 'solar-sop/${s.sub}' ${kB(sub)}`);
    }
  }
}

// Every library entry point, imported whole, in the CommonJS project (where a bundler keeps most).
const libraryEntries = Object.keys(pkg.exports).filter((e) => !SHELL_ENTRIES.has(e));
for (const entry of libraryEntries) {
  const spec = entry === '.' ? 'solar-sop' : `solar-sop/${entry.slice(2)}`;
  const { inputs } = await bundle(projects.cjs, `all-of-${entry}`, `import * as all from '${spec}'; globalThis.f = all;`);
  const shellDeps = SHELL_ONLY.filter((d) => inputs.some((i) => i.includes(`node_modules/${d}/`)));
  if (shellDeps.length > 0) failures.push(`'${spec}' bundles ${shellDeps.join(', ')} (used only by the CLI, test runner or server)`);
}
console.log(`library entry points checked for ${SHELL_ONLY.join(', ')}: ${libraryEntries.join(' ')}`);
console.log(`node ${process.version}; esbuild minify + gzip (zlib default level)`);
if (check && failures.length > 0) {
  console.error(failures.map((f) => `FAIL ${f}`).join('\n'));
  process.exit(1);
}
