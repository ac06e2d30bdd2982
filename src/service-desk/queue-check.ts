import { match } from 'ts-pattern';
import { DecisionBuilder, type Decision } from '../_lib/decision.js';
import { SopInputError } from '../_lib/errors.js';
import { isInstantInRange, isoInstant, MINUTE, outOfRangeIssue } from '../_lib/time.js';
import { addWorkingMs, isOpen, workingCalendarOf, type WorkingCalendar } from '../calendar/business-hours.js';
import { parseInput } from '../_lib/validate.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { afterNowIssue, plural, workingTime } from './internal.js';
import { SERVICE_DESK_RULES as R } from './rules.js';
import { QueueCheckFacts } from './schema.js';

const SUBJECT = 'service-desk/queue-check';

/** Outcomes of {@link queueCheck}. */
export type QueueCheckOutcome = 'not-needed' | 'due' | 'not-due';

/** What {@link queueCheck} returns. */
export type QueueCheckDecision = Decision<
  'service-desk/queue-check',
  QueueCheckOutcome,
  {
    /**
     * When the next check of the Unassigned Queue is due, ISO instant: the last check + the
     * interval (at or before `now` when `due`), `now` when never checked, `null` when someone
     * is assigned to monitor the queue, the next opening when the desk is closed (business hours).
     */
    nextCheckAt: string | null;
    /** The check interval applied, in minutes. */
    intervalMinutes: number;
  }
>;

/**
 * Whether an agent should check the Unassigned Queue now. When someone is assigned to monitor the
 * queue, agents need not; otherwise every agent checks it every `queueCheckIntervalMinutes`
 * (20 by default): due when never checked or when that long or longer has passed. When the policy
 * sets `serviceDesk.businessHours`, no check is needed while the desk is closed (SOPS.md item 18).
 *
 * @param facts - `now`, `monitorAssigned`, and `lastCheckedAt` when the agent checked before
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `nextCheckAt` and `intervalMinutes`
 * @throws SopInputError for invalid facts, a last check after `now`, or a next check outside the years 0001–9999
 *   (code `out_of_range`)
 *
 * @example
 * ```ts
 * import { queueCheck } from 'solar-sop/service-desk';
 * const d = queueCheck({ now: '2026-11-23T10:15:00Z', lastCheckedAt: '2026-11-23T10:00:00Z', monitorAssigned: false });
 * d.outcome; //=> 'not-due'
 * d.nextCheckAt; //=> '2026-11-23T10:20:00.000Z'
 * ```
 */
export function queueCheck(facts: QueueCheckFacts, options?: DecideOptions): QueueCheckDecision {
  const { policy } = resolveOptions(options, SUBJECT, facts);
  const f = parseInput(QueueCheckFacts, facts, SUBJECT);
  // Stryker disable next-line ConditionalExpression: undefined > now is false anyway
  if (f.lastCheckedAt !== undefined && f.lastCheckedAt > f.now) {
    throw new SopInputError(SUBJECT, [afterNowIssue(['lastCheckedAt'], f.lastCheckedAt, f.now)]);
  }
  const intervalMinutes = policy.serviceDesk.queueCheckIntervalMinutes;
  const hours = workingCalendarOf(policy);
  const closed = !f.monitorAssigned && hours !== null && !workingTime(SUBJECT, ['now'], () => isOpen(hours, f.now));
  const nextMs = f.monitorAssigned
    ? null
    : closed
      ? workingTime(SUBJECT, ['now'], () => addWorkingMs(hours, f.now, 0))
      : f.lastCheckedAt === undefined
        ? f.now
        : f.lastCheckedAt + intervalMinutes * MINUTE;
  if (nextMs !== null && !isInstantInRange(nextMs)) {
    throw new SopInputError(SUBJECT, [outOfRangeIssue(['lastCheckedAt'], `the next check, ${intervalMinutes} minutes after it,`)]);
  }
  const outcome: QueueCheckOutcome = nextMs === null || closed ? 'not-needed' : nextMs <= f.now ? 'due' : 'not-due';
  const nextCheckAt = nextMs === null ? null : isoInstant(nextMs);
  const since =
    f.lastCheckedAt === undefined
      ? 'not checked yet'
      : `last checked ${isoInstant(f.lastCheckedAt)}, ${plural(Math.floor((f.now - f.lastCheckedAt) / MINUTE), 'minute')} ago`;

  const b = new DecisionBuilder(f);
  b.fired(
    R.queueMonitor,
    f.monitorAssigned
      ? 'Someone is assigned to monitor the queue and assign tickets.'
      : 'Nobody is assigned to monitor the queue: every agent checks the Unassigned Queue.',
  );
  match(outcome)
    .with('not-needed', () => {
      if (closed) {
        b.fired(R.businessHours, `The desk is closed at ${isoInstant(f.now)} by the business hours ${(hours as WorkingCalendar).label} (SOPS.md item 18): no check is needed until it opens at ${nextCheckAt}.`);
        b.act({ kind: 'wait', until: nextCheckAt, summary: `The desk is closed; check the Unassigned Queue when it opens at ${nextCheckAt}.` });
      } else b.act({ kind: 'stop', summary: 'The assigned queue monitor assigns tickets; no periodic check of the Unassigned Queue is needed.' });
    })
    .with('due', () => {
      b.fired(R.unassignedQueueCheck, `Every ${plural(intervalMinutes, 'minute')}; ${since}: a check is due.`);
      b.act({ kind: 'check', what: 'Unassigned Queue', summary: 'Check the Unassigned Queue now and assign tickets as appropriate.' });
    })
    .with('not-due', () => {
      b.fired(R.unassignedQueueCheck, `Every ${plural(intervalMinutes, 'minute')}; ${since}: next check at ${nextCheckAt}.`);
      b.act({ kind: 'wait', until: nextCheckAt, summary: `Check the Unassigned Queue again at ${nextCheckAt}.` });
    })
    .exhaustive();
  return b.build(SUBJECT, outcome, policy, { nextCheckAt, intervalMinutes });
}
