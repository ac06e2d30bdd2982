import { describe, expect, it } from 'vitest';
import { CloseEligibilityFacts, FirstPaymentTimingFacts, firstPaymentTiming } from '../../src/index.js';
import { procedures } from '../../src/procedures.js';

// A host validating facts through Standard Schema (`schema['~standard'].validate`) gets the facts
// type the docs describe: instants stay the string or Date it gave, never epoch milliseconds.
describe('facts schemas as Standard Schema', () => {
  for (const p of procedures) {
    it(`${p.id}: validate gives back every bundled example as written, and the function decides on it`, async () => {
      for (const example of p.examples) {
        const result = await p.schema['~standard'].validate(example.facts);
        expect(result.issues, example.name).toBeUndefined();
        const value = (result as { value: unknown }).value;
        expect(value, example.name).toStrictEqual(example.facts);
        expect(p.decide(value, example.options)).toEqual(p.decide(example.facts, example.options));
      }
    });
  }

  it('keeps a Date a Date and an instant string the string given (offset and all)', async () => {
    const at = new Date('2026-11-23T17:00:00Z');
    const withDate = await FirstPaymentTimingFacts['~standard'].validate({ m2ApprovedOn: '2026-10-01', installer: 'Top Electric', now: at });
    expect((withDate as { value: { now: unknown } }).value.now).toBe(at);
    const facts = {
      now: '2026-11-23T09:30:00-07:00',
      customerConfirmedResolved: false,
      believedResolved: true,
      confirmationRequests: ['2026-11-01T10:00:00+01:00', at],
      blockedOnCustomerInput: false,
      followUps: [],
      customerReplies: ['2026-11-02T10:00:00Z'],
      devTickets: [],
    };
    const result = await CloseEligibilityFacts['~standard'].validate(facts);
    expect(result).toEqual({ value: facts });
  });

  it('reports the same problems as the function, with their paths', async () => {
    const bad = { m2ApprovedOn: '2026-10-01', installer: 'Top Electric', now: '2026-11-23T09:30' };
    const result = await FirstPaymentTimingFacts['~standard'].validate(bad);
    expect(result.issues?.map((i) => i.path)).toEqual([['now']]);
    expect(result.issues?.[0]?.message).toContain('has no UTC offset');
    expect(() => firstPaymentTiming(bad)).toThrow('has no UTC offset');
  });
});
