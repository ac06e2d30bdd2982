import { match } from 'ts-pattern';
import { DecisionBuilder, type Decision } from '../_lib/decision.js';
import { SopInputError } from '../_lib/errors.js';
import { parseInput } from '../_lib/validate.js';
import type { Policy } from '../policy/brand.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { renderMessage } from '../templates/engine.js';
import { PTO_RULES } from './rules.js';
import { PartnerTicketFacts } from './schema.js';
import { ptoPartnerTicketReply } from './templates.js';

/** Outcomes of {@link partnerTicket}: who the ticket came from. */
export type PartnerTicketOutcome = 'omnidian' | 'account-servicing' | 'not-a-partner-ticket';

/** What {@link partnerTicket} returns. */
export type PartnerTicketDecision = Decision<
  'pto-delay/partner-ticket',
  PartnerTicketOutcome,
  {
    /** The sender's domain, lower case (`omnidian.com`). */
    readonly senderDomain: string;
    /** `Omnidian Ticket > …` / `Account Servicing Ticket > …`; `null` for other tickets. */
    readonly title: string | null;
    /** The new reporter (`Omnidian` / `Account Servicing`); `null` for other tickets. */
    readonly reporter: string | null;
  }
>;

/**
 * The domain of an e-mail address, lower case. Only the exact domain
 * counts: `mail.omnidian.com` and `omnidian.com.evil.io` are other domains. @internal
 */
export function senderDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function entityName(outcome: 'omnidian' | 'account-servicing', policy: Policy): string {
  return outcome === 'omnidian' ? policy.systemSupport.serviceDepartment : policy.systemSupport.accountServicing;
}

/**
 * How to process a PTO ticket from Omnidian or Account Servicing. Omnidian: the sender's domain is
 * exactly the policy's `omnidianDomain` (`omnidian.com`), ignoring case; look-alikes such as
 * `omnidian.com.evil.io` or `notomnidian.com`, and subdomains such as `mail.omnidian.com`, are not
 * Omnidian (the seed says the address "contains @omnidian.com"). Account Servicing: the host says so
 * with `source: 'account-servicing'`. For both: move to the PTO project, title
 * `Omnidian Ticket > {description}` (or `Account Servicing Ticket > …`), reporter, organization,
 * request type PTO/M3 Delay, the canned reply, link "relates to" the homeowner ticket, then close.
 *
 * @param facts - `fromEmail`, `source?`, `description`, `organization?`, `homeownerTicketKey?`
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `senderDomain`, `title` and `reporter`
 * @throws SopInputError for invalid facts or options, or `source: 'account-servicing'` on a ticket
 *   sent from the Omnidian domain (it cannot come from both)
 *
 * @example
 * ```ts
 * import { partnerTicket } from 'solar-sop/pto-delay';
 * const d = partnerTicket({ fromEmail: 'ops@OMNIDIAN.COM', description: 'PTO received for 12 Elm St' });
 * d.outcome; //=> 'omnidian'
 * d.title; //=> 'Omnidian Ticket > PTO received for 12 Elm St'
 * ```
 */
