// Bundles small consumers of the built package with esbuild (minified, gzip) and prints their
// sizes. With --check, exits 1 when a single-function bundle carries another module's templates
// or a core bundle carries the YAML parser.
// Needs a build (npm run build). Usage: node bench/bundle-size.mjs [--check]
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// A consumer project whose node_modules/solar-sop is this package, resolved through its "exports".
const consumerDir = mkdtempSync(join(tmpdir(), 'solar-sop-consumer-'));
mkdirSync(join(consumerDir, 'node_modules'));
symlinkSync(root, join(consumerDir, 'node_modules', 'solar-sop'), 'dir');
const check = process.argv.includes('--check');

/** Template ids are `<module>/<name>`; a bundle must not contain other modules' ids. */
const MODULES = ['service-desk', 'pto-delay', 'system-support', 'pv-watts-outage'];

/** Names that must not appear in a core bundle: the YAML parser is for solar-sop/testing and the CLI only. */
const FORBIDDEN = ['YAMLParseError'];

const consumers = [
  { name: 'closeEligibility only', from: 'service-desk', code: "import { closeEligibility } from 'solar-sop/service-desk'; globalThis.f = closeEligibility;", own: ['service-desk'] },
  { name: 'ptoHomeownerReply only', from: 'pto-delay', code: "import { ptoHomeownerReply } from 'solar-sop/pto-delay'; globalThis.f = ptoHomeownerReply;", own: ['pto-delay'] },
  { name: 'businessDaysBetween only', from: 'calendar', code: "import { businessDaysBetween } from 'solar-sop/calendar'; globalThis.f = businessDaysBetween;", own: [] },
  { name: 'everything (import *)', from: '.', code: "import * as all from 'solar-sop'; globalThis.f = all;", own: MODULES },
];

let failed = false;
console.log('consumer                      minified     gzip   other modules’ templates');
for (const c of consumers) {
  const result = await build({
    stdin: { contents: c.code, resolveDir: consumerDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import'],
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  const gz = gzipSync(text).length;
  const foreign = MODULES.filter((m) => !c.own.includes(m) && text.includes(`"${m}/`));
  if (foreign.length > 0 && c.own.length < MODULES.length) failed = true;
  const forbidden = FORBIDDEN.filter((name) => text.includes(name));
  if (forbidden.length > 0) {
    failed = true;
    console.error(`${c.name}: contains ${forbidden.join(', ')}`);
  }
  console.log(
    `${c.name.padEnd(28)} ${`${(text.length / 1024).toFixed(1)} kB`.padStart(9)} ${`${(gz / 1024).toFixed(1)} kB`.padStart(8)}   ${foreign.length ? foreign.join(', ') : 'none'}`,
  );
}
console.log(`node ${process.version}; esbuild minify + gzip (zlib default level)`);
if (check && failed) {
  console.error('A single-function bundle contains another module’s templates, or a core bundle contains a forbidden name.');
  process.exit(1);
}
