import { DecisionBuilder, type Decision, type Message } from '../_lib/decision.js';
import { SopInputError, type SopIssue, type TemplateError } from '../_lib/errors.js';
import { findIn, nameCandidate, type NameCandidate } from '../_lib/names.js';
import { parseInput } from '../_lib/validate.js';
import { internalsOf, type Policy } from '../policy/brand.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { forbiddenIn, renderMessage } from '../templates/engine.js';
import { concernTitle, fullName, noContactMatch, orList, organizationName, type HomeownerFacts } from './internal.js';
import { PTO_RULES } from './rules.js';
import { PtoInstallerOutreachFacts } from './schema.js';
import { ptoInstallerMessage } from './templates.js';

/** Outcomes of {@link ptoInstallerOutreach}. */
export type PtoInstallerOutreachOutcome = 'linked-ticket' | 'do-not-contact';

/** Where the installer ticket's reporter address came from. */
export type ReporterSource = 'shared-reporter' | 'contractor-email';

/**
 * The installer outreach decided, as {@link ptoInstallerOutreach} and `handlePtoConcern` report it:
 * a linked installer ticket with its reporter, or no contact and why.
 */
export type PtoInstallerOutreachResult =
  | {
      readonly outcome: 'linked-ticket';
      /** The installer organization, in the policy's spelling when the policy names it. */
      readonly organization: string;
      /** Reporter of the installer ticket. */
      readonly reporter: string;
      readonly reporterSource: ReporterSource;
      /** Title of the installer ticket. */
      readonly title: string;
      readonly doNotContactReason: null;
    }
  | {
      readonly outcome: 'do-not-contact';
      readonly organization: string;
      readonly reporter: null;
      readonly reporterSource: null;
      readonly title: null;
      /** Why there is no installer ticket. */
      readonly doNotContactReason: string;
    };


/** What {@link ptoInstallerOutreach} returns; narrow on `outcome`. */
export type PtoInstallerOutreachDecision =
  | Decision<'pto-delay/installer-outreach', 'linked-ticket', Omit<Extract<PtoInstallerOutreachResult, { outcome: 'linked-ticket' }>, 'outcome'>>
  | Decision<'pto-delay/installer-outreach', 'do-not-contact', Omit<Extract<PtoInstallerOutreachResult, { outcome: 'do-not-contact' }>, 'outcome'>>;

/** What the outreach depends on, validated. @internal */
export interface OutreachInput {
  readonly installer: string;
  readonly contractorEmail?: string | undefined;
  readonly installerContactName?: string | undefined;
  readonly homeowner: HomeownerFacts;
}

/** The outreach to do, before anything is recorded. @internal */
export type OutreachPlan =
  | { readonly outcome: 'do-not-contact'; readonly organization: string; readonly noContact: string }
  | {
      readonly outcome: 'linked-ticket';
      readonly organization: string;
      readonly reporter: string;
      readonly reporterSource: ReporterSource;
      /** The shared-reporter installer matched, for `shared-reporter`. */
      readonly sharedMatch: string | undefined;
      readonly contactName: string;
      /** The installer message, rendered and checked. */
      readonly message: Message;
    };

/**
 * The installer message for `contactName` and the homeowner, or `undefined` after pushing an issue
 * for each fact that would make it speak of money or in gendered words (SOPS.md items 9 and 16).
 */
function installerMessage(contactName: string, homeowner: HomeownerFacts, policy: Policy, issues: SopIssue[]): Message | undefined {
  try {
    return renderMessage(ptoInstallerMessage, { installerContactName: contactName, homeownerName: fullName(homeowner) }, policy);
  } catch (error) {
    // The facts are valid names, so only the check of the rendered message can fail: name each fact
    // that breaks the rule alone, or all of them when the policy's text around a placeholder made
    // a forbidden word of a name (`{{installerContactName}}ing`).
    const facts: [readonly string[], string][] = [
      [['installerContactName'], contactName],
      [['homeowner', 'firstName'], homeowner.firstName],
      [['homeowner', 'lastName'], homeowner.lastName],
    ];
    const alone = facts.map(([path, value]) => [path, forbiddenIn(ptoInstallerMessage, value, true)] as const).filter(([, said]) => said !== undefined);
    if (alone.length > 0) {
      for (const [path, said] of alone) issues.push({ path, code: 'forbidden_wording', message: `cannot go into the installer message: it ${said as string}` });
    } else {
      const said = (error as TemplateError).issues.map((i) => i.message).join('; ');
      for (const [path] of facts) issues.push({ path, code: 'forbidden_wording', message: `together with the policy's installer message text, it ${said}` });
    }
    return undefined;
  }
}

