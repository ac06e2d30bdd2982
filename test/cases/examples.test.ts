import { describe, expect, it } from 'vitest';
import { procedures } from '../../src/procedures.js';
import { decisionOf, expectDecision } from '../_helpers/contract.js';

describe('bundled examples (the CLI’s --example cases)', () => {
  it('has unique procedure ids', () => {
    const ids = procedures.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const procedure of procedures) {
    describe(procedure.id, () => {
      it('has examples covering every outcome, with unique names', () => {
        const names = procedure.examples.map((e) => e.name);
        expect(new Set(names).size).toBe(names.length);
        expect(new Set(procedure.examples.map((e) => e.expect.outcome))).toEqual(new Set(procedure.outcomes));
      });

      for (const example of procedure.examples) {
        it(`${example.name}: ${example.description}`, () => {
          const decision = decisionOf(procedure.decide(example.facts, example.options));
          expectDecision(decision, procedure.id, procedure.outcomes);
          expect(decision.outcome).toBe(example.expect.outcome);
        });
      }
    });
  }
});
