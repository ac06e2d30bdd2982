import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { procedures } from '../../src/procedures.js';
import { decisionOf, expectDecision } from '../_helpers/contract.js';
import { replaceAt } from '../_helpers/mutate.js';

/** Errors a procedure may throw for input that is well-formed but not allowed (state machines). */
const DOCUMENTED_ERRORS: Record<string, readonly string[]> = {
  'pv-watts-outage/step': ['ConsentRequiredError', 'InvalidTransitionError'],
};

/** Runs a procedure and checks: a decision that keeps the contract, or a documented error. */
function check(id: string, decide: (facts: unknown) => unknown, outcomes: readonly string[], facts: unknown): void {
  let result: unknown;
  try {
    result = decide(facts);
  } catch (error) {
    if (error instanceof SopInputError) {
      expect(error.issues.length).toBeGreaterThan(0);
      return;
    }
    expect(DOCUMENTED_ERRORS[id] ?? [], `${id} threw ${(error as Error).name}: ${(error as Error).message}`).toContain((error as Error).name);
    return;
  }
  expectDecision(decisionOf(result), id, outcomes);
}

/** Values that break schemas in interesting ways: wrong types, boundary strings, dates without offsets. */
const nasty = fc.oneof(
  fc.anything(),
  fc.constantFrom('', ' ', '2026-02-30', '2026-11-23T10:00', '2026-11-23T10:00:00Z', '2026-11-23', 'Blue Hammer', 'x@omnidian.com', -1, 0, 1e309, null, [], {}),
);

describe('every public decision function keeps the contract for any input (fast-check)', () => {
  for (const p of procedures) {
    describe(p.id, () => {
      it('arbitrary JSON in: a decision that keeps the contract, or SopInputError', () => {
        fc.assert(fc.property(fc.jsonValue(), (facts) => check(p.id, p.decide, p.outcomes, facts)));
      });

      it('an example with one value anywhere replaced: a decision that keeps the contract, or SopInputError', () => {
        const examples = p.examples.map((e) => e.facts);
        fc.assert(
          fc.property(fc.constantFrom(...examples), fc.nat(), nasty, (facts, at, value) => check(p.id, p.decide, p.outcomes, replaceAt(facts, at, value))),
        );
      });

      it('gives deep-equal decisions for the same facts', () => {
        for (const example of p.examples) {
          const a = p.decide(structuredClone(example.facts), example.options);
          const b = p.decide(structuredClone(example.facts), example.options);
          expect(a).toEqual(b);
        }
      });
    });
  }
});
