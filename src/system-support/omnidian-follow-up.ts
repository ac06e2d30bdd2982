import { match } from 'ts-pattern';
import { DecisionBuilder, type Decision } from '../_lib/decision.js';
import { SopInputError, type SopIssue } from '../_lib/errors.js';
import { HOUR, isInstantInRange, isoInstant, outOfRangeIssue } from '../_lib/time.js';
import { parseInput } from '../_lib/validate.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { SYSTEM_SUPPORT_RULES as R } from './rules.js';
import { OmnidianFollowUpFacts } from './schema.js';

/** Outcomes of {@link omnidianFollowUp}. */
export type OmnidianFollowUpOutcome = 'no-open-case' | 'share-update' | 'wait' | 'escalate';

/** Every outcome of {@link omnidianFollowUp}, in documentation order. */
export const OMNIDIAN_FOLLOW_UP_OUTCOMES = ['no-open-case', 'share-update', 'wait', 'escalate'] as const satisfies readonly OmnidianFollowUpOutcome[];

/** What {@link omnidianFollowUp} returns. */
export type OmnidianFollowUpDecision = Decision<
  'system-support/omnidian-follow-up',
  OmnidianFollowUpOutcome,
  {
    /** The later of the case's creation and its latest update (ISO instant); `null` without an open case. */
    lastActivityAt: string | null;
    /** Hours from `lastActivityAt` to `now`; `null` without an open case. */
    hoursSinceLastActivity: number | null;
    /**
     * `lastActivityAt` + the escalation hours: escalation is due once `now` is strictly after it
     * and there is still no update. Set for `wait` and `escalate`; `null` otherwise.
     */
    escalationDueAt: string | null;
    /** The escalation threshold applied, in hours (policy). */
    escalationHours: number;
  }
>;

const SUBJECT = 'system-support/omnidian-follow-up';

