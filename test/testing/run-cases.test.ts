import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { procedures } from '../../src/procedures.js';
import { casesJsonSchema, parseCases, ruleCoverage, runCases, type CaseInput } from '../../src/testing/index.js';
import { matches, partialMatch, type Failure } from '../../src/testing/match.js';

const FPT = 'pto-delay/first-payment-timing';
const day59 = { m2ApprovedOn: '2026-09-25', installer: 'Top Electric' };
const NOW = '2026-11-23T12:00:00-08:00';

function failures(c: Omit<CaseInput, 'name'>, options = {}): string[] {
  const [r] = runCases([{ name: 'case', ...c } as CaseInput], options);
  return (r?.failures ?? []).map((f) => `${f.step === undefined ? '' : `${f.step} `}${f.path}: ${f.message}`);
}

describe('partialMatch', () => {
  it('matches objects partially, lists item by item, values exactly, and names the deepest path', () => {
    const out: Failure[] = [];
    partialMatch({ a: { b: 1, c: [1, { d: 2 }] }, e: [1], f: {}, g: null }, { a: { b: 2, c: [1, { d: 3 }], x: 9 }, e: [1, 2], f: 'text', g: null }, 'd', out);
    expect(out.map((f) => `${f.path}: ${f.message}`)).toEqual([
      'd.a.b: expected 1, got 2',
      'd.a.c[1].d: expected 2, got 3',
      'd.e: expected a list of 1 item, got [1,2]',
      'd.f: expected an object, got "text"',
    ]);
    partialMatch([1, 2], undefined, 'x', out);
    expect(out.at(-1)?.message).toBe('expected a list of 2 items, got nothing');
    expect(matches({ kind: 'reply' }, { kind: 'reply', to: 'homeowner' })).toBe(true);
    expect(matches({ kind: 'reply', to: 'installer' }, { kind: 'reply', to: 'homeowner' })).toBe(false);
  });
});

