import { DecisionBuilder, type Decision } from '../_lib/decision.js';
import { joinText } from '../_lib/format.js';
import { SopInputError, type SopIssue } from '../_lib/errors.js';
import { HOUR, isInstantInRange, isoInstant, outOfRangeIssue } from '../_lib/time.js';
import { parseInput } from '../_lib/validate.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { afterNowIssue, plural } from './internal.js';
import { SERVICE_DESK_RULES as R } from './rules.js';
import { CloseEligibilityFacts } from './schema.js';

const SUBJECT = 'service-desk/close-eligibility';

/** Outcomes of {@link closeEligibility}. */
export type CloseEligibilityOutcome = 'eligible' | 'not-eligible';

/** The four ways a ticket may be closed (SOPS.md item 5, (a) to (d)). */
export type CloseReason =
  | 'customer-confirmed'
  | 'confirmation-unanswered'
  | 'unresponsive-after-follow-ups'
  | 'low-priority-dev-ticket';

/** Why one way of closing does not hold yet. */
export interface CloseBlocker {
  readonly reason: CloseReason;
  /** Each condition of that way that is not met, with the values seen. */
  readonly missing: readonly string[];
  /** When this way alone will hold if nothing changes, ISO instant; `null` when only an action can make it hold. */
  readonly eligibleAt: string | null;
}

/** What {@link closeEligibility} returns. */
export type CloseEligibilityDecision = Decision<
  'service-desk/close-eligibility',
  CloseEligibilityOutcome,
  {
    /** Every way of closing that holds, in the seed's order; empty when `not-eligible`. */
    reasons: readonly CloseReason[];
    /** One entry per way of closing, with what is missing; empty when `eligible`. */
    blockers: readonly CloseBlocker[];
    /**
     * When `not-eligible`: the earliest instant at which the same facts become eligible, ISO; or
     * `null` when only a customer or agent action can make the ticket eligible. `null` when `eligible`.
     */
    eligibleAt: string | null;
    /** Follow-ups sent strictly after the customer's latest reply (all of them when there is none). */
    followUpsSinceLastReply: number;
  }
>;

/** Dev-ticket priorities that count as "low-priority". */
const LOW_PRIORITY: ReadonlySet<string> = new Set(['low', 'lowest']);
const NO_REASONS: readonly CloseReason[] = Object.freeze([]);
const NO_BLOCKERS: readonly CloseBlocker[] = Object.freeze([]);
const NOT_CONFIRMED = 'the customer has not confirmed the issue is resolved';
const NOT_BELIEVED = 'we do not believe the issue is resolved';
const NOT_BLOCKED = 'we are not blocked on customer input';
const NO_REQUEST = 'no confirmation request has been sent';
// Whole texts and prefixes made once: every concatenation costs on this hot path.
const A_HOLDS = 'Holds: the customer confirmed the issue is resolved.';
const A_MISSING = `Does not hold: ${NOT_CONFIRMED}.`;
const NOT_BELIEVED_ONLY = `Does not hold: ${NOT_BELIEVED}.`;
const NOT_BELIEVED_AND = `Does not hold: ${NOT_BELIEVED}; `;
const NOT_BLOCKED_ONLY = `Does not hold: ${NOT_BLOCKED}.`;
const NOT_BLOCKED_AND = `Does not hold: ${NOT_BLOCKED}; `;
const NO_DEV_TICKETS = 'no active low-priority dev ticket among 0 dev tickets';

/**
 * The trace detail of a way of closing that does not hold: `why` alone when the belief or block it
 * needs is `present`, otherwise that lack (`only`, or `and` followed by `why`).
 */
function notHolding(present: boolean, only: string, and: string, why: string | undefined): string {
  if (present) return `Does not hold: ${why as string}.`;
  return why === undefined ? only : `${and}${why}.`;
}

/** What a way of closing lacks: the belief or block it needs when that is missing, then `why`. */
function missingOf(present: boolean, absent: string, why: string | undefined): string[] {
  if (present) return [why as string];
  return why === undefined ? [absent] : [absent, why];
}

