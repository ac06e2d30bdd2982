import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { loadCaseFiles } from '../../src/testing/index.js';

vi.setConfig({ testTimeout: 60_000 });

const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
const CASES = fileURLToPath(new URL('../cases/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'solar-sop-testing-cli-'));

/** Runs the built bin (`npm test` builds it first) as a child process. */
function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const FPT = 'pto-delay/first-payment-timing';
const passing = `- name: Day 59 is within grace
  procedure: ${FPT}
  facts: { m2ApprovedOn: '2026-09-25', installer: Top Electric }
  now: '2026-11-23T12:00:00-08:00'
  expect: { outcome: within-grace, rules: [pto-delay/grace-period] }
`;
const failing = `${passing}- name: Day 60 is wrongly expected within grace & <escaped>
  procedure: ${FPT}
  facts: { m2ApprovedOn: '2026-09-24', installer: Top Electric }
  now: '2026-11-23T12:00:00-08:00'
  expect:
    outcome: within-grace
`;
const ok = file('ok.yaml', passing);
const bad = file('bad.yaml', failing);
const policy = file('policy.json', JSON.stringify({ name: 'acme', version: '1', ptoDelay: { gracePeriodDays: 90 } }));

/** The attributes of each element with this tag, in order. */
function elements(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}((?:\\s+[\\w-]+="[^"]*")*)\\s*/?>`, 'g'))].map((m) =>
    Object.fromEntries([...(m[1] as string).matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1] as string, a[2] as string])),
  );
}