describe('runCases', () => {
  it('passes a case whose every expectation holds, and records the outcomes and rules reached', () => {
    const [r] = runCases([
      {
        name: 'Day 59',
        procedure: FPT,
        facts: day59,
        now: NOW,
        expect: {
          outcome: 'within-grace',
          decision: { firstPaymentDueOn: '2026-11-24', policy: { name: 'everbright-sops' } },
          actions: { include: [{ kind: 'reply', to: 'homeowner' }], exclude: [{ kind: 'create-ticket' }] },
          messages: [{ audience: 'homeowner', contains: ['November 24, 2026'], notContains: ['{{'] }, { notContains: ['billing'] }],
          rules: ['pto-delay/grace-period'],
        },
      },
    ]);
    expect(r).toMatchObject({ name: 'Day 59', procedure: FPT, passed: true, failures: [], outcomes: ['within-grace'] });
    expect(r?.rules).toContain('pto-delay/within-grace-reply');
    expect(r).not.toHaveProperty('location');
  });

  it('passes a case without expectations that decides, and keeps the facts’ own now over the case’s', () => {
    expect(failures({ procedure: FPT, facts: { ...day59, now: '2026-11-24T12:00:00-08:00' }, now: NOW, expect: { outcome: 'grace-ended' } })).toEqual([]);
    expect(failures({ procedure: FPT, facts: { ...day59, now: NOW } })).toEqual([]);
  });

  it('reports each unmet expectation as expected vs actual, by path', () => {
    const got = failures({
      procedure: FPT,
      facts: day59,
      now: NOW,
      expect: {
        outcome: 'grace-ended',
        decision: { firstPaymentDueOn: '2026-11-25' },
        actions: { include: [{ kind: 'escalate' }], exclude: [{ kind: 'reply' }] },
        messages: [
          { templateId: 'nope' },
          { contains: ['refund'], notContains: ['September'] },
          { audience: 'homeowner', notContains: ['zzz'] },
          { audience: 'installer' },
          { channel: 'chat' },
        ],
        rules: ['pto-delay/grace-ended-reply'],
      },
    });
    expect(got).toEqual([
      'outcome: expected outcome "grace-ended", got "within-grace"',
      'decision.firstPaymentDueOn: expected "2026-11-25", got "2026-11-24"',
      'actions.include[0]: no action matches {"kind":"escalate"}',
      'actions.exclude[0]: 2 actions match {"kind":"reply"}',
      'messages[0]: no message matches {"templateId":"nope"}',
      'messages[1].contains[0]: no selected message says "refund"',
      'messages[1].notContains[0]: pto-delay/within-grace-response says "September"',
      'messages[3]: no message matches {"audience":"installer"}',
      'messages[4]: no message matches {"channel":"chat"}',
      'rules[0]: rule pto-delay/grace-ended-reply did not fire',
    ]);
    const [r] = runCases([{ name: 'x', procedure: FPT, facts: day59, now: NOW, expect: { actions: { exclude: [{ kind: 'reply', templateId: 'pto-delay/within-grace-response' }] } } }]);
    expect(r?.failures[0]).toMatchObject({ message: '1 action match {"kind":"reply","templateId":"pto-delay/within-grace-response"}', actual: [{ kind: 'reply', to: 'homeowner' }] });
    expect(JSON.stringify(r?.failures[0]?.actual)).not.toContain('summary');
  });

  it('checks an expected error: its type, the paths and codes it names, its message', () => {
    const bad = { ...day59, m2ApprovedOn: '2026-13-01' };
    expect(failures({ procedure: FPT, facts: bad, now: NOW, expect: { error: { paths: ['m2ApprovedOn'], codes: ['custom'], message: 'Invalid input' } } })).toEqual([]);
    expect(failures({ procedure: FPT, facts: bad, now: NOW, expect: { error: { paths: ['now', 'm2ApprovedOn'], codes: ['too_big'], message: 'nope' } } })).toEqual([
      'error.paths[0]: the error does not name "now"',
      'error.codes[0]: the error has no issue with code "too_big"',
      'error.message: the error’s message does not say "nope"',
    ]);
    expect(failures({ procedure: FPT, facts: bad, now: NOW, expect: { error: { type: 'TemplateError' } } })).toEqual([
      expect.stringMatching(/^error\.type: expected TemplateError, but it threw SopInputError: Invalid input/),
    ]);
    expect(failures({ procedure: FPT, facts: day59, now: NOW, expect: { error: {} } })).toEqual(['error: expected SopInputError, but the procedure decided "within-grace"']);
    expect(failures({ procedure: FPT, facts: bad, now: NOW })).toEqual([expect.stringMatching(/^error: expected a decision, but it threw SopInputError: /)]);
  });

  it('chains the states of a multi-step case, and stops after a step that threw unexpectedly', () => {
    const org = { name: 'Acme Solar' };
    const offer = { type: 'issue-reported', at: '2026-11-23T17:00:00Z', pvWattsEnabled: true, channel: 'chat', contactName: 'Dana' };
    const consent = { type: 'consent-given', at: '2026-11-23T17:10:00Z', channel: 'chat', givenBy: 'Dana', agentName: 'Sam' };
    const [ok] = runCases([
      { name: 'chain', procedure: 'pv-watts-outage/step', facts: { org }, steps: [{ event: offer, expect: { state: { status: 'workaround-offered' } } }, { event: consent, expect: { outcome: 'switch-organization' } }] },
    ]);
    expect(ok).toMatchObject({ passed: true, outcomes: ['offer-workaround', 'switch-organization'] });
    expect(failures({ procedure: 'pv-watts-outage/step', facts: { org }, steps: [{ event: consent }, { event: offer, expect: { outcome: 'x' } }] })).toEqual([
      expect.stringMatching(/^1 error: expected a decision, but it threw InvalidTransitionError/),
    ]);
    expect(failures({ procedure: 'pv-watts-outage/step', facts: { org }, steps: [{ event: consent, expect: { error: { type: 'InvalidTransitionError' } } }, { event: offer, expect: { outcome: 'x' } }] })).toEqual([
      '2 outcome: expected outcome "x", got "offer-workaround"',
    ]);
  });

  it('decides under the suite’s policy, with each case’s overrides merged over it', () => {
    const c = { procedure: FPT, facts: { ...day59, m2ApprovedOn: '2026-09-24' }, now: NOW };
    const suite = { name: 'host', version: '7', ptoDelay: { gracePeriodDays: 90, assignee: 'Ana' } };
    expect(failures({ ...c, expect: { outcome: 'within-grace', decision: { policy: { name: 'host', version: '7' } } } }, { policy: suite })).toEqual([]);
    expect(failures({ ...c, expect: { outcome: 'within-grace' } }, { policy: definePolicy(suite) })).toEqual([]);
    expect(failures({ ...c, policy: { ptoDelay: { gracePeriodDays: 30 } }, expect: { outcome: 'grace-ended', decision: { policy: { name: 'host' } } } }, { policy: suite })).toEqual([]);
    expect(failures({ ...c, policy: { ptoDelay: { gracePeriodDays: 30 } }, expect: { outcome: 'grace-ended' } }, { policy: definePolicy(suite) })).toEqual([]);
    expect(failures({ ...c, policy: { ptoDelay: { gracePeriodDays: 30 } }, expect: { outcome: 'grace-ended', decision: { policy: { name: 'everbright-sops' } } } })).toEqual([]);
    expect(failures({ ...c, policy: { ptoDelay: { gracePeriodDays: -1 } } })).toEqual(['policy: the case’s policy overrides are invalid: ptoDelay.gracePeriodDays: must be at least 1']);
    expect(() => runCases([], { policy: { name: '', version: '1' } })).toThrow(SopInputError);
  });

  it('fails a decision that is not complete under the policy, such as a template replaced by blank text', () => {
    const policy = { templates: { 'pto-delay/within-grace-response': ' ' } };
    expect(failures({ procedure: FPT, facts: day59, now: NOW, policy })).toEqual(['decision: the decision has an empty message pto-delay/within-grace-response']);
  });

  it('reads a selector-free message expectation on a decision without messages as holding', () => {
    const facts = { organization: 'Sunny Roofs' };
    const [r] = runCases([{ name: 'x', procedure: 'service-desk/ticket-priority', facts, expect: { messages: [{ notContains: ['x'] }, { contains: ['y'] }] } }]);
    expect(r?.failures.map((f) => f.path)).toEqual(['messages[1].contains[0]']);
    const outreach = { installer: 'Sunny Roofs', contractorEmail: 'ops@sunny.example', installerContactName: 'Jo', homeowner: { firstName: 'Kim', lastName: 'Nguyen' } };
    const email = { audience: 'installer' as const, channel: 'email' as const, contains: ['Kim Nguyen'] };
    expect(failures({ procedure: 'pto-delay/installer-outreach', facts: outreach, expect: { messages: [email] } })).toEqual([]);
  });

  it('makes a case policy once for every case that gives the same overrides', () => {
    const c = { name: 'x', procedure: FPT, facts: day59, now: NOW, policy: { ptoDelay: { gracePeriodDays: 30 } }, expect: { outcome: 'grace-ended' } };
    expect(runCases([c, c]).map((r) => r.passed)).toEqual([true, true]);
  });

  it('takes the time zone option of a case', () => {
    const c = { procedure: FPT, facts: day59, now: '2026-11-23T23:30:00-08:00' };
    expect(failures({ ...c, expect: { outcome: 'within-grace' } })).toEqual([]);
    expect(failures({ ...c, options: { timeZone: 'America/New_York' }, expect: { outcome: 'grace-ended' } })).toEqual([]);
  });

  it('rejects invalid cases written in code, with paths that start at the case’s index', () => {
    try {
      runCases([{ name: 'ok', procedure: FPT, facts: {} }, { name: '', procedure: 'nope', facts: {} } as CaseInput]);
      expect.unreachable();
    } catch (error) {
      expect((error as SopInputError).issues.map((i) => i.path.join('.'))).toEqual(['1.name', '1.procedure']);
    }
  });

  it('keeps the location of cases read from a file', () => {
    const [r] = runCases(parseCases(`name: x\nprocedure: ${FPT}\nfacts: { m2ApprovedOn: '2026-09-25', installer: A, now: '${NOW}' }\n`, 'f.yaml'));
    expect(r?.location).toEqual({ file: 'f.yaml', line: 1, column: 1 });
  });
});

