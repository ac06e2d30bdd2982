// Issue 14, "CLI streams and exit codes", and issue 19 item 4 (batch --select / --compact):
// each point through the built bin as a child process.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { procedures } from '../../src/procedures.js';

// Each test starts the bin as a child process, several times; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 });

const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'solar-sop-streams-'));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The output records of a batch, one per stdout line. */
function records(stdout: string): Record<string, any>[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

const FPT = 'pto-delay/first-payment-timing';
const facts = { m2ApprovedOn: '2026-09-25', installer: 'Top Electric', now: '2026-11-23T12:00:00-08:00' };
const good = JSON.stringify(facts);
/** The CLI's exit status and stderr when its stdout reader closes the pipe after the first line. */
function throughHead(args: string[], input = ''): { status: string; stderr: string; stdout: string } {
  const inputFile = file('head-input.ndjson', input);
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" ${args.map((a) => `'${a}'`).join(' ')} < "${inputFile}" | head -1; echo "status \${PIPESTATUS[0]}" >&2`], {
    encoding: 'utf8',
  });
  return { status: /status (\d+)/.exec(r.stderr)?.[1] ?? '', stderr: r.stderr.replace(/status \d+\n$/, ''), stdout: r.stdout };
}

describe('a closed pipe', () => {
  it('ends list quietly with exit 0 when the reader has gone', async () => {
    // The reading end is closed before the CLI writes anything, so every write meets EPIPE.
    const child = spawn(process.execPath, [CLI, 'list'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('ends list | head -1 and batch … | head -1 quietly with exit 0', () => {
    const list = throughHead(['list']);
    expect(list).toMatchObject({ status: '0', stderr: '' });
    expect(list.stdout).toBe(`${procedures[0]?.id}\n`);
    const batch = throughHead(['batch', FPT, '-'], `${good}\n`.repeat(20_000));
    expect(batch).toMatchObject({ status: '0', stderr: '' });
    expect(JSON.parse(batch.stdout)).toMatchObject({ line: 1, outcome: 'within-grace' });
  });
});

describe('batch lines and records', () => {
  it('splits on LF only: a bare CR stays inside its line, CRLF line ends are dropped', () => {
    const r = run(['batch', FPT, '-'], `${good}\r\n{"installer": "Top\rElectric"}\r\n${good}\n`);
    const out = records(r.stdout);
    expect(out.map((o) => o.line)).toEqual([1, 2, 3]);
    expect(out[0]?.outcome).toBe('within-grace');
    expect(out[1]).toMatchObject({ line: 2, error: { type: 'InvalidJson' } });
    expect(out[2]?.outcome).toBe('within-grace');
  });

  it('gives exactly one record per input line, blank lines included, and reads a last line without LF', () => {
    const r = run(['batch', FPT, '-'], `\n${good}\n   \n\r\n${good}`);
    const out = records(r.stdout);
    expect(out.map((o) => [o.line, o.error?.type ?? o.outcome])).toEqual([
      [1, 'EmptyLine'],
      [2, 'within-grace'],
      [3, 'EmptyLine'],
      [4, 'EmptyLine'],
      [5, 'within-grace'],
    ]);
    expect(run(['batch', FPT, '-'], '').stdout).toBe('');
  });

  it('puts the input line on every record, ok or error, and keeps the library’s issue codes', () => {
    const r = run(['batch', FPT, '-'], [good, JSON.stringify({ ...facts, m2ApprovedOn: 20260925, extra: 1 })].join('\n'));
    const [ok, bad] = records(r.stdout);
    expect(ok).toMatchObject({ line: 1, procedure: FPT, outcome: 'within-grace' });
    expect(bad?.line).toBe(2);
    expect(bad?.error.type).toBe('SopInputError');
    expect(bad?.error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'm2ApprovedOn', code: 'invalid_type' }),
        expect.objectContaining({ path: '(root)', code: 'unrecognized_keys' }),
      ]),
    );
  });

  it('answers a line of invalid UTF-8 with an InvalidUtf8 record instead of a changed decision', () => {
    const bytes = Buffer.concat([Buffer.from(`${good}\n{"m2ApprovedOn":"2026-09-25","installer":"Top Electric`), Buffer.from([0xff, 0xfe]), Buffer.from(`","now":"2026-11-23T12:00:00Z"}\n${good}\n`)]);
    const r = run(['batch', FPT, file('latin.ndjson', bytes)]);
    const out = records(r.stdout);
    expect(out.map((o) => o.line)).toEqual([1, 2, 3]);
    expect(out[1]).toEqual({ line: 2, error: { type: 'InvalidUtf8', message: 'line 2 is not valid UTF-8 text' } });
    expect(r.code).toBe(1);
  });

  it('accepts a UTF-8 byte order mark on a policy file, a facts file and the first batch line', () => {
    const policy = file('bom-policy.json', `\uFEFF${JSON.stringify({ name: 'bom', version: '1', ptoDelay: { gracePeriodDays: 90 } })}`);
    const d = run(['decide', FPT, '--policy', policy, file('bom-facts.json', `\uFEFF${good}`)]);
    expect(d.code, d.stderr).toBe(0);
    expect(JSON.parse(d.stdout).policy).toEqual({ name: 'bom', version: '1' });
    const b = run(['batch', FPT, '--policy', policy, '-'], `\uFEFF${good}\n${good}\n`);
    expect(b.code, b.stderr).toBe(0);
    expect(records(b.stdout).map((o) => o.policy.name)).toEqual(['bom', 'bom']);
  });

  // The library accepts no input that makes it fail, so a defect is simulated: a module preloaded
  // into the CLI's process breaks String#normalize (which name matching calls on a name beyond ASCII) for one marker name.
  const defect = file(
    'simulated-defect.mjs',
    `const normalize = String.prototype.normalize;
String.prototype.normalize = function (form) {
  if (String(this).includes('Défaut simulé')) throw new TypeError('simulated defect');
  return normalize.call(this, form);
};`,
  );
  function runWithDefect(args: string[], input: string) {
    const r = spawnSync(process.execPath, ['--import', defect, CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  const broken = JSON.stringify({ ...facts, installer: 'Défaut simulé' });

  it('answers a line that hits a defect with an InternalError record, goes on, and exits 70', () => {
    const r = runWithDefect(['batch', FPT, '-'], [good, broken, good, '{'].join('\n'));
    const out = records(r.stdout);
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4]);
    expect(out[0]?.outcome).toBe('within-grace');
    expect(out[1]?.error.type).toBe('InternalError');
    expect(out[1]?.error.message).toMatch(/^unexpected error in solar-sop \(please report it\): /);
    expect(JSON.stringify(out[1])).not.toMatch(/\bat .*:\d+:\d+/);
    expect(out[2]?.outcome).toBe('within-grace');
    expect(out[3]?.error.type).toBe('InvalidJson');
    expect(r.stderr).toBe(`${FPT}: 4 lines: 2 ok (within-grace: 2), 1 invalid, 1 failed by a defect in solar-sop (please report it)\n`);
    expect(r.code).toBe(70);
  });

  it('writes every line when every decision fails, and says so', () => {
    const r = runWithDefect(['batch', FPT, '-'], `${broken}\n`.repeat(2000));
    const out = records(r.stdout);
    expect(out).toHaveLength(2000);
    expect(out.every((o, i) => o.line === i + 1 && o.error.type === 'InternalError')).toBe(true);
    expect(r.stderr).toBe(`${FPT}: 2000 lines: 0 ok, 0 invalid, 2000 failed by a defect in solar-sop (please report it)\n`);
    expect(r.code).toBe(70);
  });

  it('exits 0 when every line decided', () => {
    const r = run(['batch', FPT, '-'], `${good}\n${good}\n`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${FPT}: 2 lines: 2 ok (within-grace: 2), 0 invalid\n`);
  });
});

describe('files and up-front checks', () => {
  it('exits 2 naming a directory given as the input file, before any line', () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const r = run(['batch', FPT, folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`solar-sop: Cannot read input file ${folder}: is a directory, not a file\n`);
    expect(run(['decide', FPT, folder]).stderr).toBe(`solar-sop: Cannot read facts file ${folder}: is a directory, not a file\n`);
  });

  it('says which file is missing and that there is no such file', () => {
    const missing = join(dir, 'missing.ndjson');
    const b = run(['batch', FPT, missing]);
    expect(b.code).toBe(1);
    expect(b.stderr).toBe(`solar-sop: Cannot read input file ${missing}: no such file\n`);
    const p = run(['decide', FPT, '--policy', join(dir, 'nope.json'), '-'], good);
    expect(p.code).toBe(1);
    expect(p.stderr).toBe(`solar-sop: Cannot read policy file ${join(dir, 'nope.json')}: no such file\n`);
  });

  it('refuses a --now the library cannot read before reading any line', () => {
    for (const command of ['batch', 'decide']) {
      const r = run([command, FPT, '--now', '2026-11-23T17:00:00+99:99', '-'], `${good}\n`);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `solar-sop: ${command}: --now: "2026-11-23T17:00:00+99:99" is not a real date and time (see "solar-sop ${command} --help")\n`,
      );
    }
  });
});

describe('usage', () => {
  it('answers a usage problem with exit 2 and one line saying what is wrong', { timeout: 60_000 }, () => {
    const cases: [string[], string][] = [
      [['decide', FPT, '--bogus'], 'solar-sop: decide: unknown option --bogus (see "solar-sop decide --help")\n'],
      [['decide', FPT, '--polcy', 'x.json'], 'solar-sop: decide: unknown option --polcy; did you mean --policy? (see "solar-sop decide --help")\n'],
      [['decide'], 'solar-sop: decide: name a procedure (solar-sop list shows them) (see "solar-sop decide --help")\n'],
      [['batch', FPT, 'a', 'b'], 'solar-sop: batch: takes one input file, got 2 (see "solar-sop batch --help")\n'],
      [['decide', FPT, '--format', 'xml', '-'], 'solar-sop: decide: --format must be json or text, got "xml" (see "solar-sop decide --help")\n'],
      [['lst'], 'solar-sop: unknown command "lst"; did you mean "list"? (see "solar-sop --help")\n'],
      [['frobnicate'], 'solar-sop: unknown command "frobnicate" (see "solar-sop --help")\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = run(args, '{}');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toBe(stderr);
    }
  });

  it('gives every command its own --help', { timeout: 60_000 }, () => {
    for (const command of ['list', 'decide', 'schema', 'batch']) {
      for (const flag of ['--help', '-h']) {
        const r = run([command, flag]);
        expect(r.code, `${command} ${flag}`).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^Usage: solar-sop ${command}`));
      }
    }
    expect(run(['decide', FPT, '--help']).stdout).toMatch(/--example/);
    expect(run(['help', 'batch']).stdout).toMatch(/^Usage: solar-sop batch/);
    const top = run(['--help']);
    for (const command of ['list', 'decide', 'schema', 'batch']) expect(top.stdout).toContain(`  ${command} `);
  });

  it('lists the procedures as JSON with list --format json', () => {
    const r = run(['list', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.map((p: { id: string }) => p.id)).toEqual(procedures.map((p) => p.id));
    expect(list[0]).toEqual({
      id: procedures[0]?.id,
      functionName: procedures[0]?.functionName,
      summary: procedures[0]?.summary,
      outcomes: procedures[0]?.outcomes,
      usesNow: procedures[0]?.usesNow,
      examples: procedures[0]?.examples.map((e) => ({ name: e.name, description: e.description, outcome: e.expect.outcome })),
    });
  });

  it('takes --format in any letter case', () => {
    expect(run(['decide', FPT, '--format', 'TEXT', '-'], good).stdout).toMatch(/^pto-delay\/first-payment-timing: within-grace\n/);
    expect(JSON.parse(run(['list', '--format', 'Json']).stdout)).toHaveLength(procedures.length);
  });

  it('suggests the nearest field of the facts schema for a misspelt field', () => {
    const { m2ApprovedOn, ...rest } = facts;
    const typo = JSON.stringify({ ...rest, m2ApprovdOn: m2ApprovedOn });
    const d = run(['decide', FPT, '-'], typo);
    expect(d.code).toBe(1);
    expect(d.stderr).toContain('  - (root): unknown field "m2ApprovdOn" (check the spelling); did you mean "m2ApprovedOn"?');
    const b = records(run(['batch', FPT, '-'], typo).stdout)[0];
    expect(b?.error.issues).toContainEqual(expect.objectContaining({ path: '(root)', code: 'unrecognized_keys', suggestion: 'm2ApprovedOn' }));
  });

  it('escapes control characters taken from the facts in --format text', () => {
    // Name-like facts refuse control characters; a city is free text and reaches the trace.
    const example = procedures.find((p) => p.id === 'pto-delay/homeowner-reply')?.examples[0]?.facts as { site: object };
    const hostile = { ...example, site: { ...example.site, city: 'Denver\u001b[2J\u001b[31m\u009b' } };
    const r = run(['decide', 'pto-delay/homeowner-reply', '--format', 'text', '-'], JSON.stringify(hostile));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u001b\u009b]/);
    expect(r.stdout).toContain('at Denver\\u001b[2J\\u001b[31m\\u009b, CO');
  });
});

