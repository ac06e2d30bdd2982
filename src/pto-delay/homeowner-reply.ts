import { DecisionBuilder, type Decision, type Message } from '../_lib/decision.js';
import { findIn, nameCandidate, type NameCandidate } from '../_lib/names.js';
import { numberInWords, shortUsDate } from '../_lib/format.js';
import { dayNumberOf } from '../_lib/time.js';
import { parseInput } from '../_lib/validate.js';
import { internalsOf, type Policy } from '../policy/brand.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { renderMessage } from '../templates/engine.js';
import {
  explainHomeownerTicket,
  fullName,
  isInLittleton,
  isLittletonInstaller,
  littletonLabel,
  orList,
  organizationName,
  type HomeownerFacts,
  type SiteFacts,
} from './internal.js';
import { PTO_RULES } from './rules.js';
import { PtoHomeownerReplyFacts } from './schema.js';
import { ptoLittletonReply, ptoStandardReply, ptoThingsYouCanDoReply } from './templates.js';

/** Outcomes of {@link ptoHomeownerReply}: which of the seed's three homeowner replies to send. */
export type PtoHomeownerReplyOutcome = 'littleton-top-electric' | 'things-you-can-do' | 'standard';

/** The homeowner reply chosen, as {@link ptoHomeownerReply} and `handlePtoConcern` report it. */
export interface PtoHomeownerReplyResult {
  /** Which reply: the first rule of SOPS.md item 8 that matched. */
  readonly outcome: PtoHomeownerReplyOutcome;
  /** The template of the reply sent. */
  readonly templateId: string;
  /** The installer organization, in the policy's spelling when the policy names it. */
  readonly organization: string;
  /** Whether the site is in Littleton, CO. */
  readonly inLittleton: boolean;
}

/** What {@link ptoHomeownerReply} returns. */
export type PtoHomeownerReplyDecision = Decision<
  'pto-delay/homeowner-reply',
  PtoHomeownerReplyOutcome,
  Omit<PtoHomeownerReplyResult, 'outcome'> & {
    /** Title of the homeowner ticket. */
    readonly title: string;
  }
>;

/** What the homeowner reply depends on, validated. @internal */
export interface HomeownerReplyInput {
  readonly installer: string;
  readonly site: SiteFacts;
  readonly homeowner: HomeownerFacts;
  readonly m2ApprovedOn: string;
  readonly inspectionComplete?: boolean | undefined;
  readonly onlyAwaitingPto?: boolean | undefined;
}

/** The rule of SOPS.md item 8 that matched, with what was seen. @internal */
export interface HomeownerReplyChoice {
  readonly outcome: PtoHomeownerReplyOutcome;
  /** For `things-you-can-do`: the named installer (Blue Hammer, Stronger), or the inspection rule. */
  readonly because: 'littleton' | 'installer' | 'awaiting-pto' | 'other';
  readonly organization: string;
  readonly inLittleton: boolean;
  readonly littletonInstaller: boolean;
  readonly thingsInstaller: string | undefined;
}

/** Applies SOPS.md item 8, first match wins; `installer` is `nameCandidate(f.installer)`. @internal */
export function chooseHomeownerReply(f: HomeownerReplyInput, installer: NameCandidate, policy: Policy): HomeownerReplyChoice {
  const inLittleton = isInLittleton(f.site, policy);
  const littletonInstaller = isLittletonInstaller(installer, policy);
  const thingsInstaller = findIn(internalsOf(policy).names, installer, policy.ptoDelay.thingsYouCanDoInstallers);
  const organization = organizationName(f.installer, installer, policy);
  const [outcome, because]: [PtoHomeownerReplyOutcome, HomeownerReplyChoice['because']] =
    inLittleton && littletonInstaller
      ? ['littleton-top-electric', 'littleton']
      : thingsInstaller !== undefined
        ? ['things-you-can-do', 'installer']
        : f.inspectionComplete === true && f.onlyAwaitingPto === true
          ? ['things-you-can-do', 'awaiting-pto']
          : ['standard', 'other'];
  // Written out rather than spread from a shared base: object spread is slow on this hot path.
  return { organization, inLittleton, littletonInstaller, thingsInstaller, outcome, because };
}

const yesNo = (v: boolean | undefined): string => (v === undefined ? 'not known' : v ? 'yes' : 'no');

/** `Denver, CO (not in Littleton, CO/Colorado)`. */
function whereText(f: HomeownerReplyInput, c: HomeownerReplyChoice, policy: Policy): string {
  return `${f.site.city}, ${f.site.state} (${c.inLittleton ? '' : 'not '}in ${littletonLabel(policy)})`;
}

/** `inspection complete: yes, only waiting on PTO: not known`. */
function inspectionText(f: HomeownerReplyInput): string {
  return `inspection complete: ${yesNo(f.inspectionComplete)}, only waiting on PTO: ${yesNo(f.onlyAwaitingPto)}`;
}

/**
 * Records the rule that chose the reply and renders it: a switch in which every outcome must
 * return (TypeScript rejects a missing one), on this benchmarked hot path instead of ts-pattern.
 */
