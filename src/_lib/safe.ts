import { ConsentRequiredError, InvalidTransitionError } from '../pv-watts-outage/errors.js';
import type { SafeResult } from './decision.js';
import { SopInputError } from './errors.js';

/**
 * Calls a decision function and returns `{ ok: true, decision }`, or `{ ok: false, error }` with
 * any error a decision documents: {@link SopInputError} (invalid input), `ConsentRequiredError`
 * and `InvalidTransitionError` (the PV Watts outage procedure). `error.name` tells them apart.
 * Anything else is a defect and is rethrown.
 *
 * @param fn - any decision function of this library
 * @param args - its arguments (facts, then options)
 * @returns the decision, or the documented error that explains why there is none
 *
 * @example
 * ```ts
 * import { safe, firstPaymentTiming } from 'solar-sop';
 * const result = safe(firstPaymentTiming, { m2ApprovedOn: 'soon', now: '2026-11-23T12:00:00Z' });
 * result.ok; //=> false
 * !result.ok && result.error.name; //=> 'SopInputError'
 * ```
 */
export function safe<A extends unknown[], D>(fn: (...args: A) => D, ...args: A): SafeResult<D> {
  try {
    return { ok: true, decision: fn(...args) };
  } catch (error) {
    if (error instanceof SopInputError || error instanceof ConsentRequiredError || error instanceof InvalidTransitionError) {
      return { ok: false, error };
    }
    throw error;
  }
}