describe('batch --select and --compact', () => {
  it('writes only the chosen fields, plus line', () => {
    const r = run(['batch', FPT, '--select', 'line,outcome,firstPaymentDueOn', '-'], `${good}\n{\n`);
    expect(r.code).toBe(1);
    expect(records(r.stdout)).toEqual([
      { line: 1, outcome: 'within-grace', firstPaymentDueOn: '2026-11-24' },
      { line: 2, error: expect.objectContaining({ type: 'InvalidJson' }) },
    ]);
  });

  it('refuses an unknown field with the nearest field of the decision', () => {
    const r = run(['batch', FPT, '--select', 'outcome,firstPaymentDue', '-'], good);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `solar-sop: batch: --select: ${FPT} decisions have no field "firstPaymentDue"; did you mean "firstPaymentDueOn"? (see "solar-sop batch --help")\n`,
    );
    expect(run(['batch', FPT, '--select', ',', '-'], good).code).toBe(2);
  });

  it('leaves the sources out of the trace with --compact', () => {
    const [full] = records(run(['batch', FPT, '-'], good).stdout);
    const [compact] = records(run(['batch', FPT, '--compact', '-'], good).stdout);
    expect(full?.trace[0].source).toBeDefined();
    expect(compact?.trace).toEqual(full?.trace.map(({ source: _s, ...t }: { source: unknown }) => t));
    expect({ ...compact, trace: full?.trace }).toEqual(full);
    const [selected] = records(run(['batch', FPT, '--compact', '--select', 'trace', '-'], good).stdout);
    expect(selected).toEqual({ line: 1, trace: compact?.trace });
  });
});
