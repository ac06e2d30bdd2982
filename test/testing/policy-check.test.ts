import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/_lib/decision.js';
import { SopInputError } from '../../src/_lib/errors.js';
import type { ProcedureExample, ProcedureInfo } from '../../src/_lib/procedure.js';
import { normalizeName, sameOrganization } from '../../src/_lib/names.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { definePolicy } from '../../src/policy/define.js';
import { findProcedure } from '../../src/procedures.js';
import { templateCatalog } from '../../src/templates/catalog.js';
import { defineTemplate } from '../../src/templates/engine.js';
import { mutateFacts, random, spellings } from '../../src/testing/generate.js';
import { checkPolicy, runCases } from '../../src/testing/index.js';
import { completenessProblems } from '../../src/testing/contract.js';
import { contactsInstaller, installerMoneyWords, templateProblems } from '../../src/testing/policy-check.js';

const FPT = findProcedure('pto-delay/first-payment-timing') as ProcedureInfo;

describe('the generator', () => {
  it('gives the same sequence for the same seed, in range', () => {
    const a = random(7);
    const b = random(7);
    const xs = Array.from({ length: 50 }, () => a.int(-3, 3));
    expect(Array.from({ length: 50 }, () => b.int(-3, 3))).toEqual(xs);
    expect(Math.min(...xs)).toBe(-3);
    expect(Math.max(...xs)).toBe(3);
    expect(random(8).next()).not.toBe(random(7).next());
    expect(['a', 'b']).toContain(random(1).pick(['a', 'b']));
  });

  it('mutates facts without touching the original: booleans, numbers, instants, dates, names, removals', () => {
    const facts = Object.freeze({ on: true, n: 5, at: '2026-11-23T12:00:00Z', day: '2026-09-25', name: 'Ana', list: Object.freeze([1, 'x']), nothing: null });
    const rnd = random(3);
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const m = mutateFacts(facts, rnd) as Record<string, unknown>;
      for (const [k, v] of Object.entries(facts)) if (JSON.stringify(m[k]) !== JSON.stringify(v)) seen.add(k in m ? k : `-${k}`);
      if (typeof m['at'] === 'string') expect(m['at']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      if (typeof m['day'] === 'string') expect(m['day']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['-on', 'at', 'day', 'list', 'n', 'name', 'on']));
    expect(facts.on).toBe(true);
    expect(mutateFacts({}, rnd)).toEqual({});
    expect(mutateFacts({ a: null }, random(1), ['X'])).toEqual(expect.any(Object));
  });

  it('spells a name in the ways name matching may accept, and accepts the plain ones', () => {
    const all = spellings('Blue Hammer');
    expect(all).toEqual(expect.arrayContaining(['BLUE HAMMER', 'blue hammer', '  Blue Hammer  ', 'Blue-Hammer', 'Blue Hammer, LLC.', 'B.lue H.ammer', '\u200bBlue Hammer', 'Blue\u200bHammer']));
    expect(new Set(all).size).toBe(all.length);
    const plain = all.filter((s) => !/[\u200b-\u200d\u2060\ufeff\u00ad]/.test(s));
    for (const s of plain) expect(sameOrganization(s, 'Blue Hammer'), s).toBe(true);
    expect(normalizeName(titleOf(all))).toBe('blue hammer');
  });
});

function titleOf(all: string[]): string {
  return all[3] as string;
}

function decision(over: Partial<Decision>): Decision {
  return {
    procedure: FPT.id,
    outcome: 'within-grace',
    actions: [{ kind: 'reply', to: 'homeowner', templateId: 't', summary: 'Say it.' }],
    messages: [{ templateId: 't', audience: 'homeowner', text: 'Hello' }],
    trace: [{ rule: 'pto-delay/grace-period', source: { seed: '003_137eaa1282337539.txt', section: 'x' }, detail: 'd' }],
    policy: { name: 'p', version: '1' },
    ...over,
  } as Decision;
}

