import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { deepFreeze, inputError, issuePaths } from './contract.js';

/**
 * The cases every decision function must pass: it does not mutate its facts, gives the same
 * decision for the same facts, rejects a non-object, unknown fields and bad options with a
 * SopInputError, and records the policy it used.
 */
export function standardCases(
  name: string,
  fn: (facts: never, options?: never) => { policy: { name: string } },
  validFacts: () => Record<string, unknown>,
): void {
  describe(`${name}: standard cases`, () => {
    it('does not mutate the facts', () => {
      const facts = deepFreeze(validFacts());
      const copy = structuredClone(facts);
      fn(facts as never);
      expect(facts).toEqual(copy);
    });

    it('gives the same decision for the same facts', () => {
      expect(fn(validFacts() as never)).toEqual(fn(validFacts() as never));
    });

    it('rejects facts that are not an object', () => {
      for (const bad of [null, undefined, 42, 'facts', []]) {
        expect(() => fn(bad as never)).toThrow(SopInputError);
      }
    });

    it('rejects an unknown field, naming it', () => {
      const error = inputError(() => fn({ ...validFacts(), bogusField: true } as never));
      expect(error.message).toContain('bogusField');
    });

    it('rejects a policy not made by definePolicy and an unknown time zone', () => {
      const error = inputError(() => fn(validFacts() as never, { policy: { name: 'x' }, timeZone: 'Mars/Base' } as never));
      expect(issuePaths(error)).toEqual(['options.policy', 'options.timeZone']);
    });

    it('records the policy it decided under', () => {
      const policy = definePolicy({ name: 'custom-policy', version: '9' });
      expect(fn(validFacts() as never, { policy } as never).policy).toEqual({ name: 'custom-policy', version: '9' });
    });
  });
}