/** The latest of `times` (`-Infinity` for none), with an issue in `issues` for each one after `now`. */
function latestUpTo(times: readonly number[], now: number, field: string, issues: SopIssue[]): number {
  let latest = -Infinity;
  // Stryker disable next-line EqualityOperator: times[length] is undefined, never counted
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    if (t > now) {
      issues.push(afterNowIssue([field, i], t, now));
      continue;
    }
    // Stryker disable next-line EqualityOperator: t === latest leaves latest the same
    if (t > latest) latest = t;
  }
  return latest;
}

/**
 * Whether a ticket may be closed (SOPS.md item 5). It may when any holds: (a) the customer
 * confirmed the issue is resolved; (b) we believe it is resolved, at least one confirmation request
 * was sent, `closeAfterConfirmationHours` (24) have passed since the latest one, and the customer has
 * not replied after it; (c) we cannot proceed without customer input, at least
 * `minFollowUpsBeforeClosing` (2) follow-ups were sent after the customer's latest reply, and
 * `closeAfterFollowUpHours` (24) have passed since the latest follow-up; (d) there is an active
 * low-priority (low or lowest) dev ticket. `reasons` lists every way that holds; when none does,
 * `blockers` says what each way lacks and `eligibleAt` when the ticket becomes eligible if nothing
 * changes (or `null` when only an action can make it so). Once eligible, the same facts stay
 * eligible as `now` grows.
 *
 * @param facts - `now`, `customerConfirmedResolved`, `believedResolved`, `confirmationRequests`,
 *   `blockedOnCustomerInput`, `followUps`, `customerReplies` (instants) and `devTickets`
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `reasons`, `blockers`, `eligibleAt` and `followUpsSinceLastReply`
 * @throws SopInputError for invalid facts, a request, follow-up or reply after `now`, or a wait that would end
 *   outside the years 0001–9999 (code `out_of_range`)
 *
 * @example
 * ```ts
 * import { closeEligibility } from 'solar-sop/service-desk';
 * const d = closeEligibility({
 *   now: '2026-11-24T09:00:00Z', customerConfirmedResolved: false, believedResolved: true,
 *   confirmationRequests: ['2026-11-23T10:00:00Z'], blockedOnCustomerInput: false,
 *   followUps: [], customerReplies: [], devTickets: [],
 * });
 * d.outcome; //=> 'not-eligible'
 * d.eligibleAt; //=> '2026-11-24T10:00:00.000Z'
 * ```
 */
