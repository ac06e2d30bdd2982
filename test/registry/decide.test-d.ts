import { describe, expectTypeOf, it } from 'vitest';
import type { CloseEligibilityDecision, FirstPaymentTimingDecision, FirstPaymentTimingFacts, PvWattsOutageResult } from '../../src/index.js';
import { decide, findProcedure, procedures, type ProcedureFacts, type ProcedureId, type ProcedureResult } from '../../src/procedures.js';

describe('registry types', () => {
  it('has a union of the literal procedure ids', () => {
    expectTypeOf<ProcedureId>().toEqualTypeOf<(typeof procedures)[number]['id']>();
    expectTypeOf<'pto-delay/first-payment-timing'>().toExtend<ProcedureId>();
    expectTypeOf<'pto-delay/first-payment'>().not.toExtend<ProcedureId>();
    expectTypeOf<string>().not.toExtend<ProcedureId>();
  });

  it('gives decide the facts and result types of the procedure named by a literal id', () => {
    expectTypeOf<ProcedureFacts<'pto-delay/first-payment-timing'>>().toEqualTypeOf<FirstPaymentTimingFacts>();
    const facts = { m2ApprovedOn: '2026-10-01', installer: 'Top Electric', now: '2026-11-23T17:00:00Z' };
    expectTypeOf(decide('pto-delay/first-payment-timing', facts)).toEqualTypeOf<FirstPaymentTimingDecision>();
    expectTypeOf<ProcedureResult<'service-desk/close-eligibility'>>().toEqualTypeOf<CloseEligibilityDecision>();
    expectTypeOf<ProcedureResult<'pv-watts-outage/step'>>().toEqualTypeOf<PvWattsOutageResult>();
    // @ts-expect-error: a literal id checks its facts
    decide('pto-delay/first-payment-timing', { installer: 'Top Electric' });
  });

  it('takes any string id with unknown facts (a host driving procedures from data)', () => {
    const id: string = 'service-desk/close-eligibility';
    expectTypeOf(decide(id, JSON.parse('{}') as unknown)).toEqualTypeOf<ProcedureResult<ProcedureId>>();
    for (const p of procedures) expectTypeOf(decide(p.id, JSON.parse('{}') as unknown)).toEqualTypeOf<ProcedureResult<ProcedureId>>();
  });

  it('finds a literal id’s entry without undefined, any other string’s with it', () => {
    expectTypeOf(findProcedure('service-desk/close-eligibility').id).toEqualTypeOf<'service-desk/close-eligibility'>();
    expectTypeOf(findProcedure('x' as string)).toEqualTypeOf<(typeof procedures)[number] | undefined>();
  });
});
