// How `solar-sop test` prints results: text for people, JUnit XML and TAP for CI, JSON for tools.
import { stringify } from 'yaml';
import type { Source } from '../_lib/sources.js';
import type { RuleCoverage } from '../testing/coverage.js';
import type { CaseFailure } from '../testing/match.js';
import type { CaseResult } from '../testing/run.js';

export type ReporterName = 'text' | 'junit' | 'tap' | 'json';
export const REPORTERS: readonly ReporterName[] = ['text', 'junit', 'tap', 'json'];

function where(r: CaseResult): string {
  return r.location ? `${r.location.file}:${r.location.line}` : '(in code)';
}

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

function value(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v, null, 2);
}

/** One failure as expected vs actual. */
export function failureText(f: CaseFailure): string {
  const head = `${f.step === undefined ? '' : `step ${f.step} › `}${f.path}: ${f.message}`;
  return `${head}\n${indent(`expected: ${value(f.expected)}`, '  ')}\n${indent(`actual:   ${value(f.actual)}`, '  ')}`;
}

function quote(s: Source): string {
  return `[${s.seed} § "${s.section}"]`;
}

function pct(n: number): string {
  return `${Math.floor(n * 10) / 10}%`;
}

/** The coverage report: per procedure, the outcomes and rules reached and never reached. */
export function coverageText(c: RuleCoverage): string {
  const out: string[] = ['Coverage:'];
  for (const p of c.procedures) {
    const rules = p.rules.reached.length + p.rules.missed.length;
    const outcomes = p.outcomes.reached.length + p.outcomes.missed.length;
    out.push(`  ${p.procedure}: ${p.cases} case${p.cases === 1 ? '' : 's'}, outcomes ${p.outcomes.reached.length}/${outcomes}, rules ${p.rules.reached.length}/${rules}`);
    if (p.outcomes.reached.length > 0) out.push(`    outcomes reached: ${p.outcomes.reached.join(', ')}`);
    if (p.outcomes.missed.length > 0) out.push(`    outcomes never reached: ${p.outcomes.missed.join(', ')}`);
    if (p.rules.reached.length > 0) out.push('    rules reached:', ...p.rules.reached.map((r) => `      ${r.id}  ${quote(r.source)}`));
    if (p.rules.missed.length > 0) out.push('    rules never reached:', ...p.rules.missed.map((r) => `      ${r.id}  ${quote(r.source)}`));
  }
  out.push(
    `Rules reached: ${c.rules.reached}/${c.rules.total} (${pct(c.rules.percent)}); outcomes reached: ${c.outcomes.reached}/${c.outcomes.total} (${pct(c.outcomes.percent)})`,
  );
  return out.join('\n');
}

function counts(results: readonly CaseResult[]): { passed: number; failed: number } {
  const passed = results.filter((r) => r.passed).length;
  return { passed, failed: results.length - passed };
}

/** Text: each failure with the case's file and line, the coverage when asked, then `N passed, N failed`. */
export function textReport(results: readonly CaseResult[], coverage?: RuleCoverage): string {
  const out: string[] = [];
  for (const r of results.filter((x) => !x.passed)) {
    out.push(`FAIL ${where(r)}  ${r.name}  (${r.procedure})`, ...r.failures.map((f) => indent(failureText(f), '  ')), '');
  }
  if (coverage) out.push(coverageText(coverage), '');
  const { passed, failed } = counts(results);
  out.push(`${passed} passed, ${failed} failed`);
  return `${out.join('\n')}\n`;
}

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 cannot hold most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** JUnit XML as GitLab, GitHub and Jenkins read it: one testsuite per file, one testcase per case. */
export function junitReport(results: readonly CaseResult[]): string {
  const files = new Map<string, CaseResult[]>();
  for (const r of results) {
    const file = r.location?.file ?? '(in code)';
    files.set(file, [...(files.get(file) ?? []), r]);
  }
  const all = counts(results);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="solar-sop" tests="${results.length}" failures="${all.failed}" errors="0">`];
  for (const [file, list] of files) {
    const c = counts(list);
    out.push(`  <testsuite name="${xml(file)}" tests="${list.length}" failures="${c.failed}" errors="0" skipped="0">`);
    for (const r of list) {
      const attrs = `name="${xml(r.name)}" classname="${xml(r.procedure)}"${r.location ? ` file="${xml(r.location.file)}" line="${r.location.line}"` : ''}`;
      if (r.passed) {
        out.push(`    <testcase ${attrs}/>`);
        continue;
      }
      const first = r.failures[0] as CaseFailure;
      out.push(
        `    <testcase ${attrs}>`,
        `      <failure message="${xml(`${first.path}: ${first.message}`)}" type="expectation">${xml(`${where(r)}\n${r.failures.map(failureText).join('\n')}`)}</failure>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/** TAP version 13, with each failure in a YAML block. */
export function tapReport(results: readonly CaseResult[]): string {
  const out = ['TAP version 13', `1..${results.length}`];
  results.forEach((r, i) => {
    const title = `${r.name.replace(/#/g, '\\#')} (${r.procedure})`;
    if (r.passed) {
      out.push(`ok ${i + 1} - ${title}`);
      return;
    }
    const block = stringify({ at: where(r), failures: r.failures }).trimEnd();
    out.push(`not ok ${i + 1} - ${title}`, '  ---', indent(block, '  '), '  ...');
  });
  const { passed, failed } = counts(results);
  out.push(`# pass ${passed}`, `# fail ${failed}`);
  return `${out.join('\n')}\n`;
}

/** JSON: every result, the counts, and the coverage when asked. */
export function jsonReport(results: readonly CaseResult[], coverage?: RuleCoverage): string {
  return `${JSON.stringify({ ...counts(results), results, ...(coverage ? { coverage } : {}) }, null, 2)}\n`;
}
