import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { procedures } from '../../src/procedures.js';
import { diffPolicies } from '../../src/testing/index.js';

const base = { name: 'acme', version: '1' };
const examples = procedures.reduce((n, p) => n + p.examples.length, 0);

describe('diffPolicies', () => {
  it('finds nothing between a policy and itself, over every shipped example', () => {
    expect(diffPolicies(base, definePolicy(base))).toEqual({ values: [], compared: examples, decisions: [] });
  });

  it('lists each value that differs with the seed passage its default comes from', () => {
    const b = {
      name: 'acme',
      version: '2',
      ptoDelay: { gracePeriodDays: 90, assignee: 'Ana Lead' },
      calendar: { closures: ['2026-12-24'] },
      templates: { 'pto-delay/homeowner-standard': 'Hi {{customerName}}, we will look into it.' },
    };
    const { values } = diffPolicies(base, b);
    expect(values.map((v) => [v.path, v.a, v.b])).toEqual([
      ['version', '1', '2'],
      ['calendar.closures', [], ['2026-12-24']],
      ['ptoDelay.gracePeriodDays', 60, 90],
      ['ptoDelay.assignee', 'Jessica Hauger', 'Ana Lead'],
      ['templates.pto-delay/homeowner-standard', expect.stringContaining('Our agreement with you'), 'Hi {{customerName}}, we will look into it.'],
    ]);
    expect(values[0]?.source).toBeNull();
    expect(values[1]).toMatchObject({ source: null, decision: 'SOPS.md item 3' });
    expect(values[2]).toMatchObject({ source: { seed: '003_137eaa1282337539.txt' }, decision: expect.stringContaining('SOPS.md') });
    expect(values[3]).toMatchObject({ source: { seed: '003_137eaa1282337539.txt' } });
    expect(values[3]).not.toHaveProperty('decision');
    expect(values[4]?.source?.section).toBe('All others');
    expect(diffPolicies(b, base).values[4]?.a).toBe('Hi {{customerName}}, we will look into it.');
  });

  it('compares a holiday function by its text', () => {
    const a = { ...base, calendar: { holidays: (d: string) => d === '2026-12-24' } };
    const b = { ...base, calendar: { holidays: (d: string) => d === '2026-12-31' } };
    expect(diffPolicies(a, b).values.map((v) => v.path)).toEqual(['calendar.holidays']);
  });

  it('shows every decision whose outcome, actions or messages change, on the examples and the host’s cases and steps', () => {
    const b = { ...base, ptoDelay: { gracePeriodDays: 90, sharedReporterInstallers: ['Shield Energy', 'LA Solar', 'Top Electric', 'Sunny Roofs'] } };
    const cases = [
      {
        name: 'An installer outside the shared list needs its contractor e-mail',
        procedure: 'pto-delay/installer-outreach',
        facts: { installer: 'Sunny Roofs', installerContactName: 'Jo', homeowner: { firstName: 'Kim', lastName: 'Nguyen' } },
      },
      { name: 'Same under both', procedure: 'pto-delay/first-payment-timing', facts: { m2ApprovedOn: '2026-13-01', installer: 'A' }, now: '2026-11-23T12:00:00Z' },
      {
        name: 'PV Watts chain',
        procedure: 'pv-watts-outage/step',
        facts: { org: { name: 'Acme' } },
        steps: [
          { event: { type: 'switch-requested', at: '2026-11-23T17:00:00Z' } },
          { event: { type: 'issue-reported', at: '2026-11-23T17:00:00Z', pvWattsEnabled: true, channel: 'chat', contactName: 'Dana' } },
        ],
        policy: { pvWattsOutage: { chatShortcut: 'PVW' } },
      },
    ];
    const diff = diffPolicies(base, b, cases);
    expect(diff.compared).toBe(examples + 4);
    const byName = new Map(diff.decisions.map((d) => [`${d.name}${d.step ? ` ${d.step}` : ''}`, d]));
    expect(byName.get('day-60')).toMatchObject({ procedure: 'pto-delay/first-payment-timing', changed: ['outcome', 'actions', 'messages'], a: { outcome: 'grace-ended' }, b: { outcome: 'within-grace' } });
    expect(byName.get('An installer outside the shared list needs its contractor e-mail')).toMatchObject({ changed: ['error'], a: { error: expect.stringMatching(/^SopInputError: /) }, b: { outcome: 'linked-ticket' } });
    expect(byName.has('Same under both')).toBe(false);
    expect([...byName.keys()].filter((k) => k.startsWith('PV Watts'))).toEqual([]);
    const d60 = byName.get('day-60');
    expect(d60 && 'actions' in d60.a ? d60.a.actions[0] : undefined).toMatch(/^reply: /);
  });

  it('numbers the steps of a case that changes', () => {
    const b = { ...base, pvWattsOutage: { chatShortcut: 'PVW' } };
    const diff = diffPolicies(base, b, [
      {
        name: 'chain',
        procedure: 'pv-watts-outage/step',
        facts: { org: { name: 'Acme' } },
        steps: [{ event: { type: 'issue-reported', at: '2026-11-23T17:00:00Z', pvWattsEnabled: true, channel: 'chat', contactName: 'Dana' } }],
      },
    ]);
    expect(diff.decisions.find((d) => d.name === 'chain')).toMatchObject({ step: 1, changed: ['actions'] });
  });

  it('rejects an invalid policy or case', () => {
    expect(() => diffPolicies(base, { ...base, ptoDelay: { gracePeriodDays: 0 } })).toThrow(SopInputError);
    expect(() => diffPolicies(base, base, [{ name: '', procedure: 'x', facts: {} }])).toThrow(SopInputError);
  });
});
