import { match, P } from 'ts-pattern';
import { DecisionBuilder, type Decision } from '../_lib/decision.js';
import { SopInputError, type SopIssue } from '../_lib/errors.js';
import { isInstantInRange, isoInstant, MINUTE, outOfRangeIssue } from '../_lib/time.js';
import { addWorkingMs, workingCalendarOf, workingMsBetween } from '../calendar/business-hours.js';
import { parseInput } from '../_lib/validate.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { afterNowIssue, plural, workingTime } from './internal.js';
import { SERVICE_DESK_RULES as R } from './rules.js';
import { FirstResponseSlaFacts } from './schema.js';

const SUBJECT = 'service-desk/first-response-sla';

/** A response was sent: the SLA is settled. */
const SETTLED = P.union('met', 'missed');

/** Outcomes of {@link firstResponseSla}. */
export type FirstResponseSlaOutcome = 'met' | 'missed' | 'on-track' | 'at-risk' | 'breached';

/** What {@link firstResponseSla} returns. */
export type FirstResponseSlaDecision = Decision<
  'service-desk/first-response-sla',
  FirstResponseSlaOutcome,
  {
    /** Creation + the first-response time (2 hours by default; working time with business hours), ISO instant. */
    dueAt: string;
    /** From this instant on the SLA is at risk (30 minutes before `dueAt` by default), ISO instant. */
    atRiskAt: string;
    /**
     * Whole minutes (working minutes with business hours) left on the clock at the first response, or at `now` while there is none:
     * positive before the due time (rounded up), `0` at it, negative when overdue (rounded down).
     */
    minutesRemaining: number;
    /** The first-response time applied, in minutes. */
    firstResponseMinutes: number;
  }
>;

/** Whole minutes of `ms`: up when positive, down when negative, so the sign is kept. */
function wholeMinutes(ms: number): number {
  // Stryker disable next-line EqualityOperator: at ms = 0 ceil and floor agree
  return ms > 0 ? Math.ceil(ms / MINUTE) : Math.floor(ms / MINUTE);
}

/**
 * The 2-hour first-response SLA of a ticket (SOPS.md item 4): due the policy's
 * `firstResponseMinutes` after creation, on the clock. When the policy sets
 * `serviceDesk.businessHours` (SOPS.md item 18), only working time counts for the due time, the
 * at-risk time, the minutes remaining and the breach: a ticket created outside hours starts its
 * clock at the next opening, and holidays and closures do not count. Responded at or before the due time:
 * `met`; after it: `missed`. Without a response: `on-track`, then `at-risk` once
 * `atRiskMinutes` or fewer remain (the due instant itself included), then `breached`.
 *
 * @param facts - `createdAt`, `now`, and `firstRespondedAt` when a first response was sent
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `dueAt`, `atRiskAt`, `minutesRemaining` and `firstResponseMinutes`
 * @throws SopInputError for invalid facts, a creation or response after `now`, a response before creation, or a due
 *   time outside the years 0001–9999 (code `out_of_range`, also when business hours find no working time)
 *
 * @example
 * ```ts
 * import { firstResponseSla } from 'solar-sop/service-desk';
 * const d = firstResponseSla({ createdAt: '2026-11-23T09:00:00-08:00', now: '2026-11-23T10:45:00-08:00' });
 * d.outcome; //=> 'at-risk'
 * d.minutesRemaining; //=> 15
 * d.dueAt; //=> '2026-11-23T19:00:00.000Z'
 * ```
 */
