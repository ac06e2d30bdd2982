import { DecisionBuilder, type Decision, type RecordAction } from '../_lib/decision.js';
import { SopInputError, type SopIssue } from '../_lib/errors.js';
import { nameCandidate } from '../_lib/names.js';
import { formatDay } from '../_lib/time.js';
import { parseInput } from '../_lib/validate.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { renderMessage } from '../templates/engine.js';
import { computeGrace, explainGrace, type FirstPaymentTimingOutcome, type GraceFacts } from './first-payment-timing.js';
import { chooseHomeownerReply, explainHomeownerReply, type PtoHomeownerReplyResult } from './homeowner-reply.js';
import { explainOutreach, planOutreach, type PtoInstallerOutreachResult } from './installer-outreach.js';
import { explainHomeownerTicket, littletonLabel, orList, siteLine } from './internal.js';
import { PTO_RULES } from './rules.js';
import { HandlePtoConcernFacts } from './schema.js';
import { ptoDoubleBillingEscalation } from './templates.js';

/** Outcomes of {@link handlePtoConcern}: the grace outcome of {@link firstPaymentTiming}. */
export type HandlePtoConcernOutcome = FirstPaymentTimingOutcome;

/** What {@link handlePtoConcern} returns. */
export type HandlePtoConcernDecision = Decision<
  'pto-delay/handle-concern',
  HandlePtoConcernOutcome,
  {
    /** M2 approval date + the grace period, `YYYY-MM-DD`. */
    readonly firstPaymentDueOn: string;
    /** Calendar days from the M2 approval date to today. */
    readonly daysSinceInstall: number;
    /** Today in the time zone used, `YYYY-MM-DD`. */
    readonly today: string;
    /** The grace period applied, in calendar days. */
    readonly gracePeriodDays: number;
    /** Title of the homeowner ticket. */
    readonly title: string;
    /** Intake flag: Littleton, CO with Top Electric. */
    readonly littletonTopElectric: boolean;
    /** Intake flag: Blue Hammer or Stronger (an installer we no longer contact). */
    readonly noContactInstaller: boolean;
    /** The homeowner reply chosen. */
    readonly homeownerReply: PtoHomeownerReplyResult;
    /** The installer outreach: the linked ticket, or why there is none. */
    readonly installerOutreach: PtoInstallerOutreachResult;
    /** Whether the double-billing escalation line is sent. */
    readonly doubleBillingEscalation: boolean;
  }
>;

const INSPECTION_ISSUE = {
  'not-scheduled': 'the inspection has not been scheduled',
  pending: 'the inspection is pending',
  failed: 'the system failed inspection by the municipality and needs changes',
} as const;

const yesNo = (v: boolean): string => (v ? 'yes' : 'no');

/**
 * The whole plan for a homeowner's PTO delay / "double billing" concern, from a call or a ticket,
 * in SOP order: intake notes (address, installer, the Littleton/Top Electric and Blue Hammer/Stronger
 * flags, inspection, other details such as contact problems); the homeowner ticket in the PTO
 * project with the title `Homeowner Concern Received - {First Last} - {Organization}`; search and
 * link existing tickets; the first-payment timing reply (as {@link firstPaymentTiming}); the
 * double-billing escalation line when the homeowner still asks (it follows the timing reply in the
 * seed's call script); the homeowner reply (as {@link ptoHomeownerReply}); and last the installer
 * outreach or the reason there is none (as {@link ptoInstallerOutreach}).
 * For Blue Hammer and Stronger nothing promises the homeowner that we will contact the
 * installer: the grace-ended response and the escalation line are left out.
 *
 * @param facts - see {@link HandlePtoConcernFacts}
 * @param options - `policy` and `timeZone` ("today" is the date of `now` there)
 * @returns the decision: outcome `within-grace` or `grace-ended`, with the timing fields,
 *   `homeownerReply` and `installerOutreach`
 * @throws SopInputError for invalid facts or options, an M2 approval after today, an
 *   `inspectionIssue` with `inspectionComplete: true`, or a missing `contractorEmail` /
 *   `installerContactName` when an installer ticket is due, or today or the first payment outside the
 *   years 0001–9999 (code `out_of_range`); every problem at once
 *
 * @example
 * ```ts
 * import { handlePtoConcern } from 'solar-sop/pto-delay';
 * const d = handlePtoConcern({
 *   channel: 'phone', installer: 'Blue Hammer', site: { city: 'Austin', state: 'TX' },
 *   homeowner: { firstName: 'Ana', lastName: 'Diaz' }, m2ApprovedOn: '2026-09-24',
 *   now: '2026-11-23T17:00:00Z',
 * });
 * d.outcome; //=> 'grace-ended'
 * d.installerOutreach.outcome; //=> 'do-not-contact'
 * ```
 */