describe('solar-sop test', () => {
  it('runs our own suite: every case passes and every rule is reached', () => {
    const r = run(['test', CASES, '--coverage', '--min-coverage', '100']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`${loadCaseFiles([CASES]).length} passed, 0 failed`);
    expect(r.stdout).toMatch(/Rules reached: (\d+)\/\1 \(100%\)/);
    expect(r.stdout).toContain('      pto-delay/grace-period  [003_137eaa1282337539.txt § "Check to see if the M2 approval date');
  });

  it('exits 1 and prints each failure as expected vs actual with the case’s file and line; the last line counts', () => {
    const r = run(['test', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL ${bad}:6  Day 60 is wrongly expected within grace & <escaped>  (${FPT})`);
    expect(r.stdout).toContain('  outcome: expected outcome "within-grace", got "grace-ended"\n    expected: within-grace\n    actual:   grace-ended');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it('applies --policy to every case', () => {
    const r = run(['test', bad, '--policy', policy]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2 passed, 0 failed\n');
  });

  it('shows which outcomes and rules were never reached, and fails below --min-coverage', () => {
    const r = run(['test', ok, '--coverage']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  ${FPT}: 1 case, outcomes 1/2, rules 3/4\n    outcomes reached: within-grace\n    outcomes never reached: grace-ended`);
    expect(r.stdout).toContain('    rules never reached:\n      pto-delay/grace-ended-reply  [003_137eaa1282337539.txt § "If more than 60 days');
    expect(r.stdout).toMatch(/\n  pto-delay\/partner-ticket: 0 cases, outcomes 0\/3, rules 0\/11\n    outcomes never reached:/);
    const low = run(['test', ok, '--min-coverage', '50']);
    expect(low.code).toBe(1);
    expect(low.stderr).toMatch(/^solar-sop: rule coverage \d\.\d% is below --min-coverage 50%\n$/);
    expect(low.stdout).toContain('Rules reached: 3/');
  });

  it('writes JUnit XML with the shape CI systems read: testsuites > testsuite > testcase > failure, counts that add up', () => {
    const r = run(['test', ok, bad, '--reporter', 'junit']);
    expect(r.code).toBe(1);
    const xml = r.stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(xml.trimEnd().endsWith('</testsuites>')).toBe(true);
    const [root] = elements(xml, 'testsuites');
    const suites = elements(xml, 'testsuite');
    const cases = elements(xml, 'testcase');
    const failures = elements(xml, 'failure');
    expect(root).toMatchObject({ tests: '3', failures: '1', errors: '0' });
    expect(suites.map((s) => [s.name, s.tests, s.failures, s.errors])).toEqual([[ok, '1', '0', '0'], [bad, '2', '1', '0']]);
    expect(suites.reduce((n, s) => n + Number(s.tests), 0)).toBe(cases.length);
    expect(suites.reduce((n, s) => n + Number(s.failures), 0)).toBe(failures.length);
    expect(cases.map((c) => [c.classname, c.line])).toEqual([[FPT, '1'], [FPT, '1'], [FPT, '6']]);
    expect(cases[2]?.name).toBe('Day 60 is wrongly expected within grace &amp; &lt;escaped&gt;');
    expect(failures[0]).toMatchObject({ type: 'expectation', message: 'outcome: expected outcome &quot;within-grace&quot;, got &quot;grace-ended&quot;' });
    // Every failure sits inside a testcase, every testcase inside a testsuite: the nesting is well formed.
    const nesting = [...xml.matchAll(/<(\/?)(testsuites|testsuite|testcase|failure)\b[^>]*?(\/?)>/g)];
    const stack: string[] = [];
    for (const [, close, tag, selfClosing] of nesting) {
      if (close) expect(stack.pop()).toBe(tag);
      else {
        expect(stack.at(-1)).toBe({ testsuites: undefined, testsuite: 'testsuites', testcase: 'testsuite', failure: 'testcase' }[tag as string]);
        if (!selfClosing) stack.push(tag as string);
      }
    }
    expect(stack).toEqual([]);
    expect(xml).toContain('expected: within-grace\n  actual:   grace-ended</failure>');
  });

  it('writes TAP 13 and JSON', () => {
    const tap = run(['test', bad, '--reporter', 'tap']);
    expect(tap.code).toBe(1);
    expect(tap.stdout).toMatch(/^TAP version 13\n1\.\.2\nok 1 - Day 59 is within grace \(pto-delay\/first-payment-timing\)\nnot ok 2 - Day 60/);
    const block = tap.stdout.split('  ---\n')[1]?.split('  ...')[0] as string;
    expect(parse(block.replace(/^ {2}/gm, ''))).toMatchObject({ at: `${bad}:6`, failures: [{ path: 'outcome', expected: 'within-grace', actual: 'grace-ended' }] });
    expect(tap.stdout).toContain('# pass 1\n# fail 1\n');
    const json = run(['test', bad, '--reporter', 'json', '--coverage']);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ passed: 1, failed: 1, results: [{ passed: true }, { passed: false, location: { file: bad, line: 6 } }], coverage: { rules: { total: expect.any(Number) } } });
    const junitCoverage = run(['test', ok, '--reporter', 'junit', '--coverage']);
    expect(junitCoverage.stdout.startsWith('<?xml')).toBe(true);
    expect(junitCoverage.stderr).toContain('Rules reached: 3/');
  });

  it('exits 2 for usage errors and for files it cannot read or parse, naming the path, line and column', () => {
    expect(run(['test']).code).toBe(2);
    expect(run(['test', ok, '--reporter', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--reporter must be one of text, junit, tap, json') });
    expect(run(['test', ok, '--min-coverage', 'lots'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--min-coverage must be a percentage') });
    expect(run(['test', ok, '--bogus'])).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--bogus'") });
    const missing = run(['test', join(dir, 'missing.yaml')]);
    expect(missing).toMatchObject({ code: 2, stderr: `solar-sop: Invalid case file ${join(dir, 'missing.yaml')}:\n  ${join(dir, 'missing.yaml')}:1:1: cannot be read (ENOENT)\n` });
    const broken = file('broken.yaml', '- name: x\n  facts: [1, 2\n');
    expect(run(['test', broken])).toMatchObject({ code: 2, stderr: expect.stringContaining(`${broken}:3:1: Flow sequence in block collection`) });
    const invalid = file('invalid.yaml', `- name: x\n  procedure: ${FPT}\n  facts: {}\n  expect: { outcome: 3 }\n`);
    expect(run(['test', invalid])).toMatchObject({ code: 2, stderr: expect.stringContaining(`${invalid}:4:22: [0].expect.outcome: expected string, got number`) });
    mkdirSync(join(dir, 'empty'), { recursive: true });
    expect(run(['test', join(dir, 'empty')])).toMatchObject({ code: 2, stderr: expect.stringContaining('No cases found') });
    expect(run(['test', ok, '--policy', join(dir, 'nope.json')])).toMatchObject({ code: 2, stderr: expect.stringContaining('Cannot read policy file') });
    expect(run(['test', ok, '--policy', file('p-bad-json.json', '{')])).toMatchObject({ code: 2, stderr: expect.stringContaining('is not valid JSON') });
    const badPolicy = file('p-bad.json', JSON.stringify({ name: 'x', version: '1', ptoDelay: { gracePeriodDays: 0 } }));
    expect(run(['test', ok, '--policy', badPolicy])).toMatchObject({ code: 2, stderr: `solar-sop: Policy file ${badPolicy} is invalid:\n  - ptoDelay.gracePeriodDays: must be at least 1\n` });
  });
});

describe('solar-sop schema --cases', () => {
  it('prints the JSON Schema of case files, which our own case files satisfy and a broken one does not', () => {
    const r = run(['schema', '--cases']);
    expect(r.code).toBe(0);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(r.stdout));
    for (const c of loadCaseFiles([CASES])) {
      const { location: _location, ...written } = c;
      expect(validate(written), `${c.location.file}:${c.location.line} ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate(parse(failing))).toBe(true);
    expect(validate([{ name: 'x', procedure: 'nope', facts: {} }])).toBe(false);
  });
});

describe('solar-sop policy check', () => {
  it('passes a policy that keeps every invariant', () => {
    const r = run(['policy', 'check', policy, '--runs', '100']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^policy acme 1: \d+ examples, 100 generated facts, \d+ do-not-contact spellings, \d+ templates checked\nAll invariants hold\.\n$/);
  });

  it('prints each broken invariant with a case that reproduces it under the policy, and exits 1', () => {
    const blank = file('blank.json', JSON.stringify({ name: 'blank', version: '1', templates: { 'pto-delay/double-billing-escalation': ' ' } }));
    const r = run(['policy', 'check', blank, '--runs', '50', '--seed', '3']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('BROKEN 1. [complete-decision] pto-delay/handle-concern example "ticket-littleton-grace-ended": the decision has an empty message pto-delay/double-billing-escalation');
    expect(r.stdout).toContain('[template-renders] template pto-delay/double-billing-escalation renders to empty text');
    expect(r.stdout).toMatch(/broken invariants?\.\n$/);
    const first = r.stdout.split('\n\n')[0] as string;
    const yaml = first.split('\n').slice(2).map((l) => l.slice(4)).join('\n');
    const repro = file('repro.yaml', yaml);
    const rerun = run(['test', repro, '--policy', blank]);
    expect(rerun.code).toBe(1);
    expect(rerun.stdout).toContain('decision: the decision has an empty message pto-delay/double-billing-escalation');
    expect(run(['test', repro]).code).toBe(0);
  });

  it('exits 2 on usage errors and invalid policies', () => {
    expect(run(['policy', 'check']).code).toBe(2);
    expect(run(['policy', 'check', policy, '--runs', 'many'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--runs must be a whole number') });
    const badPolicy = file('p-bad2.json', JSON.stringify({ name: 'x', version: '1', ptoDelay: { gracePeriodDays: 0 } }));
    expect(run(['policy', 'check', badPolicy])).toMatchObject({ code: 2, stderr: expect.stringContaining('is invalid:\n  - ptoDelay.gracePeriodDays') });
    expect(run(['policy', 'lint', policy]).code).toBe(2);
  });
});

describe('solar-sop policy diff', () => {
  const a = file('a.json', JSON.stringify({ name: 'acme', version: '1' }));

  it('prints the values that differ with their seed passage, and the decisions that change side by side', () => {
    const r = run(['policy', 'diff', a, policy, ok]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Policy values (${a} → ${policy}):\n  ptoDelay.gracePeriodDays: 60 → 90\n`);
    expect(r.stdout).toContain(`Default from 003_137eaa1282337539.txt § "The homeowners are given a 60 day grace period`);
    expect(r.stdout).toMatch(/Decisions that change \(\d+ of \d+ compared\):/);
    expect(r.stdout).toContain('  pto-delay/first-payment-timing — day-60: outcome, actions, messages changed');
    expect(r.stdout).toMatch(/\n {3}outcome:\n {4}grace-ended +≠ within-grace\n/);
    expect(r.stdout).toContain(`  ${FPT} — Day 59 is within grace: messages changed`);
  });

  it('shows an error on one side, and nothing when the policies agree', () => {
    const shared = file('shared.json', JSON.stringify({ name: 'acme', version: '1', ptoDelay: { sharedReporterInstallers: ['Sunny Roofs'] } }));
    const needsEmail = file('needs-email.yaml', `name: No contractor e-mail\nprocedure: pto-delay/installer-outreach\nfacts: { installer: Sunny Roofs, installerContactName: Jo, homeowner: { firstName: Kim, lastName: Nguyen } }\n`);
    const r = run(['policy', 'diff', a, shared, needsEmail]);
    expect(r.stdout).toContain('  pto-delay/installer-outreach — No contractor e-mail: error changed');
    expect(r.stdout).toMatch(/SopInputError: Invalid input for +≠ decided: linked-ticket/);
    const same = run(['policy', 'diff', a, a]);
    expect(same.stdout).toMatch(/^Policy values .*\n {2}none differ\n\nDecisions that change \(0 of \d+ compared\):\n$/);
  });

  it('exits 2 on usage errors, unreadable files and invalid policies', () => {
    expect(run(['policy', 'diff', a]).code).toBe(2);
    expect(run(['policy', 'diff', a, policy, join(dir, 'missing')])).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot be read (ENOENT)') });
    const badPolicy = file('p-bad3.json', JSON.stringify({ name: 'x', version: '1', ptoDelay: { gracePeriodDays: 0 } }));
    expect(run(['policy', 'diff', a, badPolicy])).toMatchObject({ code: 2, stderr: expect.stringContaining(`Policy file ${badPolicy} is invalid`) });
  });
});
