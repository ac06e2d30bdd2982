import { DecisionBuilder, type Channel, type Decision, type ReplyAction } from '../_lib/decision.js';
import { SopInputError } from '../_lib/errors.js';
import { nameCandidate } from '../_lib/names.js';
import { longDate, monthYear } from '../_lib/format.js';
import { dayInZone, dayNumberOf, formatDay, isDayInRange, outOfRangeIssue } from '../_lib/time.js';
import { parseInput } from '../_lib/validate.js';
import type { Policy } from '../policy/brand.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { renderMessage } from '../templates/engine.js';
import { noContactMatch } from './internal.js';
import { PTO_RULES } from './rules.js';
import { FirstPaymentTimingFacts } from './schema.js';
import { ptoGraceEndedResponse, ptoWithinGraceResponse } from './templates.js';

/** Outcomes of {@link firstPaymentTiming}. */
export type FirstPaymentTimingOutcome = 'within-grace' | 'grace-ended';

/** What {@link firstPaymentTiming} returns. */
export type FirstPaymentTimingDecision = Decision<
  'pto-delay/first-payment-timing',
  FirstPaymentTimingOutcome,
  {
    /** M2 approval date + the grace period, `YYYY-MM-DD`. */
    firstPaymentDueOn: string;
    /** Calendar days from the M2 approval date to today. */
    daysSinceInstall: number;
    /** Today in the time zone used, `YYYY-MM-DD`. */
    today: string;
    /** The grace period applied, in calendar days. */
    gracePeriodDays: number;
  }
>;

/** The grace-period arithmetic, shared with the whole-concern plan. @internal */
export interface GraceFacts {
  readonly m2Day: number;
  readonly today: number;
  readonly daysSinceInstall: number;
  readonly dueDay: number;
  readonly graceDays: number;
  readonly outcome: FirstPaymentTimingOutcome;
}

/** Computes the grace period, or throws when the M2 approval is after today. @internal */
export function computeGrace(
  m2ApprovedOn: string,
  nowMs: number,
  timeZone: string,
  policy: Policy,
  subject: string,
): GraceFacts {
  const m2Day = dayNumberOf(m2ApprovedOn) as number;
  const today = dayInZone(nowMs, timeZone);
  const graceDays = policy.ptoDelay.gracePeriodDays;
  if (!isDayInRange(today)) throw new SopInputError(subject, [outOfRangeIssue(['now'], `today in ${timeZone}`)]);
  if (!isDayInRange(m2Day + graceDays)) {
    throw new SopInputError(subject, [outOfRangeIssue(['m2ApprovedOn'], `the first payment, due ${graceDays} days after it,`)]);
  }
  if (m2Day > today) {
    throw new SopInputError(subject, [
      {
        path: ['m2ApprovedOn'],
        code: 'after_now',
        message: `${m2ApprovedOn} is after today (${formatDay(today)} in ${timeZone}); an M2 approval date cannot be in the future`,
      },
    ]);
  }
  const daysSinceInstall = today - m2Day;
  return {
    m2Day,
    today,
    daysSinceInstall,
    dueDay: m2Day + graceDays,
    graceDays,
    outcome: daysSinceInstall < graceDays ? 'within-grace' : 'grace-ended',
  };
}

/** A reply to the homeowner said by the agent, on `channel` when one is known. */
function homeownerReply(channel: Channel | undefined, summary: string): ReplyAction {
  return channel ? { kind: 'reply', to: 'homeowner', channel, summary } : { kind: 'reply', to: 'homeowner', summary };
}

/**
 * Records the grace-period rules and the reply in `b`. `channel` is the channel the reply goes out
 * on (none for the stand-alone timing answer). When the installer is one we no longer contact
 * (`noContact`, the match of `noContactMatch`: Blue Hammer, Stronger, SOPS.md item 9), nothing
 * promises the homeowner that we will reach out to them. @internal
 */