export function handlePtoConcern(facts: HandlePtoConcernFacts, options?: DecideOptions): HandlePtoConcernDecision {
  const subject = 'pto-delay/handle-concern';
  const { policy, timeZone } = resolveOptions(options, subject, facts);
  const f = parseInput(HandlePtoConcernFacts, facts, subject);

  // Every cross-field problem at once, before anything is decided.
  const issues: SopIssue[] = [];
  let grace: GraceFacts | undefined;
  try {
    grace = computeGrace(f.m2ApprovedOn, f.now, timeZone, policy, subject);
  } catch (error) {
    issues.push(...(error as SopInputError).issues);
  }
  if (f.inspectionIssue !== undefined && f.inspectionComplete === true) {
    issues.push({
      path: ['inspectionIssue'],
      code: 'conflict',
      message: `is "${f.inspectionIssue}", but inspectionComplete is true; give one or the other`,
    });
  }
  // The installer read once, for every rule that names it: the same reading everywhere, so the timing
  // reply cannot promise to contact an installer the outreach refuses (an alias of two installers).
  const installer = nameCandidate(f.installer);
  const plan = planOutreach(f, installer, policy, issues);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: undefined only after an issue
  if (grace === undefined || plan === undefined || issues.length > 0) throw new SopInputError(subject, issues);

  const p = policy.ptoDelay;
  const choice = chooseHomeownerReply(f, installer, policy);
  const organization = choice.organization;
  const littletonTopElectric = choice.inLittleton && choice.littletonInstaller;
  // Stryker disable next-line ConditionalExpression: noContact is undefined there too
  const noContact = plan.outcome === 'do-not-contact' ? plan.noContact : undefined;
  const channel = f.channel === 'phone' ? 'phone' : 'email';
  const b = new DecisionBuilder(f);

  // 1. Intake notes.
  const address = siteLine(f.site);
  b.fired(PTO_RULES.intakeSite, `Address: ${address}; installer: "${f.installer}" (organization ${organization}).`);
  b.act(
    { kind: 'record', field: 'address', value: address, summary: `Note the address of the system: ${address}.` },
    { kind: 'record', field: 'installer', value: organization, summary: `Note the installer: ${organization}.` },
  );
  b.fired(
    PTO_RULES.intakeLittleton,
    `${f.site.city}, ${f.site.state} is ${choice.inLittleton ? '' : 'not '}in ${littletonLabel(policy)} and "${f.installer}" is ${
      choice.littletonInstaller ? '' : 'not '
    }${p.littleton.installer}: flag ${yesNo(littletonTopElectric)}.`,
  );
  b.fired(
    PTO_RULES.intakeNoContactInstaller,
    noContact !== undefined ? `"${f.installer}" is ${noContact}: flag yes.` : `"${f.installer}" is not one of ${orList(p.noContactInstallers)}: flag no.`,
  );
  if (littletonTopElectric) {
    b.act({
      kind: 'record',
      field: 'littletonTopElectric',
      value: 'yes',
      summary: `Take note: the system is in ${littletonLabel(policy)} and installed by ${p.littleton.installer}.`,
    });
  }
  if (noContact !== undefined) {
    b.act({ kind: 'record', field: 'noContactInstaller', value: noContact, summary: `Take note: the installer is ${noContact}.` });
  }
  if (f.inspectionComplete === undefined) {
    b.fired(PTO_RULES.intakeInspection, 'Inspection state not known: ask the homeowner.');
    b.act({ kind: 'ask', question: 'Has the system been inspected yet?', summary: 'Ask the homeowner if the system has been inspected yet.' });
  } else {
    b.fired(PTO_RULES.intakeInspection, `Inspection complete: ${yesNo(f.inspectionComplete)}.`);
    b.act({
      kind: 'record',
      field: 'inspectionComplete',
      value: yesNo(f.inspectionComplete),
      summary: `Note whether the system has been inspected: ${yesNo(f.inspectionComplete)}.`,
    });
  }
  const details: RecordAction[] = [];
  if (f.onlyAwaitingPto !== undefined) {
    details.push({
      kind: 'record',
      field: 'onlyAwaitingPto',
      value: yesNo(f.onlyAwaitingPto),
      summary: `Note whether the homeowner is only waiting on PTO from the utility: ${yesNo(f.onlyAwaitingPto)}.`,
    });
  }
  if (f.cannotReachInstaller === true) {
    details.push({
      kind: 'record',
      field: 'cannotReachInstaller',
      value: 'yes',
      summary: 'Note that the homeowner has been trying to contact the installer and cannot get in touch with them.',
    });
  }
  if (f.inspectionIssue !== undefined) {
    details.push({ kind: 'record', field: 'inspectionIssue', value: f.inspectionIssue, summary: `Note the inspection issue: ${INSPECTION_ISSUE[f.inspectionIssue]}.` });
  }
  if (f.ptoNotSubmitted === true) {
    details.push({
      kind: 'record',
      field: 'ptoNotSubmitted',
      value: 'yes',
      summary: 'Note that the installer has not submitted the request for PTO with the utility.',
    });
  }
  for (const note of f.notes ?? []) details.push({ kind: 'record', field: 'note', value: note, summary: `Note: ${note}` });
  if (details.length > 0) {
    b.fired(PTO_RULES.intakeDetails, `${details.length} pertinent detail${details.length === 1 ? '' : 's'}: ${details.map((d) => d.field).join(', ')}.`);
    b.act(...details);
  }

  // 2. The homeowner ticket: PTO project, title and fields.
  const title = explainHomeownerTicket(b, { ticketKey: f.ticketKey, homeowner: f.homeowner, organization }, policy);

  // 3. Search for existing open tickets and link new ones to the original homeowner ticket.
  const existing = f.existingOpenTickets;
  const self = f.ticketKey ?? 'this ticket';
  if (existing === undefined) {
    b.fired(PTO_RULES.linkExisting, 'Existing open tickets not searched yet.');
    b.act({
      kind: 'check',
      what: 'existing open tickets of the homeowner',
      summary: `Search for existing open tickets of the homeowner and link ${self} to the original homeowner ticket ("relates to").`,
    });
  } else {
    const [original, ...rest] = existing;
    // Each newer ticket is linked once, however often the search listed it.
    const links = original === undefined ? [] : original === f.ticketKey ? [...new Set(rest)].filter((k) => k !== original) : [self];
    b.fired(
      PTO_RULES.linkExisting,
      original === undefined
        ? 'No existing open tickets: nothing to link.'
        : `Original homeowner ticket ${original}; link ${links.length === 0 ? 'nothing (no newer tickets)' : links.join(', ')} to it.`,
    );
    for (const from of links) {
      b.act({ kind: 'link-ticket', from, to: original as string, relation: 'relates to', summary: `Link ${from} to the original homeowner ticket ${original as string}.` });
    }
  }

  // 4. First-payment timing (M2 approval in engine, the grace period, the timing reply).
  b.fired(PTO_RULES.checkM2, `M2 approval date in engine: ${f.m2ApprovedOn}.`);
  explainGrace(b, grace, organization, noContact, timeZone, policy, channel);

  // 5. The double-billing escalation line, when the homeowner still asks: in the seed it follows the
  // timing reply on the call. It promises escalation to the installer, so never for a no-contact installer.
  let doubleBillingEscalation = false;
  if (f.stillAskingAboutDoubleBilling === true) {
    if (noContact === undefined) {
      b.fired(PTO_RULES.doubleBilling, 'The homeowner still asks about double billing: we escalate directly to the installer.');
      b.reply(
        renderMessage(ptoDoubleBillingEscalation, {}, policy, channel),
        'Tell the homeowner we will escalate the issue directly to their installer and ask them to expedite the process.',
      );
      doubleBillingEscalation = true;
    } else {
      b.fired(
        PTO_RULES.doubleBilling,
        `The homeowner still asks about double billing, but we no longer communicate with ${noContact}: the escalation line is not used.`,
      );
    }
  }

  // 6. The homeowner reply.
  const homeownerReply = explainHomeownerReply(b, f, choice, policy);

  // 7. The installer outreach, or why there is none.
  const installerOutreach = explainOutreach(
    b,
    { installer: f.installer, contractorEmail: f.contractorEmail, installerContactName: f.installerContactName, homeowner: f.homeowner, homeownerTicketKey: f.ticketKey },
    plan,
    policy,
  );

  return b.build(subject, grace.outcome, policy, {
    firstPaymentDueOn: formatDay(grace.dueDay),
    daysSinceInstall: grace.daysSinceInstall,
    today: formatDay(grace.today),
    gracePeriodDays: grace.graceDays,
    title,
    littletonTopElectric,
    noContactInstaller: noContact !== undefined,
    homeownerReply,
    installerOutreach,
    doubleBillingEscalation,
  });
}