/**
 * Decides the outreach (SOPS.md item 9), pushing an issue into `issues` for each value required in
 * this case but missing (`contractorEmail`, `installerContactName`) and for each fact that would
 * put money talk or gendered words into the installer message; `undefined` when there is any.
 * `installer` is `nameCandidate(f.installer)`. @internal
 */
export function planOutreach(f: OutreachInput, installer: NameCandidate, policy: Policy, issues: SopIssue[]): OutreachPlan | undefined {
  const p = policy.ptoDelay;
  const organization = organizationName(f.installer, installer, policy);
  const noContact = noContactMatch(installer, policy);
  if (noContact !== undefined) return { outcome: 'do-not-contact', organization, noContact };
  const sharedMatch = findIn(internalsOf(policy).names, installer, p.sharedReporterInstallers);
  const before = issues.length;
  if (sharedMatch === undefined && f.contractorEmail === undefined) {
    issues.push({
      path: ['contractorEmail'],
      code: 'required',
      message: `is required for "${f.installer}": only ${orList(p.sharedReporterInstallers)} use the shared reporter address; copy the "Contractor" e-mail from the contract phase in engine`,
    });
  }
  if (f.installerContactName === undefined) {
    issues.push({
      path: ['installerContactName'],
      code: 'required',
      message: `is required for "${f.installer}": the installer ticket's message greets the installer contact by name`,
    });
  }
  if (issues.length > before) return undefined;
  const message = installerMessage(f.installerContactName as string, f.homeowner, policy, issues);
  if (message === undefined) return undefined;
  return {
    outcome: 'linked-ticket',
    organization,
    reporter: sharedMatch !== undefined ? p.sharedReporterEmail : (f.contractorEmail as string),
    reporterSource: sharedMatch !== undefined ? 'shared-reporter' : 'contractor-email',
    sharedMatch,
    contactName: f.installerContactName as string,
    message,
  };
}