export function explainGrace(
  b: DecisionBuilder,
  g: GraceFacts,
  installer: string,
  noContact: string | undefined,
  timeZone: string,
  policy: Policy,
  channel?: Channel,
): void {
  // Stryker disable next-line ConditionalExpression,StringLiteral: noPromise unread if no noContact
  const noPromise = noContact === undefined ? '' : ` We no longer communicate with ${noContact}, so do not promise to reach out to the installer.`;
  b.fired(PTO_RULES.installationDate, `M2 approved on ${formatDay(g.m2Day)}: that is the installation date.`);
  b.fired(
    PTO_RULES.gracePeriod,
    `${g.daysSinceInstall} calendar day${g.daysSinceInstall === 1 ? '' : 's'} since installation (today is ${formatDay(g.today)} in ${timeZone}); ` +
      (g.outcome === 'within-grace'
        ? `fewer than ${g.graceDays}: within the grace period, first payment due ${formatDay(g.dueDay)}.`
        : `${g.graceDays} or more: the grace period ended on ${formatDay(g.dueDay)} and billing cannot be halted.`),
  );
  if (g.outcome === 'within-grace') {
    b.fired(
      PTO_RULES.withinGraceReply,
      noContact === undefined
        ? 'Tell the homeowner no payment is due until the grace period ends, and that we will contact the installer.'
        : `Tell the homeowner no payment is due until the grace period ends.${noPromise}`,
    );
    b.reply(
      renderMessage(
        ptoWithinGraceResponse,
        { installMonth: monthYear(g.m2Day), gracePeriodDays: g.graceDays, firstPaymentDueOn: longDate(g.dueDay) },
        policy,
        channel,
      ),
      'Tell the homeowner they will not be billed until the grace period after their installation date ends.',
    );
    if (noContact === undefined) {
      b.act(homeownerReply(channel, 'Tell the homeowner we will reach out to their installer to ask for an update on the status of their PTO letter.'));
    }
  } else {
    b.fired(
      PTO_RULES.graceEndedReply,
      noContact === undefined
        ? 'Tell the homeowner billing cannot be halted, and that we will contact the installer to expedite PTO.'
        : `Tell the homeowner billing cannot be halted.${noPromise}`,
    );
    b.act(homeownerReply(channel, 'Tell the homeowner that unfortunately we cannot halt the billing process.'));
    if (noContact === undefined) {
      b.reply(
        renderMessage(ptoGraceEndedResponse, { installerName: installer }, policy, channel),
        'Tell the homeowner we will reach out to their installer on their behalf to see if the process can be expedited.',
      );
    }
  }
}

/**
 * Whether the homeowner's 60-day grace period is still running (SOPS.md item 2): the first payment
 * is due on the M2 approval date + 60 calendar days; fewer than 60 days since installation is
 * within grace, 60 or more means billing cannot be halted. "Today" is the date of `now` in the
 * policy's time zone (or `options.timeZone`). Renders the seed's example response for the case.
 * For an installer we no longer contact (Blue Hammer, Stronger; SOPS.md item 9) it makes no promise
 * to reach out to the installer: the grace-ended example response, which makes that promise, is
 * left out and only "we cannot halt the billing process" is said.
 *
 * @param facts - `m2ApprovedOn` (YYYY-MM-DD), `installer`, `now`
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `firstPaymentDueOn`, `daysSinceInstall`, `today` and `gracePeriodDays`
 * @throws SopInputError for invalid facts, an M2 approval date after today, or today or the first payment outside
 *   the years 0001–9999 (code `out_of_range`)
 *
 * @example
 * ```ts
 * import { firstPaymentTiming } from 'solar-sop/pto-delay';
 * const d = firstPaymentTiming({
 *   m2ApprovedOn: '2026-09-25', installer: 'Top Electric', now: '2026-11-23T17:00:00Z',
 * });
 * d.outcome; //=> 'within-grace'
 * d.daysSinceInstall; //=> 59
 * d.firstPaymentDueOn; //=> '2026-11-24'
 * ```
 */
export function firstPaymentTiming(facts: FirstPaymentTimingFacts, options?: DecideOptions): FirstPaymentTimingDecision {
  const subject = 'pto-delay/first-payment-timing';
  const { policy, timeZone } = resolveOptions(options, subject, facts);
  const f = parseInput(FirstPaymentTimingFacts, facts, subject);
  const g = computeGrace(f.m2ApprovedOn, f.now, timeZone, policy, subject);
  const b = new DecisionBuilder(f);
  explainGrace(b, g, f.installer, noContactMatch(nameCandidate(f.installer), policy), timeZone, policy);
  return b.build(subject, g.outcome, policy, {
    firstPaymentDueOn: formatDay(g.dueDay),
    daysSinceInstall: g.daysSinceInstall,
    today: formatDay(g.today),
    gracePeriodDays: g.graceDays,
  });
}