export function partnerTicket(facts: PartnerTicketFacts, options?: DecideOptions): PartnerTicketDecision {
  const subject = 'pto-delay/partner-ticket';
  const { policy } = resolveOptions(options, subject, facts);
  const f = parseInput(PartnerTicketFacts, facts, subject);
  const p = policy.ptoDelay;
  const domain = senderDomain(f.fromEmail);
  const omnidian = domain === p.omnidianDomain.toLowerCase();
  if (omnidian && f.source === 'account-servicing') {
    throw new SopInputError(subject, [
      {
        path: ['source'],
        code: 'conflict',
        message: `is "account-servicing", but ${f.fromEmail} is an ${p.omnidianDomain} address (an Omnidian ticket); a ticket cannot come from both`,
      },
    ]);
  }
  const outcome: PartnerTicketOutcome = f.source === 'account-servicing' ? 'account-servicing' : omnidian ? 'omnidian' : 'not-a-partner-ticket';
  const b = new DecisionBuilder(f);
  return match(outcome)
    .with('not-a-partner-ticket', (o) => {
      b.fired(
        PTO_RULES.notPartner,
        `${f.fromEmail} is not an ${p.omnidianDomain} address (domain ${domain}) and the host did not mark it as from Account Servicing: not an Omnidian or Account Servicing ticket.`,
      );
      b.act({
        kind: 'stop',
        summary: 'This is not an Omnidian or Account Servicing ticket: handle it as a homeowner or installer PTO ticket instead.',
      });
      return b.build(subject, o, policy, { senderDomain: domain, title: null, reporter: null });
    })
    .with('omnidian', 'account-servicing', (o) => {
      const entity = entityName(o, policy);
      const title = `${entity} Ticket > ${f.description}`;
      if (o === 'omnidian') {
        b.fired(PTO_RULES.partnerOmnidian, `${f.fromEmail} is from ${domain}, exactly the Omnidian domain ${p.omnidianDomain}: an Omnidian ticket.`);
      } else {
        b.fired(PTO_RULES.partnerAccountServicing, `The host marked the ticket from ${f.fromEmail} as from Account Servicing.`);
      }
      b.fired(PTO_RULES.ptoProject, `The ticket belongs in the ${p.project} project.`);
      b.fired(PTO_RULES.partnerTitle, `Title: "${title}".`);
      b.fired(PTO_RULES.partnerReporter, `Reporter: ${entity}.`);
      b.fired(
        PTO_RULES.partnerOrganization,
        f.organization !== undefined ? `Organization: ${f.organization}.` : 'Organization not given: look it up and set it.',
      );
      b.fired(PTO_RULES.partnerRequestType, `Request type: ${p.requestType}.`);
      b.act(
        { kind: 'update-ticket', field: 'project', value: p.project, summary: `Move the ticket to the ${p.project} project.` },
        { kind: 'update-ticket', field: 'title', value: title, summary: `Set the title to "${title}".` },
        { kind: 'update-ticket', field: 'reporter', value: entity, summary: `Change the reporter to ${entity}.` },
        f.organization !== undefined
          ? { kind: 'update-ticket', field: 'organization', value: f.organization, summary: `Set the organization to ${f.organization}.` }
          : { kind: 'check', what: "the ticket's organization", summary: "Look up the homeowner's organization and set it on the ticket." },
        { kind: 'update-ticket', field: 'requestType', value: p.requestType, summary: `Set the request type to ${p.requestType}.` },
      );
      b.fired(PTO_RULES.partnerReply, `Reply to ${entity} with the canned message.`);
      b.reply(renderMessage(ptoPartnerTicketReply, {}, policy), `"Reply to customer" thanking ${entity}: we will coordinate with the homeowner and close the ticket.`);
      b.fired(
        PTO_RULES.partnerLink,
        f.homeownerTicketKey !== undefined
          ? `Link to the homeowner ticket ${f.homeownerTicketKey} with "relates to".`
          : 'Homeowner ticket key not given: find the corresponding homeowner ticket and link it with "relates to".',
      );
      if (f.homeownerTicketKey === undefined) {
        b.act({ kind: 'check', what: 'the corresponding homeowner ticket', summary: 'Search for the corresponding homeowner ticket.' });
      }
      b.act({
        kind: 'link-ticket',
        from: 'this ticket',
        to: f.homeownerTicketKey ?? 'the corresponding homeowner ticket',
        relation: 'relates to',
        summary: `Link the ticket to ${f.homeownerTicketKey ?? 'the corresponding homeowner ticket'} using "relates to".`,
      });
      b.fired(PTO_RULES.partnerClose, 'Close the ticket once replied and linked.');
      b.act({ kind: 'close-ticket', summary: 'Close the ticket.' });
      return b.build(subject, o, policy, { senderDomain: domain, title, reporter: entity });
    })
    .exhaustive();
}
