import { match, P } from 'ts-pattern';
import { DecisionBuilder, type Decision } from '../_lib/decision.js';
import { findIn, nameCandidate } from '../_lib/names.js';
import { parseInput } from '../_lib/validate.js';
import { internalsOf } from '../policy/brand.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { SERVICE_DESK_RULES as R } from './rules.js';
import { TicketPriorityFacts } from './schema.js';

const SUBJECT = 'service-desk/ticket-priority';

/** Outcomes of {@link ticketPriority}. */
export type TicketPriorityOutcome = 'high' | 'normal';

/** What {@link ticketPriority} returns. */
export type TicketPriorityDecision = Decision<
  'service-desk/ticket-priority',
  TicketPriorityOutcome,
  {
    /** The priority installer of the policy the organization matched, or `null`. */
    priorityInstaller: string | null;
    /** `true` when the agent must set High by hand (a linked ticket the system does not mark). */
    markByHand: boolean;
  }
>;

/** How the ticket came to be: an SS ticket, or a config ticket linked from a high or normal one. */
const SS_TICKET = { linkedFrom: P.nullish } as const;
const AUTO_LINK = { linkedFrom: { priority: 'high', createdVia: 'needs-config-field' } } as const;

/**
 * The priority of a service-desk ticket. Organizations on the policy's `priorityInstallers` list
 * (empty by default, SOPS.md item 14; names matched as in SOPS.md item 7, with the policy's
 * aliases) get high priority, which the system sets on the SS ticket once the organization is
 * filled in. A config ticket linked from a high-priority ticket is high too: automatically when
 * made through the "needs config" field, by hand (an action) when linked manually.
 *
 * @param facts - `organization`, and `linkedFrom` (`priority`, `createdVia`) for a linked config ticket
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `priorityInstaller` and `markByHand`
 * @throws SopInputError for invalid facts
 *
 * @example
 * ```ts
 * import { ticketPriority } from 'solar-sop/service-desk';
 * const d = ticketPriority({
 *   organization: 'Sunny Roofs',
 *   linkedFrom: { priority: 'high', createdVia: 'manual-link' },
 * });
 * d.outcome; //=> 'high'
 * d.markByHand; //=> true
 * ```
 */
export function ticketPriority(facts: TicketPriorityFacts, options?: DecideOptions): TicketPriorityDecision {
  const { policy } = resolveOptions(options, SUBJECT, facts);
  const f = parseInput(TicketPriorityFacts, facts, SUBJECT);
  const list = policy.serviceDesk.priorityInstallers;
  const priorityInstaller = findIn(internalsOf(policy).names, nameCandidate(f.organization), list) ?? null;
  const parentHigh = f.linkedFrom?.priority === 'high';
  const outcome: TicketPriorityOutcome = priorityInstaller !== null || parentHigh ? 'high' : 'normal';

  const b = new DecisionBuilder(f);
  b.fired(
    R.priorityInstaller,
    priorityInstaller !== null
      ? `Organization "${f.organization}" is the priority installer "${priorityInstaller}".`
      : list.length === 0
        ? `Organization "${f.organization}": the policy names no priority installers.`
        : `Organization "${f.organization}" is not one of the priority installers (${list.join(', ')}).`,
  );
  let markByHand = false;
  match({ outcome, linkedFrom: f.linkedFrom })
    .with({ outcome: 'normal' }, ({ linkedFrom }) => {
      if (linkedFrom) {
        b.fired(
          linkedFrom.createdVia === 'needs-config-field' ? R.needsConfigLink : R.manualLink,
          `Linked from a normal-priority ticket: nothing to inherit.`,
        );
      }
      b.act({ kind: 'stop', summary: 'Leave the priority as it is: work the ticket in queue order.' });
    })
    .with({ outcome: 'high', ...SS_TICKET }, () => {
      b.fired(R.priorityPrecedence, 'High priority: complete the ticket as soon as possible, ahead of other tickets.');
      b.act({
        kind: 'check',
        what: 'Priority field shows High',
        summary:
          'Refresh the SS ticket and confirm its priority field shows High (set automatically once the organization is filled in); complete it as soon as possible, ahead of other tickets.',
      });
    })
    .with({ outcome: 'high', ...AUTO_LINK }, () => {
      b.fired(R.needsConfigLink, 'Created through the "needs config" field from a high-priority ticket: marked high automatically.');
      b.fired(R.priorityPrecedence, 'High priority: complete the ticket as soon as possible, ahead of other tickets.');
      b.act({
        kind: 'check',
        what: 'Linked config ticket priority shows High',
        summary:
          'Confirm the linked config ticket shows High priority (set automatically through the "needs config" field); complete it as soon as possible.',
      });
    })
    .with(
      // Stryker disable next-line ObjectLiteral: last branch: {} matches what it does
      { outcome: 'high', linkedFrom: P.nonNullable },
      ({ linkedFrom }) => {
        markByHand = true;
        b.fired(
          linkedFrom.createdVia === 'manual-link' ? R.manualLink : R.needsConfigLink,
          linkedFrom.createdVia === 'manual-link'
            ? `Linked by hand from a ${linkedFrom.priority}-priority ticket${priorityInstaller ? ` of a priority installer` : ''}: the system will not mark it, so mark it high priority manually.`
            : `Created through the "needs config" field from a normal-priority ticket of a priority installer: the system does not mark it, so mark it high priority manually.`,
        );
        b.fired(R.priorityPrecedence, 'High priority: complete the ticket as soon as possible, ahead of other tickets.');
        b.act({
          kind: 'update-ticket',
          field: 'Priority',
          value: 'High',
          summary: 'Mark the linked ticket High priority by hand: the system does not set it on this ticket.',
        });
      },
    )
    .exhaustive();
  return b.build(SUBJECT, outcome, policy, { priorityInstaller, markByHand });
}
