import { match } from 'ts-pattern';
import { DecisionBuilder, type Action, type Decision } from '../_lib/decision.js';
import { parseInput } from '../_lib/validate.js';
import type { Policy } from '../policy/brand.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { NON_PLATFORM_VALUES as V } from './internal.js';
import { SERVICE_DESK_RULES as R } from './rules.js';
import { NonPlatformTicketFacts } from './schema.js';

const SUBJECT = 'service-desk/non-platform-ticket';

/** Outcomes of {@link nonPlatformTicket}. */
export type NonPlatformTicketOutcome = 'close-as-non-platform' | 'escalate-to-supervisor';

/** What {@link nonPlatformTicket} returns. */
export type NonPlatformTicketDecision = Decision<'service-desk/non-platform-ticket', NonPlatformTicketOutcome, object>;

/** The seed's field values for a non-platform ticket, then closing it. @internal */
export function nonPlatformActions(policy: Policy): Action[] {
  return [
    { kind: 'update-ticket', field: 'Request Participants', value: V.requestParticipants, summary: 'Remove every request participant (None).' },
    {
      kind: 'update-ticket',
      field: 'Organization',
      value: policy.serviceDesk.nonPlatformOrganization,
      summary: `Set the Organization to "${policy.serviceDesk.nonPlatformOrganization}".`,
    },
    { kind: 'update-ticket', field: 'Assignee', value: V.assignee, summary: 'Assign the ticket to yourself.' },
    {
      kind: 'update-ticket',
      field: 'Reporter',
      value: V.reporter,
      summary: `Set the Reporter to "${V.reporter}": it helps reduce further e-mail on this event, item or request.`,
    },
    { kind: 'update-ticket', field: 'Request Type', value: V.requestType, summary: `Set the Request Type to "${V.requestType}".` },
    {
      kind: 'close-ticket',
      resolution: `${V.resolution} / ${V.reason}`,
      summary: `Close the ticket as ${V.status}: ${V.resolution}, ${V.reason}.`,
    },
  ];
}

/**
 * A non-platform ticket (trade shows, resumes, sales pitches): set the seed's field values (no
 * request participants, organization "Non-platform Emails" from the policy, assignee yourself,
 * reporter Anonymous, request type Non-Platform Request) and close it as Won't Do / Non-Platform
 * Request. If the message seems like it really might need attention, send the policy's
 * `supportSupervisor` an internal message for evaluation instead of closing it.
 *
 * @param facts - `mayNeedAttention`
 * @param options - `policy` and `timeZone`
 * @returns the decision
 * @throws SopInputError for invalid facts
 *
 * @example
 * ```ts
 * import { nonPlatformTicket } from 'solar-sop/service-desk';
 * nonPlatformTicket({ mayNeedAttention: false }).outcome; //=> 'close-as-non-platform'
 * ```
 */
export function nonPlatformTicket(facts: NonPlatformTicketFacts, options?: DecideOptions): NonPlatformTicketDecision {
  const { policy } = resolveOptions(options, SUBJECT, facts);
  const f = parseInput(NonPlatformTicketFacts, facts, SUBJECT);
  const outcome: NonPlatformTicketOutcome = f.mayNeedAttention ? 'escalate-to-supervisor' : 'close-as-non-platform';
  const supervisor = policy.serviceDesk.supportSupervisor;
  const b = new DecisionBuilder(f);
  match(outcome)
    .with('escalate-to-supervisor', () => {
      b.fired(R.nonPlatformAttention, `The message seems like it really might need attention: the ${supervisor} evaluates it.`);
      b.act(
        { kind: 'notify', to: supervisor, via: 'internal message', summary: `Send the ${supervisor} an internal message to evaluate the ticket.` },
        { kind: 'wait', until: null, summary: `Leave the ticket open until the ${supervisor} has evaluated it.` },
      );
    })
    .with('close-as-non-platform', () => {
      b.fired(R.nonPlatformAttention, 'The message does not seem to need attention: no evaluation needed.');
      b.fired(
        R.nonPlatformFields,
        `Non-platform ticket: organization "${policy.serviceDesk.nonPlatformOrganization}", reporter ${V.reporter}, request type ${V.requestType}, closed as ${V.resolution}.`,
      );
      b.act(...nonPlatformActions(policy));
    })
    .exhaustive();
  return b.build(SUBJECT, outcome, policy, {});
}
