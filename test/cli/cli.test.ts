import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { factsJsonSchema, policyJsonSchema } from '../../src/json-schema.js';
import { procedures } from '../../src/procedures.js';

// Each test starts the bin as a child process, several times; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 });

const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'solar-sop-cli-'));

/** Runs the built bin (`npm test` builds it first) as a child process. */
function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const FPT = 'pto-delay/first-payment-timing';
const facts = { m2ApprovedOn: '2026-09-25', installer: 'Top Electric', now: '2026-11-23T12:00:00-08:00' };

describe('solar-sop list', () => {
  it('lists every procedure with its outcomes and examples', () => {
    const r = run(['list']);
    expect(r.code).toBe(0);
    for (const p of procedures) {
      expect(r.stdout).toContain(p.id);
      expect(r.stdout).toContain(`outcomes: ${p.outcomes.join(', ')}`);
    }
  });
});

describe('solar-sop decide', () => {
  it('reads facts from a file and prints the decision as JSON', () => {
    const r = run(['decide', FPT, file('facts.json', JSON.stringify(facts))]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.outcome).toBe('within-grace');
    expect(d.firstPaymentDueOn).toBe('2026-11-24');
  });

  it('reads facts from stdin with -, and without a file', () => {
    expect(JSON.parse(run(['decide', FPT, '-'], JSON.stringify(facts)).stdout).outcome).toBe('within-grace');
    expect(JSON.parse(run(['decide', FPT], JSON.stringify(facts)).stdout).outcome).toBe('within-grace');
  });

  it('prints text a person reads: outcome, numbered actions, messages in full, the trace', () => {
    const r = run(['decide', FPT, '--format', 'text', '-'], JSON.stringify(facts));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^pto-delay\/first-payment-timing: within-grace\n/);
    expect(r.stdout).toContain('  1. [reply → homeowner] Tell the homeowner they will not be billed');
    expect(r.stdout).toContain('I see your system was fully installed in September 2026.');
    expect(r.stdout).toContain('pto-delay/grace-period  [003_137eaa1282337539.txt § "Check to see if the M2 approval date');
    expect(r.stdout).toContain('  firstPaymentDueOn: 2026-11-24');
  });

  it('fills a missing now from --now', () => {
    const { now: _now, ...noNow } = facts;
    const r = run(['decide', FPT, '--now', '2026-11-24T20:00:00Z', '-'], JSON.stringify(noNow));
    expect(JSON.parse(r.stdout).daysSinceInstall).toBe(60);
  });

  it('fills a missing now from the clock when --now is absent', () => {
    const { now: _now, ...noNow } = facts;
    const r = run(['decide', FPT, '-'], JSON.stringify({ ...noNow, m2ApprovedOn: '2020-01-01' }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).outcome).toBe('grace-ended');
  });

  it('applies a policy file', () => {
    const policy = file('policy.json', JSON.stringify({ name: 'long-grace', version: '2', ptoDelay: { gracePeriodDays: 90 } }));
    const d = JSON.parse(run(['decide', FPT, '--policy', policy, '-'], JSON.stringify(facts)).stdout);
    expect(d.policy).toEqual({ name: 'long-grace', version: '2' });
    expect(d.firstPaymentDueOn).toBe('2026-12-24');
  });

  // Every example runs in-process in test/cases/examples.test.ts; here each procedure's first
  // example (the default) as text and its last one by name as JSON, through the real bin.
  it('runs the bundled examples of every procedure, by default and by name', { timeout: 120_000 }, () => {
    for (const p of procedures) {
      const first = run(['decide', p.id, '--example', '--format', 'text']);
      expect(first.code, `${p.id}: ${first.stderr}`).toBe(0);
      expect(first.stdout.startsWith(`${p.id}: ${p.examples[0]?.expect.outcome}\n`), first.stdout).toBe(true);
      const last = p.examples[p.examples.length - 1];
      const r = run(['decide', p.id, '--example', last?.name as string]);
      expect(r.code, `${p.id} ${last?.name}: ${r.stderr}`).toBe(0);
      const out = JSON.parse(r.stdout);
      expect((out.decision ?? out).outcome).toBe(last?.expect.outcome);
    }
  });

  it('exits 1 on bad JSON, naming the problem, without a stack trace', () => {
    const r = run(['decide', FPT, '-'], '{"m2ApprovedOn": ');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^solar-sop: The facts on stdin is not valid JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 on bad facts, listing each path and problem', () => {
    const r = run(['decide', FPT, '-'], JSON.stringify({ ...facts, m2ApprovedOn: '2026-02-30', now: '2026-11-23T10:00' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('m2ApprovedOn: "2026-02-30" is not a calendar date');
    expect(r.stderr).toContain('now: "2026-11-23T10:00" has no UTC offset');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 on a bad policy file or a missing facts file', () => {
    const policy = file('bad-policy.json', JSON.stringify({ name: 'x', version: '1', ptoDelay: { gracePeriodDays: -5 } }));
    const r = run(['decide', FPT, '--policy', policy, '-'], JSON.stringify(facts));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ptoDelay.gracePeriodDays');
    const missing = run(['decide', FPT, join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read facts file .*nope\.json: no such file\n$/);
  });

  it('exits 2 on an unknown procedure, in one line naming the nearest id', () => {
    const r = run(['decide', 'pto-delay/first-payment-timng', '-'], '{}');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'solar-sop: decide: unknown procedure "pto-delay/first-payment-timng"; did you mean "pto-delay/first-payment-timing"? (see "solar-sop decide --help")\n',
    );
    // A bare procedure name finds its id; a word near nothing points to the list.
    expect(run(['decide', 'first-payment-timing', '-'], '{}').stderr).toContain('did you mean "pto-delay/first-payment-timing"?');
    const far = run(['decide', 'pto-delay/nope', '-'], '{}');
    expect(far.code).toBe(2);
    expect(far.stderr).toBe('solar-sop: decide: unknown procedure "pto-delay/nope"; solar-sop list shows them (see "solar-sop decide --help")\n');
  });

  it('exits 2 on usage errors', { timeout: 60_000 }, () => {
    expect(run(['decide']).code).toBe(2);
    expect(run(['decide', FPT, '--format', 'xml', '-'], '{}').code).toBe(2);
    expect(run(['decide', FPT, '--now', 'tomorrow', '-'], '{}').code).toBe(2);
    expect(run(['decide', FPT, '--example', 'no-such-example']).stderr).toMatch(/Examples: day-59/);
    expect(run(['decide', FPT, 'a.json', 'b.json']).code).toBe(2);
    expect(run(['decide', FPT, '--bogus']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run([]).code).toBe(2);
    expect(run(['--help']).code).toBe(0);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('solar-sop schema', () => {
  it('prints the facts’ JSON Schema, instants as date-time strings', () => {
    const r = run(['schema', FPT]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.title).toBe(FPT);
    expect(schema.required).toEqual(['m2ApprovedOn', 'installer', 'now']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.now).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it('prints the policy file’s JSON Schema with --policy, the library’s own', () => {
    const r = run(['schema', '--policy']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(policyJsonSchema());
    expect(run(['schema', '--policy', FPT]).code).toBe(2);
  });

  it('has a JSON Schema for every procedure’s facts that accepts its examples’ shape', () => {
    type Node = { type?: string; properties?: object; anyOf?: Node[]; oneOf?: Node[] };
    const objects = (n: Node): Node[] => (n.anyOf ?? n.oneOf ?? [n]).flatMap((m) => (m.anyOf || m.oneOf ? objects(m) : [m]));
    for (const p of procedures) {
      const variants = objects(factsJsonSchema(p.schema) as Node);
      for (const v of variants) expect(v.type, p.id).toBe('object');
      const keys = new Set(variants.flatMap((v) => Object.keys(v.properties ?? {})));
      for (const example of p.examples) {
        for (const key of Object.keys(example.facts as object)) expect(keys.has(key), `${p.id} ${key}`).toBe(true);
      }
    }
  });
});

describe('solar-sop batch', () => {
  const good = JSON.stringify(facts);
  const ended = JSON.stringify({ ...facts, m2ApprovedOn: '2026-09-01' });

  it('answers one line per line, in order, with bad lines as error records, and a summary on stderr', () => {
    const input = [good, '{"not json', ended, '', JSON.stringify({ ...facts, now: 'soon' }), good].join('\n');
    const r = run(['batch', FPT, file('batch.ndjson', input)]);
    // Some lines were invalid: exit 1 (after every line was answered).
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(out[0].outcome).toBe('within-grace');
    expect(out[1]).toMatchObject({ line: 2, error: { type: 'InvalidJson' } });
    expect(out[2].outcome).toBe('grace-ended');
    expect(out[3]).toMatchObject({ line: 4, error: { type: 'EmptyLine' } });
    expect(out[4]).toMatchObject({ line: 5, error: { type: 'SopInputError', issues: [{ path: 'now', code: 'custom' }] } });
    expect(out[5].outcome).toBe('within-grace');
    expect(r.stderr).toBe(`${FPT}: 6 lines: 3 ok (grace-ended: 1, within-grace: 2), 3 invalid\n`);
  });

  it('reads stdin and fills a missing now from --now', () => {
    const { now: _now, ...noNow } = facts;
    const r = run(['batch', FPT, '-', '--now', '2026-11-24T20:00:00Z'], `${JSON.stringify(noNow)}\n`);
    expect(JSON.parse(r.stdout).outcome).toBe('grace-ended');
  });

  it('exits 1 on a missing input file and 2 on an unknown procedure', { timeout: 60_000 }, () => {
    expect(run(['batch', FPT, join(dir, 'missing.ndjson')]).code).toBe(1);
    expect(run(['batch', 'nope', '-'], '').code).toBe(2);
    expect(run(['batch', FPT, 'a', 'b']).code).toBe(2);
  });
});