export function closeEligibility(facts: CloseEligibilityFacts, options?: DecideOptions): CloseEligibilityDecision {
  const { policy } = resolveOptions(options, SUBJECT, facts);
  const f = parseInput(CloseEligibilityFacts, facts, SUBJECT);
  const now = f.now;
  const requests = f.confirmationRequests;
  const followUps = f.followUps;
  const replies = f.customerReplies;

  // Latest instants, and the follow-ups after the latest reply; reject anything after now.
  const issues: SopIssue[] = [];
  const lastRequest = latestUpTo(requests, now, 'confirmationRequests', issues);
  const lastFollowUp = latestUpTo(followUps, now, 'followUps', issues);
  const lastReply = latestUpTo(replies, now, 'customerReplies', issues);
  if (issues.length > 0) throw new SopInputError(SUBJECT, issues);
  let followUpsSinceLastReply = 0;
  for (const t of followUps) if (t > lastReply) followUpsSinceLastReply++;

  const sd = policy.serviceDesk;
  const confirmHours = sd.closeAfterConfirmationHours;
  const followUpHours = sd.closeAfterFollowUpHours;
  const minFollowUps = sd.minFollowUpsBeforeClosing;

  // (a) the customer confirmed.
  const a = f.customerConfirmedResolved;
  // (b) believed resolved, a confirmation request, no reply after the latest, and the wait is over.
  const hasRequest = requests.length > 0;
  const replyAfterRequest = hasRequest && lastReply > lastRequest;
  const bAt = lastRequest + Math.ceil(confirmHours * HOUR);
  const bOnlyTime = f.believedResolved && hasRequest && !replyAfterRequest;
  const bHolds = bOnlyTime && now >= bAt;
  // (c) blocked on input, enough follow-ups since the latest reply, and the wait is over.
  const enoughFollowUps = followUpsSinceLastReply >= minFollowUps;
  const cAt = lastFollowUp + Math.ceil(followUpHours * HOUR);
  const cOnlyTime = f.blockedOnCustomerInput && enoughFollowUps;
  const cHolds = cOnlyTime && now >= cAt;
  // (d) an active low-priority dev ticket.
  let devTicket: (typeof f.devTickets)[number] | undefined;
  for (const t of f.devTickets) {
    if (t.active && LOW_PRIORITY.has(t.priority)) {
      devTicket = t;
      break;
    }
  }
  const dHolds = devTicket !== undefined;
  const outcome: CloseEligibilityOutcome = a || bHolds || cHolds || dHolds ? 'eligible' : 'not-eligible';

  // Each instant a text needs is formatted once; a wait that would end after 9999 is refused.
  if (hasRequest && !replyAfterRequest && !isInstantInRange(bAt)) {
    issues.push(outOfRangeIssue(['confirmationRequests'], `the end of the ${confirmHours}-hour wait after the latest one`));
  }
  if (enoughFollowUps && !isInstantInRange(cAt)) issues.push(outOfRangeIssue(['followUps'], `the end of the ${followUpHours}-hour wait after the latest one`));
  if (issues.length > 0) throw new SopInputError(SUBJECT, issues);
  const bAtIso = hasRequest && !replyAfterRequest ? isoInstant(bAt) : null;
  const cAtIso = enoughFollowUps ? isoInstant(cAt) : null;
  const lastReplyIso = lastReply === -Infinity ? null : isoInstant(lastReply);
  const confirmWait = plural(confirmHours, 'hour');

  // Why each way does not hold (undefined when it does, or when only the belief or the block is
  // missing), and the trace detail. Texts are concatenated and the blockers' lists are built only
  // when they are part of the decision: this is the benchmarked hot path.
  let bWhy: string | undefined;
  let bDetail: string;
  if (bHolds) {
    bDetail = `Holds: we believe it is resolved, the latest of ${plural(requests.length, 'confirmation request')} was at ${isoInstant(lastRequest)}, no customer reply since, and ${confirmWait} passed at ${bAtIso}.`;
  } else {
    bWhy = !hasRequest
      ? NO_REQUEST
      : replyAfterRequest
        ? `the customer replied at ${lastReplyIso}, after the latest confirmation request at ${isoInstant(lastRequest)}`
        : now < bAt
          ? `${confirmWait} have not passed since the latest confirmation request at ${isoInstant(lastRequest)} (until ${bAtIso})`
          : undefined;
    bDetail = notHolding(f.believedResolved, NOT_BELIEVED_ONLY, NOT_BELIEVED_AND, bWhy);
  }
  let cWhy: string | undefined;
  let cDetail: string;
  if (cHolds) {
    cDetail = `Holds: blocked on customer input, ${plural(followUpsSinceLastReply, 'follow-up')} since the customer's last reply, and ${plural(followUpHours, 'hour')} passed since the latest at ${cAtIso}.`;
  } else {
    cWhy = !enoughFollowUps
      ? `${plural(followUpsSinceLastReply, 'follow-up')} since the customer's last reply (${lastReplyIso ?? 'none yet'}); ${minFollowUps} needed`
      : now < cAt
        ? `${plural(followUpHours, 'hour')} have not passed since the latest follow-up (until ${cAtIso})`
        : undefined;
    cDetail = notHolding(f.blockedOnCustomerInput, NOT_BLOCKED_ONLY, NOT_BLOCKED_AND, cWhy);
  }
  const dCount = f.devTickets.length;
  // Stryker disable next-line ConditionalExpression: both texts equal or unread
  const dWhy = dHolds ? undefined : dCount === 0 ? NO_DEV_TICKETS : `no active low-priority dev ticket among ${plural(dCount, 'dev ticket')}`;
  const dDetail =
    devTicket !== undefined
      ? `Holds: dev ticket ${devTicket.key ?? '(no key)'} is active and of ${devTicket.priority} priority.`
      : `Does not hold: ${dWhy as string}.`;

  const b = new DecisionBuilder(f);
  b.fired(R.closing, 'A ticket can be closed when any of four conditions holds.');
  b.fired(R.customerConfirmed, a ? A_HOLDS : A_MISSING);
  b.fired(R.confirmationUnanswered, bDetail);
  b.fired(R.unresponsiveAfterFollowUps, cDetail);
  b.fired(R.lowPriorityDevTicket, dDetail);

  let reasons = NO_REASONS;
  let blockers = NO_BLOCKERS;
  let eligibleAt: string | null = null;
  if (outcome === 'eligible') {
    const list: CloseReason[] = [];
    if (a) list.push('customer-confirmed');
    if (bHolds) list.push('confirmation-unanswered');
    if (cHolds) list.push('unresponsive-after-follow-ups');
    if (dHolds) list.push('low-priority-dev-ticket');
    reasons = list;
    b.act({ kind: 'close-ticket', summary: `Close the ticket (${joinText(list, ', ')}).` });
  } else {
    // Checked: this fails to compile if the outcome union grows (an if/else over two outcomes
    // rather than ts-pattern on this hot path).
    outcome satisfies 'not-eligible';
    const bEligibleAt = bOnlyTime ? bAtIso : null;
    const cEligibleAt = cOnlyTime ? cAtIso : null;
    // Stryker disable next-line EqualityOperator: equal instants format the same
    eligibleAt = bEligibleAt !== null && (cEligibleAt === null || bAt <= cAt) ? bEligibleAt : cEligibleAt;
    // Not eligible: no way holds, so each has something missing.
    blockers = [
      { reason: 'customer-confirmed', missing: [NOT_CONFIRMED], eligibleAt: null },
      { reason: 'confirmation-unanswered', missing: missingOf(f.believedResolved, NOT_BELIEVED, bWhy), eligibleAt: bEligibleAt },
      { reason: 'unresponsive-after-follow-ups', missing: missingOf(f.blockedOnCustomerInput, NOT_BLOCKED, cWhy), eligibleAt: cEligibleAt },
      { reason: 'low-priority-dev-ticket', missing: [dWhy as string], eligibleAt: null },
    ];
    if (f.believedResolved && !bOnlyTime) {
      b.act({
        kind: 'ask',
        question: 'Can you confirm the issue is resolved?',
        summary: `Ask the customer to confirm the issue is resolved; if they do not reply within ${confirmWait}, the ticket can be closed.`,
      });
    }
    if (f.blockedOnCustomerInput && !enoughFollowUps) {
      b.fired(R.followUpRegularly, `${plural(followUpsSinceLastReply, 'follow-up')} since the customer's last reply; ${minFollowUps} needed.`);
      b.act({
        kind: 'reply',
        to: 'customer',
        summary: `Follow up with the customer for the input we need (${followUpsSinceLastReply} of ${minFollowUps} follow-ups sent since their last reply).`,
      });
    }
    b.act({
      kind: 'wait',
      until: eligibleAt,
      summary:
        eligibleAt === null
          ? 'Keep the ticket open: it cannot be closed until the customer or an agent acts.'
          : `Keep the ticket open: it can be closed at ${eligibleAt} if nothing changes.`,
    });
  }
  // Written out rather than through DecisionBuilder#build: object spread is slow on this hot path.
  return {
    procedure: SUBJECT,
    outcome,
    actions: b.actions,
    messages: b.messages,
    trace: b.traceUnder(policy),
    policy: { name: policy.name, version: policy.version },
    stamp: b.stamp(policy),
    reasons,
    blockers,
    eligibleAt,
    followUpsSinceLastReply,
  };
}
