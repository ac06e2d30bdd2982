import type { SafeResult } from './decision.js';
import { SopInputError } from './errors.js';

/**
 * Calls a decision function and returns `{ ok: true, decision }`, or `{ ok: false, error }` when the
 * input is invalid. Any other error (a defect) is rethrown.
 *
 * @param fn - any decision function of this library
 * @param args - its arguments (facts, then options)
 * @returns the decision, or the {@link SopInputError} that explains what is wrong with the input
 *
 * @example
 * ```ts
 * import { safe, firstPaymentTiming } from 'solar-sop';
 * const result = safe(firstPaymentTiming, { m2ApprovedOn: 'soon', now: '2026-11-23T12:00:00Z' });
 * result.ok; //=> false
 * ```
 */
export function safe<A extends unknown[], D>(fn: (...args: A) => D, ...args: A): SafeResult<D> {
  try {
    return { ok: true, decision: fn(...args) };
  } catch (error) {
    if (error instanceof SopInputError) return { ok: false, error };
    throw error;
  }
}
