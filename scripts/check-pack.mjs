// Fails when `npm pack` would ship anything but dist, README, CHANGELOG, LICENSE and package.json,
// or when a runtime dependency is imported by no file of the packed dist/ (it belongs in
// devDependencies, or nowhere). Needs a build (npm run build).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
const [{ files }] = JSON.parse(out);
const paths = files.map((f) => f.path);
const problems = [];

const allowed = /^(dist\/.+|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
const bad = paths.filter((p) => !allowed.test(p));
if (bad.length > 0) problems.push(`npm pack would ship files it should not:\n  ${bad.join('\n  ')}`);
for (const needed of ['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json', 'dist/esm/index.js', 'dist/cjs/index.cjs']) {
  if (!paths.includes(needed)) problems.push(`npm pack would not ship ${needed}`);
}

// Every runtime dependency is imported (import, export … from, require, import()) by packed code.
const { dependencies = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
const code = paths.filter((p) => /^dist\/.+\.(c|m)?js$/.test(p)).map((p) => [p, readFileSync(p, 'utf8')]);
const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']((?:@[\w.-]+\/)?[\w][\w.-]*)(?:\/[^"'\s]*)?["']/g;
const imported = new Map();
for (const [path, text] of code) {
  for (const [, name] of text.matchAll(importPattern)) {
    if (!imported.has(name)) imported.set(name, path);
  }
}
const unused = Object.keys(dependencies).filter((d) => !imported.has(d));
for (const d of unused) problems.push(`runtime dependency ${d} is imported by no file of dist/: move it to devDependencies or use it`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const used = Object.keys(dependencies).map((d) => `${d} (${imported.get(d)})`);
console.log(`npm pack: ${files.length} files, all under dist/ or the allowed top-level files.`);
console.log(`runtime dependencies, each imported by dist/: ${used.join(', ')}`);
