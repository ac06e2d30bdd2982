import { match } from 'ts-pattern';
import { DecisionBuilder, type Decision } from '../_lib/decision.js';
import { SopInputError } from '../_lib/errors.js';
import { longDate } from '../_lib/format.js';
import { dayInZone, dayNumberOf, formatDay, isDayInRange, outOfRangeIssue } from '../_lib/time.js';
import { parseInput } from '../_lib/validate.js';
import { policyCalendar } from '../calendar/api.js';
import { addBusinessDayNumbers, countBusinessDays, NoBusinessDayError, type BusinessCalendar } from '../calendar/engine.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { renderMessage } from '../templates/engine.js';
import { SYSTEM_SUPPORT_RULES as R } from './rules.js';
import { ReactivationRequestFacts } from './schema.js';
import { systemPaymentLess10Days, systemPaymentLess10DaysPhone } from './templates.js';

/** Outcomes of {@link reactivationRequest}. */
export type ReactivationRequestOutcome = 'within-window' | 'transfer-to-account-servicing' | 'already-reactivated';

/** Every outcome of {@link reactivationRequest}, in documentation order. */
export const REACTIVATION_REQUEST_OUTCOMES = [
  'within-window',
  'transfer-to-account-servicing',
  'already-reactivated',
] as const satisfies readonly ReactivationRequestOutcome[];

/** An open Case or Case Review reported by {@link reactivationRequest}. */
export interface ReactivationOpenCase {
  readonly kind: 'case' | 'case-review';
  readonly reference: string;
}

/** What {@link reactivationRequest} returns. */
export type ReactivationRequestDecision = Decision<
  'system-support/reactivation-request',
  ReactivationRequestOutcome,
  {
    /** Business days `d` with payment date < `d` <= today (SOPS.md item 3). */
    businessDaysSincePayment: number;
    /** The payment date + the window in business days, `YYYY-MM-DD`: the last day inside "up to 10". */
    windowEndsOn: string;
    /** Today in the time zone used, `YYYY-MM-DD`. */
    today: string;
    /** The window applied, in business days (policy). */
    windowBusinessDays: number;
    /** The open Case or Case Review related to this concern, checked first; `null` when none. */
    openCase: ReactivationOpenCase | null;
  }
>;

const SUBJECT = 'system-support/reactivation-request';
const CASE_LABEL = { case: 'Case', 'case-review': 'Case Review' } as const;

/** Still deactivated, and how many business days since the payment: the outcome. */
function outcomeOf(stillDeactivated: boolean, withinWindow: boolean): ReactivationRequestOutcome {
  if (!stillDeactivated) return 'already-reactivated';
  return withinWindow ? 'within-window' : 'transfer-to-account-servicing';
}

/** The day `amount` business days after `day`; a calendar with no business days is the policy's problem. */
function businessDaysAfter(cal: BusinessCalendar, day: number, amount: number): number {
  try {
    return addBusinessDayNumbers(cal, day, amount);
  } catch (error) {
    if (!(error instanceof NoBusinessDayError)) throw error;
    throw new SopInputError(SUBJECT, [
      {
        path: ['options', 'policy', 'calendar', 'holidays'],
        code: 'no_business_days',
        message: 'leaves no business day in ten years after the payment, so the reactivation window never ends; check the holiday rule',
      },
    ]);
  }
}

/**
 * A homeowner asks for their system to be reactivated after a non-payment deactivation
 * (SOPS.md item 3). An open Case or Case Review related to the concern is checked first and
 * reported. Business days since the payment count the business days `d` with payment date < `d`
 * <= today (Monday to Friday, less US federal holidays on their observed dates and the policy's
 * closures), "today" being the date of `now` in the policy's time zone (or `options.timeZone`).
 * Ten (policy) or fewer and still deactivated: tell the homeowner it may take up to 10 business
 * days (the "Payment less 10 days" quick reply on chat and e-mail, a spoken line on the phone).
 * More than ten and still deactivated: warm transfer to Account Servicing. No longer deactivated:
 * already reactivated.
 *
 * @param facts - `now`, `paymentMadeOn` (YYYY-MM-DD), `channel`, `stillDeactivated`, `openCase?`
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `businessDaysSincePayment`, `windowEndsOn`, `today`,
 *   `windowBusinessDays` and `openCase`
 * @throws SopInputError for invalid facts, a payment date after today, or today or the window's end outside the
 *   years 0001–9999 (code `out_of_range`)
 *
 * @example
 * ```ts
 * import { reactivationRequest } from 'solar-sop/system-support';
 * const d = reactivationRequest({
 *   now: '2026-12-07T12:00:00-08:00', paymentMadeOn: '2026-11-20', channel: 'chat', stillDeactivated: true,
 * });
 * d.outcome; //=> 'within-window'
 * d.businessDaysSincePayment; //=> 10
 * d.windowEndsOn; //=> '2026-12-07'
 * ```
 */
