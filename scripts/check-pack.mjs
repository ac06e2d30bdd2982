// Fails when `npm pack` would ship anything but dist, README, CHANGELOG, LICENSE and package.json.
import { execFileSync } from 'node:child_process';

const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
const [{ files }] = JSON.parse(out);
const allowed = /^(dist\/.+|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
const bad = files.map((f) => f.path).filter((p) => !allowed.test(p));
if (bad.length > 0) {
  console.error(`npm pack would ship files it should not:\n  ${bad.join('\n  ')}`);
  process.exit(1);
}
for (const needed of ['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json', 'dist/esm/index.js', 'dist/cjs/index.cjs']) {
  if (!files.some((f) => f.path === needed)) {
    console.error(`npm pack would not ship ${needed}`);
    process.exit(1);
  }
}
console.log(`npm pack: ${files.length} files, all under dist/ or the allowed top-level files.`);