describe('the decision invariants', () => {
  it('finds nothing wrong with a complete decision, and names each way one is incomplete', () => {
    expect(completenessProblems(decision({}), FPT)).toEqual([]);
    expect(
      completenessProblems(
        decision({
          procedure: 'other',
          outcome: 'maybe',
          actions: [{ kind: 'reply', to: 'homeowner', templateId: 'gone', summary: ' ' }],
          messages: [{ templateId: 't', audience: 'homeowner', text: ' ' }, { templateId: 'u', audience: 'homeowner', text: 'Hi {{name}}' }],
          trace: [{ rule: 'service-desk/closing', source: { seed: '004_5ebfbb886c605469.txt', section: 'x' }, detail: 'd' }],
        }),
        FPT,
      ),
    ).toEqual([
      'names procedure "other", not pto-delay/first-payment-timing',
      'has outcome "maybe", which is not one of within-grace, grace-ended',
      'has a reply action without a summary',
      'has an empty message t',
      'has a message u with an unfilled placeholder',
      'replies with gone, which is not among its messages',
      'cites rule service-desk/closing, which is not one of pto-delay/first-payment-timing’s rules',
    ]);
    expect(completenessProblems(decision({ actions: [], trace: [] }), FPT)).toEqual(['has no actions', 'has an empty trace']);
  });

  it('finds money words in installer messages, but not in the names the facts gave', () => {
    const d = decision({ messages: [{ templateId: 'i', audience: 'installer', text: 'Bill Cash asked about PTO. About the balance…' }, { templateId: 'h', audience: 'homeowner', text: 'your bill' }] });
    expect(installerMoneyWords(d, { homeowner: { firstName: 'Bill', lastName: 'Cash' }, n: 1 })).toEqual([{ templateId: 'i', word: 'balance' }]);
    expect(installerMoneyWords(decision({ messages: [{ templateId: 'i', audience: 'installer', text: 'Bill asked about PTO.' }] }), { name: 'Bill' })).toEqual([]);
  });

  it('sees installer contact in an installer message, a linked ticket, or a linked installer outreach', () => {
    expect(contactsInstaller(decision({}))).toBe(false);
    expect(contactsInstaller(decision({ outcome: 'linked-ticket' }))).toBe(true);
    expect(contactsInstaller({ ...decision({}), installerOutreach: { outcome: 'linked-ticket' } } as Decision)).toBe(true);
    expect(contactsInstaller({ ...decision({}), installerOutreach: { outcome: 'do-not-contact' } } as Decision)).toBe(false);
    expect(contactsInstaller(decision({ messages: [{ templateId: 'i', audience: 'installer', text: 'PTO?' }] }))).toBe(true);
  });

  it('renders every catalog template with every variable under the default policy', () => {
    expect(templateProblems(templateCatalog, defaultPolicy, new Map())).toEqual([]);
    const source = { seed: '003_137eaa1282337539.txt', section: 'All others' } as const;
    const t = defineTemplate({ id: 'x/installer', audience: 'installer', text: 'Please send the invoice to {{name}}.', source, description: 'd' });
    const blank = defineTemplate({ id: 'x/blank', audience: 'homeowner', text: ' ', source, description: 'd' });
    const repro = { name: 'r', procedure: FPT.id, facts: {} };
    expect(templateProblems([t, blank], defaultPolicy, new Map([['x/installer', repro]]))).toEqual([
      { invariant: 'installer-billing', message: 'template x/installer (to the installer) says "invoice"', case: { ...repro, expect: { messages: [{ templateId: 'x/installer', notContains: ['invoice'] }] } } },
      { invariant: 'template-renders', message: 'template x/blank renders to empty text' },
    ]);
    expect(templateProblems([t], defaultPolicy, new Map())[0]).not.toHaveProperty('case');
    expect(templateProblems([blank], defaultPolicy, new Map([['x/blank', repro]]))[0]?.case).toBe(repro);
  });
});

