import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'solar-sop-commands-'));
const run = (args: string[], input = '') => {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const FPT = 'pto-delay/first-payment-timing';
const FACTS = [
  { m2ApprovedOn: '2026-09-25', installer: 'Top Electric', now: '2026-11-23T12:00:00-08:00' },
  { m2ApprovedOn: '2026-08-01', installer: 'Shield Energy', now: '2026-11-23T12:00:00-08:00' },
];
const longerGrace = file('grace.json', JSON.stringify({ name: 'acme', version: '2', ptoDelay: { gracePeriodDays: 120 } }));

describe('solar-sop batch --with-facts and solar-sop replay', { timeout: 30_000 }, () => {
  const log = () => file('log.ndjson', run(['batch', FPT, file('in.ndjson', FACTS.map((f) => JSON.stringify(f)).join('\n')), '--with-facts']).stdout);

  it('writes each line as { line, facts, decision }, the facts as decided', () => {
    const lines = run(['batch', FPT, '-', '--with-facts', '--now', '2026-11-23T12:00:00Z'], '{"m2ApprovedOn":"2026-09-25","installer":"x"}\n').stdout.trim().split('\n');
    const record = JSON.parse(lines[0] as string) as { line: number; facts: unknown; decision: { stamp: { facts: string } } };
    expect(record.line).toBe(1);
    expect(record.facts).toEqual({ m2ApprovedOn: '2026-09-25', installer: 'x', now: '2026-11-23T12:00:00Z' });
    expect(record.decision.stamp.facts).toMatch(/^[0-9a-f]{16}$/);
  });

  it('finds no difference under the same library and policy: exit 0', () => {
    const r = run(['replay', log()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('replay: 2 decisions replayed, 0 lines differ\n');
  });

  it('reports every line a new policy changes, with what changed: exit 1', () => {
    const r = run(['replay', log(), '--policy', longerGrace]);
    expect(r.code).toBe(1);
    const reports = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; differences: string[]; logged: { outcome: string }; replayed: { outcome: string } });
    expect(reports.map((x) => [x.line, x.differences])).toEqual([
      [1, ['messages']],
      [2, ['outcome', 'actions', 'messages']],
    ]);
    expect([reports[1]?.logged.outcome, reports[1]?.replayed.outcome]).toEqual(['grace-ended', 'within-grace']);
    expect(r.stderr).toBe('replay: 2 decisions replayed, 2 lines differ\n');
  });

  it('reports lines it cannot replay: not JSON, not a logged decision, an unknown procedure, facts that no longer decide', () => {
    const bad = file('bad.ndjson', ['{oops', '{"a":1}', '{"facts":{},"decision":{"procedure":"no/such"}}', `{"facts":{"now":"soon"},"decision":{"procedure":"${FPT}"}}`, ''].join('\n'));
    const r = run(['replay', bad]);
    expect(r.code).toBe(1);
    const problems = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { problem: string }).problem);
    expect(problems[0]).toMatch(/^not valid JSON/);
    expect(problems[1]).toMatch(/^not a logged decision/);
    expect(problems[2]).toBe('unknown procedure');
    expect(problems[3]).toMatch(/^deciding again failed: SopInputError/);
  });

  it('reads stdin with -, exits 2 on usage errors and 1 on a missing file, naming it (as every command does)', () => {
    expect(run(['replay', '-'], '').code).toBe(0);
    expect(run(['replay']).code).toBe(2);
    const missing = run(['replay', join(dir, 'missing.ndjson')]);
    expect(missing.stderr).toMatch(/Cannot read decisions file .*missing\.ndjson: no such file/);
    expect(missing.code).toBe(1);
    expect(run(['replay', log(), '--policy', join(dir, 'missing.json')]).stderr).toMatch(/Cannot read policy file .*missing\.json: no such file/);
    expect(run(['replay', dir]).code).toBe(2);
    expect(run(['replay', log(), '--bogus']).code).toBe(2);
    expect(run(['replay', '--help']).stdout).toMatch(/^Usage: solar-sop replay/);
    expect(run(['replay', log(), '--policy', file('notjson.json', '{')]).code).toBe(1);
  });
});

describe('solar-sop policy show', { timeout: 30_000 }, () => {
  const revised = file(
    'revised.json',
    JSON.stringify({
      name: 'acme',
      version: '2027',
      revisions: [{ effectiveFrom: '2027-03-01', note: 'wiki version 15', changes: { ptoDelay: { gracePeriodDays: 90 } } }],
    }),
  );
  it('prints the values in force on a date, with the revision and its stamp', () => {
    const before = JSON.parse(run(['policy', 'show', revised, '--as-of', '2027-02-28']).stdout) as { revision: unknown; values: { ptoDelay: { gracePeriodDays: number } }; stamp: { revision: unknown } };
    const after = JSON.parse(run(['policy', 'show', revised, '--as-of', '2027-03-01']).stdout) as typeof before;
    expect(before.revision).toEqual({ effectiveFrom: null, note: 'the base values' });
    expect(before.values.ptoDelay.gracePeriodDays).toBe(60);
    expect(after.revision).toEqual({ effectiveFrom: '2027-03-01', note: 'wiki version 15' });
    expect(after.stamp.revision).toBe('2027-03-01');
    expect(after.values.ptoDelay.gracePeriodDays).toBe(90);
  });
  it('shows the default policy without a file, as of today', () => {
    const r = run(['policy', 'show']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { revision: { note: string } }).revision.note).toMatch(/seed pages/);
  });
  it('exits 1 for an invalid policy, 2 for usage errors', () => {
    expect(run(['policy', 'show', file('invalid.json', '{"name":"x","version":"1","ptoDelay":{"gracePeriodDays":-1}}')]).code).toBe(1);
    expect(run(['policy', 'show', revised, '--as-of', '2027-02-30']).code).toBe(2);
    expect(run(['policy', 'show', 'a.json', 'b.json']).code).toBe(2);
    expect(run(['policy', 'list']).code).toBe(2);
    expect(run(['policy', 'show', '--help']).stdout).toMatch(/^Usage: solar-sop policy show/);
  });
});
