import { brandError, isBranded } from '../_lib/errors.js';
import type { PvWattsEventType, PvWattsStatus } from './schema.js';

/**
 * Thrown when an organization would be switched off PV Watts without its express consent
 * (SOPS.md item 13): a `switch-requested` event while no consent is recorded in the state, for
 * example before the customer answered the offer or after they declined. Never a decision.
 *
 * @example
 * ```ts
 * import { initialPvWattsState, pvWattsOutage, ConsentRequiredError } from 'solar-sop/pv-watts-outage';
 * const { state } = pvWattsOutage(initialPvWattsState({ name: 'Acme Solar' }), {
 *   type: 'issue-reported', at: '2026-11-23T17:00:00Z', pvWattsEnabled: true, channel: 'chat', contactName: 'Dana',
 * });
 * try {
 *   pvWattsOutage(state, { type: 'switch-requested', at: '2026-11-23T17:05:00Z' });
 * } catch (error) {
 *   error instanceof ConsentRequiredError; //=> true
 * }
 * ```
 */
export class ConsentRequiredError extends Error {
  override readonly name = 'ConsentRequiredError';
  /** The organization's name. */
  readonly org: string;
  /** The status of the state the switch was requested in. */
  readonly status: PvWattsStatus;
  /** The event that asked for the switch. */
  readonly eventType: PvWattsEventType;
  /** When the organization declined the switch, if it did (UTC ISO 8601); otherwise `null`. */
  readonly declinedAt: string | null;

  constructor(org: string, status: PvWattsStatus, eventType: PvWattsEventType, declinedAt: string | null) {
    super(
      `Cannot switch ${org} off PV Watts: no express consent is recorded (state "${status}", event "${eventType}")` +
        (declinedAt === null
          ? '. Ask permission first and record a "consent-given" event naming who gave it.'
          : `; the organization declined the switch at ${declinedAt}.`),
    );
    this.org = org;
    this.status = status;
    this.eventType = eventType;
    this.declinedAt = declinedAt;
    brandError(this);
  }
}

/**
 * Thrown when an event makes no sense in the organization's current state (for example
 * `pv-watts-restored` for an organization that never reported an issue). Names the state and event.
 *
 * @example
 * ```ts
 * import { initialPvWattsState, pvWattsOutage, InvalidTransitionError } from 'solar-sop/pv-watts-outage';
 * try {
 *   pvWattsOutage(initialPvWattsState({ name: 'Acme Solar' }), { type: 'consent-declined', at: '2026-11-23T17:00:00Z' });
 * } catch (error) {
 *   (error as InvalidTransitionError).status; //=> 'awaiting-report'
 * }
 * ```
 */
export class InvalidTransitionError extends Error {
  override readonly name = 'InvalidTransitionError';
  /** The organization's name. */
  readonly org: string;
  /** The status of the state the event was applied to. */
  readonly status: PvWattsStatus;
  /** The event's type. */
  readonly eventType: PvWattsEventType;
  /** Why the event makes no sense in that state. */
  readonly reason: string;

  constructor(org: string, status: PvWattsStatus, eventType: PvWattsEventType, reason: string) {
    super(`Event "${eventType}" is not valid in state "${status}" for ${org}: ${reason}`);
    this.org = org;
    this.status = status;
    this.eventType = eventType;
    this.reason = reason;
    brandError(this);
  }
}

/**
 * Whether `value` is a {@link ConsentRequiredError}, from this copy of solar-sop or any other
 * loaded beside it (an ESM and a CJS copy, where `instanceof` says `false`).
 *
 * @param value - anything caught
 * @returns `true` for a ConsentRequiredError of any copy of solar-sop
 *
 * @example
 * ```ts
 * import { isConsentRequiredError } from 'solar-sop';
 * isConsentRequiredError(new Error('no consent')); //=> false
 * ```
 */
export function isConsentRequiredError(value: unknown): value is ConsentRequiredError {
  return isBranded(value, 'ConsentRequiredError');
}

/**
 * Whether `value` is an {@link InvalidTransitionError}, from this copy of solar-sop or any other
 * loaded beside it.
 *
 * @param value - anything caught
 * @returns `true` for an InvalidTransitionError of any copy of solar-sop
 *
 * @example
 * ```ts
 * import { initialPvWattsState, isInvalidTransitionError, pvWattsOutage } from 'solar-sop/pv-watts-outage';
 * let invalid = false;
 * try {
 *   pvWattsOutage(initialPvWattsState({ name: 'Acme Solar' }), { type: 'consent-declined', at: '2026-11-23T17:00:00Z' });
 * } catch (error) {
 *   invalid = isInvalidTransitionError(error);
 * }
 * invalid; //=> true
 * ```
 */
export function isInvalidTransitionError(value: unknown): value is InvalidTransitionError {
  return isBranded(value, 'InvalidTransitionError');
}