describe('checkPolicy', () => {
  it('finds every invariant kept by the default policy and by a host policy with more do-not-contact installers and aliases', () => {
    const r = checkPolicy({ name: 'acme', version: '1' }, { runs: 150 });
    expect(r.problems).toEqual([]);
    expect(r.checked).toMatchObject({ examples: expect.any(Number), generated: 150, templates: templateCatalog.length });
    expect(r.checked.spellings).toBeGreaterThan(40);
    const host = checkPolicy(definePolicy({ name: 'host', version: '2', ptoDelay: { noContactInstallers: ['Blue Hammer', 'Stronger', 'Acme Solar'] }, installerAliases: { 'Acme Solar': ['Acme Sun Partners'] } }), { runs: 50, seed: 9 });
    expect(host.problems).toEqual([]);
    expect(host.policy).toEqual({ name: 'host', version: '2' });
    expect(host.checked.spellings).toBeGreaterThan(r.checked.spellings);
  });

  it('reports an empty message, each problem with a case that fails under that policy', () => {
    const overrides = { name: 'blank', version: '1', templates: { 'pto-delay/double-billing-escalation': ' ' } };
    const r = checkPolicy(overrides, { runs: 200 });
    expect([...new Set(r.problems.map((p) => p.invariant))].sort()).toEqual(['complete-decision', 'template-renders']);
    const generated = r.problems.filter((p) => p.message.includes('generated'));
    expect(new Set(generated.map((p) => `${p.invariant} ${p.case?.procedure}`)).size).toBe(generated.length);
    const cases = r.problems.flatMap((p) => (p.case ? [p.case] : []));
    expect(cases.length).toBe(r.problems.length);
    expect(runCases(cases, { policy: overrides }).filter((x) => x.passed).map((x) => x.name)).toEqual([]);
    expect(() => checkPolicy({ name: 'x', version: '1', ptoDelay: { gracePeriodDays: 0 } })).toThrow(SopInputError);
  });

  it('reports money talk in an installer message, on examples and once per kind on generated facts', () => {
    const outreach = findProcedure('pto-delay/installer-outreach') as ProcedureInfo;
    const talking: ProcedureInfo = {
      ...outreach,
      decide: () => decision({ procedure: outreach.id, outcome: 'do-not-contact', messages: [{ templateId: 't', audience: 'installer', text: 'About the b1lling…' }], trace: [{ rule: 'pto-delay/do-not-contact', source: { seed: '003_137eaa1282337539.txt', section: 'x' }, detail: 'd' }] }),
    };
    const r = checkPolicy(defaultPolicy, { runs: 20, procedures: [talking] });
    const money = r.problems.filter((p) => p.invariant === 'installer-billing');
    expect(money.map((p) => p.message)).toEqual([
      ...outreach.examples.map((e) => `pto-delay/installer-outreach example "${e.name}": the installer message t says "b1lling"`),
      expect.stringMatching(/^pto-delay\/installer-outreach generated from ".*" \(run 1\): the installer message t says "b1lling"$/),
    ]);
    expect(money[0]?.case?.expect).toEqual({ messages: [{ audience: 'installer', notContains: ['b1lling'] }] });
  });

  const contacting: ProcedureInfo = {
    ...(findProcedure('pto-delay/installer-outreach') as ProcedureInfo),
    decide: () => decision({ procedure: 'pto-delay/installer-outreach', outcome: 'linked-ticket' }),
  };

  it('reports a procedure that contacts a do-not-contact installer, or throws for one, with a reproducing case', () => {
    const r = checkPolicy(defaultPolicy, { runs: 0, procedures: [contacting] });
    const noContact = r.problems.filter((p) => p.invariant === 'do-not-contact');
    expect(noContact.length).toBe(r.checked.spellings);
    expect(noContact[0]).toMatchObject({ message: 'pto-delay/installer-outreach: "Blue Hammer" is Blue Hammer, a do-not-contact installer, but the decision contacts the installer', case: { procedure: 'pto-delay/installer-outreach', facts: { installer: 'Blue Hammer' }, expect: { outcome: 'do-not-contact' } } });
    const throwing = { ...contacting, examples: [], decide: () => { throw new Error('boom'); } };
    const t = checkPolicy(defaultPolicy, { runs: 0, procedures: [throwing] });
    expect(t.problems[0]?.message).toMatch(/but the decision threw boom$/);
    expect(checkPolicy(defaultPolicy, { procedures: [FPT] }).checked).toMatchObject({ spellings: r.checked.spellings, generated: 500 });
  });

  it('reports undocumented errors and incomplete decisions, on examples and on generated facts', () => {
    const broken: ProcedureInfo = { ...FPT, decide: () => { throw new TypeError('oops'); } };
    const r = checkPolicy(defaultPolicy, { runs: 5, procedures: [broken] });
    expect(r.problems.map((p) => p.message)).toEqual([
      'pto-delay/first-payment-timing example "day-59": threw TypeError: oops on a shipped example',
      'pto-delay/first-payment-timing example "day-60": threw TypeError: oops on a shipped example',
      expect.stringMatching(/^pto-delay\/first-payment-timing generated from ".*" \(run 1\): threw TypeError: oops, which is not a documented error$/),
    ]);
    const strings: ProcedureInfo = { ...FPT, examples: FPT.examples.slice(0, 1), decide: () => { throw 'a string'; } };
    expect(checkPolicy(defaultPolicy, { runs: 1, procedures: [strings] }).problems.map((p) => p.message)).toEqual([
      'pto-delay/first-payment-timing example "day-59": threw a string on a shipped example',
      'pto-delay/first-payment-timing generated from "day-59" (run 1): threw a string, which is not a documented error',
    ]);
    const zoned: ProcedureInfo = { ...broken, examples: [{ ...(FPT.examples[0] as ProcedureExample), options: { timeZone: 'UTC' } }] };
    expect(checkPolicy(defaultPolicy, { runs: 0, procedures: [zoned] }).problems[0]?.case?.options).toEqual({ timeZone: 'UTC' });
    const incomplete: ProcedureInfo = { ...FPT, decide: () => decision({ actions: [] }) };
    const i = checkPolicy(defaultPolicy, { runs: 3, procedures: [incomplete] });
    expect(i.problems.map((p) => p.invariant)).toEqual(['complete-decision', 'complete-decision', 'complete-decision']);
    expect(i.problems[0]?.case).not.toHaveProperty('expect');
    const rejecting: ProcedureInfo = { ...FPT, examples: [], decide: FPT.decide };
    expect(checkPolicy(defaultPolicy, { runs: 3, procedures: [rejecting, FPT] }).problems).toEqual([]);
  });
});
