// Summarizes Stryker's JSON report (reports/mutation/mutation.json, written by npm run test:mutation):
// the mutation score, each file's score, every surviving or uncovered mutant, and every mutant
// ignored as equivalent with the reason given in its `// Stryker disable` comment.
//   node scripts/mutation-report.mjs [--survivors] [--ignored] [--file=src/x.ts] [--report=path.json]
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const reportPath = args.find((a) => a.startsWith('--report='))?.slice(9) ?? `${root}reports/mutation/mutation.json`;
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const only = args.find((a) => a.startsWith('--file='))?.slice(7);

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
let detected = 0;
let undetected = 0;
let ignored = 0;
let staticMutants = 0;
const rows = [];
const lost = [];
const equivalent = [];
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  if (only && !file.endsWith(only)) continue;
  const lines = source.split('\n');
  let d = 0;
  let u = 0;
  for (const m of mutants) {
    const where = `${file}:${m.location.start.line}:${m.location.start.column}`;
    const line = (lines[m.location.start.line - 1] ?? '').trim();
    if (DETECTED.has(m.status)) d++;
    else if (UNDETECTED.has(m.status)) {
      u++;
      lost.push({ where, status: m.status, mutator: m.mutatorName, replacement: m.replacement, line });
    } else if (m.status === 'Ignored' && /^Static mutant/.test(m.statusReason ?? '')) {
      staticMutants++; // module-level constants, run once at import: skipped by ignoreStatic
    } else if (m.status === 'Ignored') {
      ignored++;
      equivalent.push({ where, mutator: m.mutatorName, reason: m.statusReason ?? '' });
    }
  }
  detected += d;
  undetected += u;
  if (d + u > 0) rows.push([file, d, u, (100 * d) / (d + u)]);
}
rows.sort((a, b) => a[3] - b[3]);
const score = (100 * detected) / (detected + undetected);
const markdown = args.includes('--markdown');
if (!markdown) console.log(
  `mutation score ${score.toFixed(2)}%: ${detected} detected (killed or timed out), ${undetected} undetected (survived or without coverage), ` +
    `${ignored} under an equivalent-mutant directive (reason in the // Stryker disable comment), ${staticMutants} static (not run: ignoreStatic)`,
);
if (!markdown) for (const [file, d, u, s] of rows) console.log(`  ${s.toFixed(1).padStart(5)}%  ${String(u).padStart(4)} undetected  ${file}`);
if (args.includes('--survivors')) {
  console.log('\nundetected mutants');
  for (const m of lost) console.log(`${m.where} ${m.status} ${m.mutator} → ${JSON.stringify(m.replacement)}\n    ${m.line}`);
}
if (args.includes('--ignored')) {
  console.log('\nignored as equivalent');
  for (const m of equivalent) console.log(`${m.where} ${m.mutator}: ${m.reason}`);
}

if (markdown) {
  // A record of the run for docs/mutation.md: the score, each file, every equivalent mutant.
  const out = [];
  out.push('---', 'title: Mutation testing', '---', '', '# Mutation testing', '');
  out.push(
    `Stryker ${report.framework?.version ?? ''} (vitest runner) over \`src/\` except the CLI, run with \`npm run test:mutation\`; ` +
      'this page is written from its report by `node scripts/mutation-report.mjs --markdown`.',
    '',
  );
  const worst = (100 * detected) / (detected + undetected + ignored);
  out.push(
    `**Mutation score: ${score.toFixed(2)}%**: ${detected} mutants detected (killed or timed out), ${undetected} undetected, ` +
      `${ignored} under an equivalent-mutant directive (not run; see below), ${staticMutants} static mutants not run ` +
      '(`ignoreStatic`: module-level constants, evaluated once at import). ' +
      `Counting every mutant under a directive as a survivor, the score would be ${worst.toFixed(2)}%.`,
    '',
  );
  out.push('| file | score | undetected |', '|---|---:|---:|');
  for (const [file, , u, s] of rows) out.push(`| \`${file}\` | ${s.toFixed(1)}% | ${u} |`);
  out.push('', '## Undetected mutants', '');
  if (lost.length === 0) out.push('None.');
  for (const m of lost) out.push(`- \`${m.where}\` ${m.status} ${m.mutator} → \`${m.replacement}\``);
  out.push('', '## Mutants under an equivalent-mutant directive', '');
  out.push(
    'An equivalent mutant is one no input can tell from the original (a redundant guard, a fast path that gives the same ' +
      'result as the general one). Each is marked in the source by a `// Stryker disable next-line <mutator>: <reason>` ' +
      'directive on the line before it. A directive covers every mutant of the named mutator on its line, and Stryker cannot ' +
      'single one out, so some of the mutants counted here are killable variants that share a line and a mutator with an ' +
      'equivalent one: each reason says which variants are equivalent and which test kills the others (each was seen killed ' +
      'before its directive was added).',
    '',
  );
  const byWhere = new Map();
  for (const m of equivalent) {
    const key = `${m.where.split(':').slice(0, 2).join(':')} ${m.reason}`;
    const e = byWhere.get(key) ?? { where: m.where.split(':').slice(0, 2).join(':'), reason: m.reason, mutators: new Set(), count: 0 };
    e.mutators.add(m.mutator);
    e.count++;
    byWhere.set(key, e);
  }
  for (const e of byWhere.values()) {
    out.push(`- \`${e.where}\` (${e.count} × ${[...e.mutators].join(', ')}): ${e.reason}`);
  }
  // The hand-written "Equivalent mutants, explained" section of the current page is carried over.
  const page = existsSync('docs/mutation.md') ? readFileSync('docs/mutation.md', 'utf8') : '';
  const explained = page.indexOf('\n## Equivalent mutants, explained');
  if (explained >= 0) out.push(page.slice(explained).trimEnd());
  console.log(out.join('\n'));
}