/** Records the outreach in `b`: the linked installer ticket and message, or why there is none. @internal */
export function explainOutreach(
  b: DecisionBuilder,
  f: OutreachInput & { readonly homeowner: HomeownerFacts; readonly homeownerTicketKey?: string | undefined },
  plan: OutreachPlan,
  policy: Policy,
): PtoInstallerOutreachResult {
  const p = policy.ptoDelay;
  // A switch rather than ts-pattern: matching was a tenth of this decision. No default branch, so
  // TypeScript reports a missing return when an outcome is left out.
  switch (plan.outcome) {
    case 'do-not-contact': {
      const d = plan;
      const reason = `We no longer communicate with ${orList(p.noContactInstallers)}, and "${f.installer}" is ${d.noContact}: do not create an installer communications ticket.`;
      b.fired(PTO_RULES.doNotContact, reason);
      b.act({
        kind: 'stop',
        summary: `Do not create an installer communications ticket for ${d.noContact}: we no longer communicate with them.`,
      });
      return { outcome: 'do-not-contact', organization: d.organization, reporter: null, reporterSource: null, title: null, doNotContactReason: reason };
    }
    case 'linked-ticket': {
      const l = plan;
      if (l.reporterSource === 'shared-reporter') {
        b.fired(
          PTO_RULES.sharedReporter,
          `"${f.installer}" is ${l.sharedMatch as string}, one of ${orList(p.sharedReporterInstallers)}: the reporter is ${l.reporter}` +
            (f.contractorEmail !== undefined && f.contractorEmail.toLowerCase() !== l.reporter.toLowerCase() ? ` (not the contractor e-mail ${f.contractorEmail}).` : '.'),
        );
      } else {
        b.fired(
          PTO_RULES.contractorReporter,
          `"${f.installer}" is not one of ${orList(p.sharedReporterInstallers)}: the reporter is the contractor e-mail from the contract phase, ${l.reporter}.`,
        );
      }
      const title = concernTitle(f.homeowner, l.organization);
      const from = f.homeownerTicketKey ?? 'the homeowner ticket';
      b.fired(
        PTO_RULES.installerTicket,
        `Linked installer ticket from ${from}: assignee ${p.assignee}, reporter ${l.reporter}, organization ${l.organization}, title "${title}".`,
      );
      b.fired(PTO_RULES.requestType, `Label ${p.label}; request type ${p.requestType} (the seed's "TO/M3 Delay" is a typo, SOPS.md item 10).`);
      const labels = [p.label];
      b.act({
        kind: 'create-ticket',
        project: p.project,
        // Two literals, not a conditional spread: a spread before other keys builds the object the slow way.
        fields:
          f.homeownerTicketKey !== undefined
            ? { linkedFrom: f.homeownerTicketKey, title, assignee: p.assignee, reporter: l.reporter, organization: l.organization, labels, requestType: p.requestType }
            : { title, assignee: p.assignee, reporter: l.reporter, organization: l.organization, labels, requestType: p.requestType },
        summary: `Create a "Linked ticket" from ${from} in the ${p.project} project, assigned to ${p.assignee}, reporter ${l.reporter}, organization ${l.organization}, label ${p.label}, request type ${p.requestType}.`,
      });
      b.fired(
        PTO_RULES.installerMessage,
        'The installer message asks for a PTO status update only: nothing about the homeowner’s billing, payments or money, in gender-neutral wording (SOPS.md item 9).',
      );
      b.reply(
        l.message,
        `"Reply to customer" on the installer ticket asking ${l.contactName} to update ${fullName(f.homeowner)} on the PTO status.`,
      );
      return {
        outcome: 'linked-ticket',
        organization: l.organization,
        reporter: l.reporter,
        reporterSource: l.reporterSource,
        title,
        doNotContactReason: null,
      };
    }
  }
}

/**
 * The installer communications ticket for a PTO concern (SOPS.md item 9): never for Blue Hammer or
 * Stronger (`do-not-contact`, with the reason); otherwise a ticket linked from the homeowner ticket,
 * assigned to the policy's assignee, with label PTO and request type PTO/M3 Delay, whose reporter is
 * the shared address for Shield Energy, LA Solar and Top Electric and the contract phase's
 * contractor e-mail for everyone else, and whose message asks for a PTO status update only: never
 * billing, payments or money, in gender-neutral wording.
 *
 * @param facts - `installer`, `contractorEmail?`, `installerContactName?`, `homeowner`, `homeownerTicketKey?`
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `organization`, `reporter`, `reporterSource`, `title` and `doNotContactReason`
 * @throws SopInputError for invalid facts or options, or when a linked ticket is due and
 *   `contractorEmail` (for installers without the shared address) or `installerContactName` is missing
 *
 * @example
 * ```ts
 * import { ptoInstallerOutreach } from 'solar-sop/pto-delay';
 * const d = ptoInstallerOutreach({
 *   installer: 'LA Solar Inc.', installerContactName: 'Sam Lee',
 *   homeowner: { firstName: 'Ana', lastName: 'Diaz' },
 * });
 * d.outcome; //=> 'linked-ticket'
 * d.reporter; //=> 'gi@shieldenergy.tech'
 * ```
 */
export function ptoInstallerOutreach(facts: PtoInstallerOutreachFacts, options?: DecideOptions): PtoInstallerOutreachDecision {
  const subject = 'pto-delay/installer-outreach';
  const { policy } = resolveOptions(options, subject, facts);
  const f = parseInput(PtoInstallerOutreachFacts, facts, subject);
  const issues: SopIssue[] = [];
  const plan = planOutreach(f, nameCandidate(f.installer), policy, issues);
  if (plan === undefined) throw new SopInputError(subject, issues);
  const b = new DecisionBuilder(f);
  const { outcome, ...extra } = explainOutreach(b, f, plan, policy);
  return b.build(subject, outcome, policy, extra) as PtoInstallerOutreachDecision;
}
