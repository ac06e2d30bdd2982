export { firstPaymentTiming } from './first-payment-timing.js';
export type { FirstPaymentTimingDecision, FirstPaymentTimingOutcome } from './first-payment-timing.js';
export { PTO_RULES } from './rules.js';
export { FirstPaymentTimingFacts } from './schema.js';
export * from './templates.js';