function replyMessage(
  b: DecisionBuilder,
  f: HomeownerReplyInput,
  c: HomeownerReplyChoice,
  policy: Policy,
): Message {
  const p = policy.ptoDelay;
  // Each text is made only in the cases that use it.
  switch (c.outcome) {
    case 'littleton-top-electric':
      b.fired(PTO_RULES.littletonReply, `Installed in ${whereText(f, c, policy)} by ${p.littleton.installer} (given as "${f.installer}"): the Littleton reply.`);
      return renderMessage(
        ptoLittletonReply,
        {
          gracePeriodDays: p.gracePeriodDays,
          installDate: shortUsDate(dayNumberOf(f.m2ApprovedOn) as number),
          installerName: p.littleton.installer,
          city: p.littleton.city,
        },
        policy,
      );
    case 'things-you-can-do':
      if (c.because === 'installer') {
        b.fired(
          PTO_RULES.thingsYouCanDoInstaller,
          `"${f.installer}" is ${c.thingsInstaller as string}, one of ${orList(p.thingsYouCanDoInstallers)}: the "things you can do" reply.`,
        );
      } else {
        b.fired(
          PTO_RULES.thingsYouCanDoAwaitingPto,
          `"${f.installer}" at ${whereText(f, c, policy)} is not ${p.littleton.installer} in ${p.littleton.city} nor one of ${orList(p.thingsYouCanDoInstallers)}, ` +
            `but the system is installed (M2 approved ${f.m2ApprovedOn}) and ${inspectionText(f)}: the "things you can do" reply.`,
        );
      }
      return renderMessage(ptoThingsYouCanDoReply, { customerName: fullName(f.homeowner) }, policy);
    case 'standard':
      b.fired(
        PTO_RULES.standardReply,
        `"${f.installer}" at ${whereText(f, c, policy)}: not ${p.littleton.installer} in ${p.littleton.city}` +
          `, not one of ${orList(p.thingsYouCanDoInstallers)}, and not both inspected and only waiting on PTO (${inspectionText(f)}): the standard reply.`,
      );
      return renderMessage(
        ptoStandardReply,
        { customerName: fullName(f.homeowner), gracePeriodWords: numberInWords(p.gracePeriodDays), gracePeriodDays: p.gracePeriodDays },
        policy,
      );
  }
}

/** Records the rule that chose the reply and renders the reply in `b`. @internal */
export function explainHomeownerReply(
  b: DecisionBuilder,
  f: HomeownerReplyInput,
  c: HomeownerReplyChoice,
  policy: Policy,
): PtoHomeownerReplyResult {
  const message = replyMessage(b, f, c, policy);
  b.reply(message, `"Reply to customer" on the homeowner ticket with the ${replyName[c.outcome]} reply.`);
  return { outcome: c.outcome, templateId: message.templateId, organization: c.organization, inLittleton: c.inLittleton };
}

const replyName = {
  'littleton-top-electric': 'Littleton',
  'things-you-can-do': '"things you can do"',
  standard: 'standard',
} as const satisfies Record<PtoHomeownerReplyOutcome, string>;

/**
 * Which canned reply the homeowner gets about a first payment due before PTO (SOPS.md item 8,
 * first match wins): Littleton, CO and Top Electric → the Littleton reply; Blue Hammer or Stronger
 * → the "things you can do" reply; any other installer whose system is inspected and only waiting
 * on PTO → the "things you can do" reply; all others → the standard reply. Installer and city
 * names match ignoring case, punctuation, repeated spaces and legal suffixes, plus the policy's
 * aliases (SOPS.md item 7): `Top Electrical` is not Top Electric and `Stronger Solar Inc.` is not
 * Stronger unless the policy makes it an alias. Also sets up the homeowner ticket (PTO project,
 * title, assignee, reporter, organization, label, request type PTO/M3 Delay).
 *
 * @param facts - `installer`, `site` `{ city, state }`, `homeowner` `{ firstName, lastName, email? }`,
 *   `m2ApprovedOn`, `inspectionComplete?`, `onlyAwaitingPto?`, `ticketKey?`
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `templateId`, `organization`, `inLittleton` and the ticket `title`
 * @throws SopInputError for invalid facts or options
 *
 * @example
 * ```ts
 * import { ptoHomeownerReply } from 'solar-sop/pto-delay';
 * const d = ptoHomeownerReply({
 *   installer: 'TOP ELECTRIC, LLC', site: { city: 'Littleton', state: 'co' },
 *   homeowner: { firstName: 'Ana', lastName: 'Diaz' }, m2ApprovedOn: '2026-09-24',
 * });
 * d.outcome; //=> 'littleton-top-electric'
 * d.title; //=> 'Homeowner Concern Received - Ana Diaz - Top Electric'
 * ```
 */
export function ptoHomeownerReply(facts: PtoHomeownerReplyFacts, options?: DecideOptions): PtoHomeownerReplyDecision {
  const subject = 'pto-delay/homeowner-reply';
  const { policy } = resolveOptions(options, subject, facts);
  const f = parseInput(PtoHomeownerReplyFacts, facts, subject);
  const choice = chooseHomeownerReply(f, nameCandidate(f.installer), policy);
  const b = new DecisionBuilder(f);
  const title = explainHomeownerTicket(b, { ticketKey: f.ticketKey, homeowner: f.homeowner, organization: choice.organization }, policy);
  const r = explainHomeownerReply(b, f, choice, policy);
  // Written out rather than through DecisionBuilder#build: object spread is slow on this hot path.
  return {
    procedure: subject,
    outcome: r.outcome,
    actions: b.actions,
    messages: b.messages,
    trace: b.traceUnder(policy),
    policy: { name: policy.name, version: policy.version },
    stamp: b.stamp(policy),
    templateId: r.templateId,
    organization: r.organization,
    inLittleton: r.inLittleton,
    title,
  };
}