describe('ruleCoverage', () => {
  it('lists, per procedure, the outcomes and rules reached and missed, and the share of all rules', () => {
    const results = runCases([
      { name: 'a', procedure: FPT, facts: day59, now: NOW },
      { name: 'b', procedure: FPT, facts: { ...day59, m2ApprovedOn: '2026-13-01' }, now: NOW },
    ]);
    const c = ruleCoverage(results);
    const fpt = c.procedures.find((p) => p.procedure === FPT);
    expect(fpt).toMatchObject({ cases: 2, outcomes: { reached: ['within-grace'], missed: ['grace-ended'] } });
    expect(fpt?.rules.missed.map((r) => r.id)).toEqual(['pto-delay/grace-ended-reply']);
    expect(fpt?.rules.reached[0]?.source.seed).toBe('003_137eaa1282337539.txt');
    const total = new Set(procedures.flatMap((p) => p.rules.map((r) => r.id))).size;
    expect(c.rules).toEqual({ total, reached: 3, percent: (3 / total) * 100 });
    expect(c.outcomes.reached).toBe(1);
    expect(c.procedures.map((p) => p.procedure)).toEqual(procedures.map((p) => p.id));
  });
});

describe('casesJsonSchema', () => {
  it('is a JSON Schema of one case or a list of cases, naming every procedure', () => {
    const schema = casesJsonSchema();
    expect(schema).toMatchObject({ title: 'solar-sop test cases', $schema: 'https://json-schema.org/draft/2020-12/schema' });
    for (const p of procedures) expect(JSON.stringify(schema)).toContain(`"${p.id}"`);
  });
});
