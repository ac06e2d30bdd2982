import type { ProcedureInfo } from '../_lib/procedure.js';
import firstPaymentTimingExamples from './examples/first-payment-timing.json' with { type: 'json' };
import { firstPaymentTiming } from './first-payment-timing.js';
import { FirstPaymentTimingFacts } from './schema.js';

/** The PTO delay procedures, for the CLI and the docs. */
export const ptoDelayProcedures: readonly ProcedureInfo[] = [
  {
    id: 'pto-delay/first-payment-timing',
    functionName: 'firstPaymentTiming',
    summary: 'Is the 60-day grace period from M2 approval still running, and when is the first payment due?',
    outcomes: ['within-grace', 'grace-ended'],
    schema: FirstPaymentTimingFacts,
    usesNow: true,
    decide: (facts, options) => firstPaymentTiming(facts as FirstPaymentTimingFacts, options),
    examples: firstPaymentTimingExamples.examples,
  },
];