export function firstResponseSla(facts: FirstResponseSlaFacts, options?: DecideOptions): FirstResponseSlaDecision {
  const { policy } = resolveOptions(options, SUBJECT, facts);
  const f = parseInput(FirstResponseSlaFacts, facts, SUBJECT);
  const issues: SopIssue[] = [];
  if (f.createdAt > f.now) issues.push(afterNowIssue(['createdAt'], f.createdAt, f.now));
  // Stryker disable next-line ConditionalExpression: with no response both tests below are false
  if (f.firstRespondedAt !== undefined) {
    if (f.firstRespondedAt > f.now) issues.push(afterNowIssue(['firstRespondedAt'], f.firstRespondedAt, f.now));
    else if (f.firstRespondedAt < f.createdAt) {
      issues.push({
        path: ['firstRespondedAt'],
        code: 'before_created',
        message: `${isoInstant(f.firstRespondedAt)} is before the ticket was created (${isoInstant(f.createdAt)})`,
      });
    }
  }
  if (issues.length > 0) throw new SopInputError(SUBJECT, issues);

  const { firstResponseMinutes, atRiskMinutes } = policy.serviceDesk;
  const hours = workingCalendarOf(policy);
  const responded = f.firstRespondedAt;
  let dueMs = f.createdAt + firstResponseMinutes * MINUTE;
  let atRiskMs = dueMs - atRiskMinutes * MINUTE;
  if (!isInstantInRange(dueMs) || !isInstantInRange(atRiskMs)) {
    throw new SopInputError(SUBJECT, [outOfRangeIssue(['createdAt'], 'the first response due time or the time it is at risk')]);
  }
  let leftMs = dueMs - (responded ?? f.now);
  if (hours !== null) {
    // Working time only (SOPS.md item 18); with no more than the at-risk time in all, at risk from creation.
    [dueMs, atRiskMs, leftMs] = workingTime(SUBJECT, ['createdAt'], () => {
      const due = addWorkingMs(hours, f.createdAt, firstResponseMinutes * MINUTE);
      const atRisk = firstResponseMinutes > atRiskMinutes ? addWorkingMs(hours, f.createdAt, (firstResponseMinutes - atRiskMinutes) * MINUTE) : f.createdAt;
      return [due, atRisk, workingMsBetween(hours, responded ?? f.now, due)];
    });
  }
  const dueAt = isoInstant(dueMs);
  const atRiskAt = isoInstant(atRiskMs);
  const minutesRemaining = wholeMinutes(leftMs);
  const outcome: FirstResponseSlaOutcome =
    responded !== undefined
      ? responded <= dueMs
        ? 'met'
        : 'missed'
      : f.now > dueMs
        ? 'breached'
        : f.now >= atRiskMs
          ? 'at-risk'
          : 'on-track';

  const b = new DecisionBuilder(f);
  b.fired(
    R.firstResponseSla,
    `Created ${isoInstant(f.createdAt)}; the first response is due within ${plural(firstResponseMinutes, hours ? 'working minute' : 'minute')}, by ${dueAt}.`,
  );
  if (hours !== null) {
    b.fired(
      R.businessHours,
      `Only working time counts (SOPS.md items 4 and 18), by the business hours ${hours.label}; the clock started ${isoInstant(addWorkingMs(hours, f.createdAt, 0))}.`,
    );
  }
  const left =
    minutesRemaining >= 0 ? `${plural(minutesRemaining, 'minute')} left` : `${plural(-minutesRemaining, 'minute')} overdue`;
  match(outcome)
    .with(SETTLED, (o) => {
      b.fired(R.slaMonitoring, `First response sent ${isoInstant(responded as number)} with ${left} on the clock: the SLA was ${o}.`);
      b.act({
        kind: 'stop',
        summary:
          o === 'met'
            ? `The first response was sent in time (due ${dueAt}); nothing more to do for this SLA.`
            : `The first response was sent after the due time (${dueAt}); the SLA was missed and nothing more can be done for it.`,
      });
    })
    .with('on-track', () => {
      b.fired(R.slaMonitoring, `No first response yet; ${left} at ${isoInstant(f.now)}, more than ${plural(atRiskMinutes, 'minute')}: on track.`);
      b.act({ kind: 'wait', until: atRiskAt, summary: `Send the first response by ${dueAt}; it becomes at risk at ${atRiskAt}.` });
    })
    .with('at-risk', () => {
      b.fired(R.slaMonitoring, `No first response yet; ${left} at ${isoInstant(f.now)}, ${plural(atRiskMinutes, 'minute')} or fewer: at risk.`);
      b.act({ kind: 'reply', to: 'customer', summary: `Send the first response now: ${left} before the SLA ends at ${dueAt}.` });
    })
    .with('breached', () => {
      b.fired(R.slaMonitoring, `No first response yet; ${left} at ${isoInstant(f.now)}: the SLA is breached.`);
      b.act({ kind: 'reply', to: 'customer', summary: `Send the first response now: it was due at ${dueAt} (${left}).` });
    })
    .exhaustive();
  return b.build(SUBJECT, outcome, policy, { dueAt, atRiskAt, minutesRemaining, firstResponseMinutes });
}