export function reactivationRequest(facts: ReactivationRequestFacts, options?: DecideOptions): ReactivationRequestDecision {
  const { policy, timeZone } = resolveOptions(options, SUBJECT, facts);
  const f = parseInput(ReactivationRequestFacts, facts, SUBJECT);
  const paymentDay = dayNumberOf(f.paymentMadeOn) as number;
  const today = dayInZone(f.now, timeZone);
  if (!isDayInRange(today)) throw new SopInputError(SUBJECT, [outOfRangeIssue(['now'], `today in ${timeZone}`)]);
  if (paymentDay > today) {
    throw new SopInputError(SUBJECT, [
      {
        path: ['paymentMadeOn'],
        code: 'after_now',
        message: `${f.paymentMadeOn} is after today (${formatDay(today)} in ${timeZone}); a payment cannot have been made in the future`,
      },
    ]);
  }
  const ss = policy.systemSupport;
  const windowDays = ss.reactivationWindowBusinessDays;
  const cal = policyCalendar(policy);
  const since = countBusinessDays(cal, paymentDay, today);
  const windowEnd = businessDaysAfter(cal, paymentDay, windowDays);
  if (!isDayInRange(windowEnd)) {
    throw new SopInputError(SUBJECT, [outOfRangeIssue(['paymentMadeOn'], `the end of the ${windowDays}-business-day window after it`)]);
  }
  const outcome = outcomeOf(f.stillDeactivated, since <= windowDays);
  const openCase = f.openCase ?? null;
  const b = new DecisionBuilder(f);

  if (openCase === null) {
    b.fired(R.reactivationOpenCase, 'No open Case or Case Review related to this concern.');
  } else {
    const label = `${CASE_LABEL[openCase.kind]} ${openCase.reference}`;
    b.fired(R.reactivationOpenCase, `Open ${label} is related to this concern: review it before answering.`);
    b.act({
      kind: 'check',
      what: label,
      summary: `Review the open ${label} related to this concern before answering, and note this contact on it.`,
    });
  }
  b.fired(
    R.reactivationPaymentDate,
    `Payment made on ${f.paymentMadeOn}; today is ${formatDay(today)} in ${timeZone}: ${since} business day${since === 1 ? '' : 's'} since the payment (window of ${windowDays} ends ${formatDay(windowEnd)}).`,
  );
  b.act({
    kind: 'record',
    field: 'paymentMadeOn',
    value: f.paymentMadeOn,
    summary: `Record the payment date the customer gave: ${f.paymentMadeOn}.`,
  });

  const view = { paymentMadeOn: longDate(paymentDay), windowBusinessDays: windowDays, windowEndsOn: longDate(windowEnd) };
  match(outcome)
    .with('already-reactivated', () => {
      b.fired(R.reactivationStillDeactivated, `The system is no longer deactivated (${since} business day${since === 1 ? '' : 's'} since the payment): nothing to reactivate.`);
      b.act({
        kind: 'reply',
        to: 'homeowner',
        channel: f.channel,
        summary: 'Tell the customer their system has already been reactivated.',
      });
    })
    .with('within-window', () => {
      b.fired(R.reactivationStillDeactivated, 'The system is still deactivated.');
      b.fired(
        R.reactivationWindow,
        `${since} business day${since === 1 ? '' : 's'} since the payment, ${windowDays} or fewer: it may take up to ${windowDays} business days (until ${formatDay(windowEnd)}).`,
      );
      if (f.channel === 'phone') {
        b.reply(
          renderMessage(systemPaymentLess10DaysPhone, view, policy),
          `Tell the homeowner it may take up to ${windowDays} business days to reactivate.`,
        );
      } else {
        b.fired(R.reactivationQuickReply, `${f.channel === 'chat' ? 'Chat' : 'E-mail'}: use the quick reply "Payment less 10 days".`);
        b.reply(
          renderMessage(systemPaymentLess10Days, view, policy, f.channel),
          `Send the quick reply "Payment less 10 days": it may take up to ${windowDays} business days to reactivate.`,
        );
      }
    })
    .with('transfer-to-account-servicing', () => {
      // More than the window, which the policy holds to at least 1: always 2 business days or more.
      b.fired(R.reactivationStillDeactivated, `The system is still deactivated, ${since} business days since the payment: more than ${windowDays}.`);
      b.fired(R.reactivationTransfer, `Warm transfer to ${ss.accountServicing}.`);
      b.act({
        kind: 'transfer',
        to: ss.accountServicing,
        warm: true,
        summary: `Warm transfer the customer to ${ss.accountServicing}: the payment was ${since} business days ago and the system is still deactivated.`,
      });
    })
    .exhaustive();
  b.act({ kind: 'stop', summary: 'Stop: this request is handled.' });

  return b.build(SUBJECT, outcome, policy, {
    businessDaysSincePayment: since,
    windowEndsOn: formatDay(windowEnd),
    today: formatDay(today),
    windowBusinessDays: windowDays,
    openCase: openCase === null ? null : { kind: openCase.kind, reference: openCase.reference },
  });
}