/** `47:59:59` or `48:00:00.001`: elapsed time as hours, minutes, seconds (milliseconds when any). */
function elapsed(ms: number): string {
  const h = Math.floor(ms / HOUR);
  const m = Math.floor((ms % HOUR) / 60_000);
  const sec = Math.floor((ms % 60_000) / 1000);
  const milli = ms % 1000;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${h}:${two(m)}:${two(sec)}${milli === 0 ? '' : `.${String(milli).padStart(3, '0')}`}`;
}

/** Whether there is an open case, an update, and the clock: the outcome. */
function outcomeOf(hasCase: boolean, hasNewUpdate: boolean, overdue: boolean): OmnidianFollowUpOutcome {
  if (!hasCase) return 'no-open-case';
  if (hasNewUpdate) return 'share-update';
  return overdue ? 'escalate' : 'wait';
}

/**
 * A homeowner says Omnidian (our service department) has not updated them on an open escalation
 * (SOPS.md item 6): check for an open case; share a new update when there is one; with no update,
 * escalate through the O&M escalation process when strictly more than 48 hours (policy) have passed
 * since the later of the case's creation and its latest update, otherwise wait until
 * `escalationDueAt`. Without an open case the homeowner has already spoken with Omnidian, so a
 * Salesforce case with the O&M team is created (the seed's O&M note).
 *
 * @param facts - `now`, and `openCase` (`createdAt`, `lastUpdateAt?`, `hasNewUpdate`) when there is one
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `lastActivityAt`, `hoursSinceLastActivity`, `escalationDueAt` and `escalationHours`
 * @throws SopInputError for invalid facts, a creation or update time after `now`, an update before the creation,
 *   or an escalation due outside the years 0001–9999 (code `out_of_range`)
 *
 * @example
 * ```ts
 * import { omnidianFollowUp } from 'solar-sop/system-support';
 * const d = omnidianFollowUp({
 *   now: '2026-11-23T12:00:00Z',
 *   openCase: { createdAt: '2026-11-20T09:00:00Z', lastUpdateAt: '2026-11-21T12:00:00Z', hasNewUpdate: false },
 * });
 * d.outcome; //=> 'wait'
 * d.escalationDueAt; //=> '2026-11-23T12:00:00.000Z'
 * ```
 */
export function omnidianFollowUp(facts: OmnidianFollowUpFacts, options?: DecideOptions): OmnidianFollowUpDecision {
  const { policy } = resolveOptions(options, SUBJECT, facts);
  const f = parseInput(OmnidianFollowUpFacts, facts, SUBJECT);
  const c = f.openCase;
  const hours = policy.systemSupport.omnidianEscalationHours;
  const department = policy.systemSupport.serviceDepartment;

  if (c !== undefined) {
    const issues: SopIssue[] = [];
    const after = (field: string, ms: number): void => {
      if (ms > f.now) {
        issues.push({
          path: ['openCase', field],
          code: 'after_now',
          message: `${isoInstant(ms)} is after now (${isoInstant(f.now)}); a case cannot be ${field === 'createdAt' ? 'created' : 'updated'} in the future`,
        });
      }
    };
    after('createdAt', c.createdAt);
    // Stryker disable next-line ConditionalExpression: undefined compares false: no issue
    if (c.lastUpdateAt !== undefined) {
      after('lastUpdateAt', c.lastUpdateAt);
      if (c.lastUpdateAt < c.createdAt) {
        issues.push({
          path: ['openCase', 'lastUpdateAt'],
          code: 'before_creation',
          message: `${isoInstant(c.lastUpdateAt)} is before the case was created (${isoInstant(c.createdAt)})`,
        });
      }
    }
    if (issues.length > 0) throw new SopInputError(SUBJECT, issues);
  }

  const lastMs = c === undefined ? null : Math.max(c.createdAt, c.lastUpdateAt ?? c.createdAt);
  // Stryker disable next-line ConditionalExpression: dueMs unread without an open case
  const dueMs = lastMs === null ? null : lastMs + hours * HOUR;
  // Stryker disable next-line ConditionalExpression: outcome decided before overdue is read
  if (dueMs !== null && !isInstantInRange(dueMs)) {
    throw new SopInputError(SUBJECT, [outOfRangeIssue(['openCase'], `the escalation, due ${hours} hours after the case's latest activity,`)]);
  }
  const overdue = dueMs !== null && f.now > dueMs;
  const outcome = outcomeOf(c !== undefined, c?.hasNewUpdate === true, overdue);
  const b = new DecisionBuilder(f);
  const sinceHours = lastMs === null ? null : (f.now - lastMs) / HOUR;
  const lastAt = lastMs === null ? null : isoInstant(lastMs);
  // Stryker disable next-line ConditionalExpression: dueAt unread without an open case
  const dueAt = dueMs === null ? null : isoInstant(dueMs);

  b.fired(
    R.omnidianOpenCase,
    c === undefined
      ? 'No open case related to this concern.'
      : `Open case created ${isoInstant(c.createdAt)}, ${c.lastUpdateAt === undefined ? 'never updated' : `last updated ${isoInstant(c.lastUpdateAt)}`}.`,
  );

  match(outcome)
    .with('no-open-case', () => {
      b.fired(
        R.omCase,
        `No open case, but the homeowner says they have already been working with ${department}: create a Salesforce case with the O&M team.`,
      );
      b.act({
        kind: 'create-ticket',
        project: 'Salesforce O&M case',
        fields: { concern: `${department} unresponsive`, assignTo: 'O&M team' },
        summary: `Create a Salesforce case with the O&M team for the homeowner’s unanswered ${department} request.`,
      });
    })
    .with('share-update', () => {
      b.fired(R.omnidianNewUpdate, 'The case has a new update: give it to the homeowner.');
      b.act(
        { kind: 'check', what: 'open case updates', summary: 'Read the latest update on the open case.' },
        { kind: 'reply', to: 'homeowner', summary: 'Give the homeowner the new update on their case.' },
      );
    })
    .with('wait', () => {
      b.fired(
        R.omnidianNoUpdate,
        `No new update; ${elapsed(f.now - (lastMs as number))} (h:mm:ss) since ${lastAt}, not more than ${hours} hours: escalation becomes due after ${dueAt}.`,
      );
      b.act(
        {
          kind: 'reply',
          to: 'homeowner',
          summary: `Tell the homeowner their case with ${department} is open and has no new update yet.`,
        },
        {
          kind: 'wait',
          until: dueAt,
          summary: `Look again at ${dueAt}: if there is still no update after then, follow the O&M escalation process.`,
        },
      );
    })
    .with('escalate', () => {
      b.fired(R.omnidianNoUpdate, `No new update; ${elapsed(f.now - (lastMs as number))} (h:mm:ss) since ${lastAt}, more than ${hours} hours: escalate.`);
      b.fired(R.omnidianEscalation, `Escalate the case with ${department} through the O&M escalation process.`);
      b.act({
        kind: 'escalate',
        to: department,
        via: 'O&M Escalation Process',
        summary: `Follow the O&M escalation process for the case: no update from ${department} in more than ${hours} hours.`,
      });
    })
    .exhaustive();

  b.fired(R.dispositionNotes, `Outcome ${outcome}: enter disposition notes and stop.`);
  b.act(
    { kind: 'disposition-notes', summary: 'Enter disposition notes for this contact.' },
    { kind: 'stop', summary: 'Stop: this follow-up is handled.' },
  );
  return b.build(SUBJECT, outcome, policy, {
    lastActivityAt: lastAt,
    hoursSinceLastActivity: sinceHours,
    escalationDueAt: outcome === 'wait' || outcome === 'escalate' ? dueAt : null,
    escalationHours: hours,
  });
}
