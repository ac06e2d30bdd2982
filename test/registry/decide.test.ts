import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import * as root from '../../src/index.js';
import { decide, findProcedure, procedures } from '../../src/procedures.js';
import { pvWattsRestorationPlanFromFacts } from '../../src/pv-watts-outage/restoration-plan.js';
import { pvWattsOutageStep } from '../../src/pv-watts-outage/step.js';
import { inputError } from '../_helpers/contract.js';

describe('procedure registry', () => {
  it('is exported from the root, with decide and findProcedure', () => {
    expect(root.procedures).toBe(procedures);
    expect(root.decide).toBe(decide);
    expect(root.findProcedure).toBe(findProcedure);
  });

  it('names each procedure’s function as the root exports it', () => {
    for (const p of procedures) {
      const fn = (root as Record<string, unknown>)[p.functionName];
      expect(typeof fn, p.functionName).toBe('function');
    }
  });

  it('finds a procedure by id, and nothing for an unknown id', () => {
    expect(findProcedure('service-desk/close-eligibility')?.functionName).toBe('closeEligibility');
    expect(findProcedure('service-desk/close')).toBeUndefined();
  });

  it('decides as the function does, for every bundled example', () => {
    // pvWattsOutage(state, event) and pvWattsRestorationPlan(states) take their facts apart; the
    // registry calls their whole-facts forms.
    const factsForm: Record<string, (facts: never, options?: never) => unknown> = {
      'pv-watts-outage/step': pvWattsOutageStep,
      'pv-watts-outage/restoration-plan': pvWattsRestorationPlanFromFacts,
    };
    for (const p of procedures) {
      const fn = factsForm[p.id] ?? ((root as Record<string, unknown>)[p.functionName] as (facts: never, options?: never) => unknown);
      for (const example of p.examples) {
        expect(decide(p.id, example.facts, example.options), `${p.id} ${example.name}`).toEqual(fn(example.facts as never, example.options as never));
      }
    }
  });

  it('throws the function’s SopInputError for invalid facts and options', () => {
    const viaRegistry = inputError(() => decide('pto-delay/first-payment-timing', { m2ApprovedOn: '2026-13-01' } as never, { timeZone: 'Mars/Base' }));
    const direct = inputError(() => root.firstPaymentTiming({ m2ApprovedOn: '2026-13-01' } as never, { timeZone: 'Mars/Base' }));
    expect(viaRegistry.issues).toEqual(direct.issues);
    expect(viaRegistry.subject).toBe('pto-delay/first-payment-timing');
  });

  it('rejects an unknown id with path procedure, code unknown_procedure, the nearest id and every id', () => {
    const error = inputError(() => decide('service-desk/close-eligibilty', {}));
    expect(error).toBeInstanceOf(SopInputError);
    expect(error.subject).toBe('decide');
    expect(error.issues).toHaveLength(1);
    const [issue] = error.issues;
    expect(issue?.path).toEqual(['procedure']);
    expect(issue?.code).toBe('unknown_procedure');
    expect(issue?.message).toMatch(/^"service-desk\/close-eligibilty" is not a procedure; did you mean "service-desk\/close-eligibility"\? Procedures: /);
    for (const p of procedures) expect(issue?.message).toContain(p.id);
  });

  it('suggests an id given without its module, and nothing for an id like no other', () => {
    expect(inputError(() => decide('close-eligibility', {})).issues[0]?.message).toContain('did you mean "service-desk/close-eligibility"?');
    expect(inputError(() => decide('billing', {})).issues[0]?.message).toMatch(/^"billing" is not a procedure\. Procedures: pv-watts-outage\/step, /);
  });

  it('names what it got when the id is not a string', () => {
    expect(inputError(() => decide(42 as never, {})).issues[0]?.message).toMatch(/^a number is not a procedure\. /);
    expect(inputError(() => decide(null as never, {})).issues[0]?.message).toMatch(/^a null is not a procedure\. /);
  });
});
