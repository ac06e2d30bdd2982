import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { CloseEligibilityFacts, FirstPaymentTimingFacts, PvWattsStepFacts } from '../../src/index.js';
import type { procedures } from '../../src/procedures.js';

type StandardOutput<S extends { readonly '~standard': { readonly types?: unknown } }> = NonNullable<S['~standard']['types']> extends {
  readonly output: infer O;
}
  ? O
  : never;

describe('Standard Schema types', () => {
  it('infers the documented facts type as the output: instants are string | Date', () => {
    expectTypeOf<StandardOutput<typeof import('../../src/index.js').FirstPaymentTimingFacts>>().toEqualTypeOf<FirstPaymentTimingFacts>();
    expectTypeOf<FirstPaymentTimingFacts['now']>().toEqualTypeOf<string | Date>();
    expectTypeOf<StandardOutput<typeof import('../../src/index.js').CloseEligibilityFacts>>().toEqualTypeOf<CloseEligibilityFacts>();
    expectTypeOf<StandardOutput<typeof import('../../src/index.js').PvWattsStepFacts>>().toEqualTypeOf<PvWattsStepFacts>();
  });

  it('has output equal to input for every facts schema', () => {
    type Schema = (typeof procedures)[number]['schema'];
    type Same<S> = S extends z.ZodMiniType ? ([z.output<S>] extends [z.input<S>] ? ([z.input<S>] extends [z.output<S>] ? true : S) : S) : never;
    expectTypeOf<Same<Schema>>().toEqualTypeOf<true>();
  });
});
