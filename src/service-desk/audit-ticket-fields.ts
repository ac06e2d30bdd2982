import { match } from 'ts-pattern';
import { DecisionBuilder, type Action, type Decision, type Rule } from '../_lib/decision.js';
import { parseInput } from '../_lib/validate.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { samePerson } from './internal.js';
import { SERVICE_DESK_RULES as R } from './rules.js';
import { AuditTicketFieldsFacts } from './schema.js';

const SUBJECT = 'service-desk/audit-ticket-fields';

/** Outcomes of {@link auditTicketFields}. */
export type AuditTicketFieldsOutcome = 'complete' | 'incomplete';

/** The essential ticket fields the audit looks at. */
export type AuditedField = 'assignee' | 'reporter' | 'organization' | 'labels' | 'channels' | 'watchers';

/** What can be wrong with an essential field. */
export type FieldProblem =
  | 'unassigned'
  | 'reporter-missing'
  | 'staff-forwarding-address'
  | 'organization-missing'
  | 'not-channel-manager'
  | 'financing-label-missing'
  | 'no-channel'
  | 'not-watching';

/** One problem with one field: what is wrong and the fix. */
export interface FieldFinding {
  readonly field: AuditedField;
  readonly problem: FieldProblem;
  /** What is wrong, with the value seen. */
  readonly message: string;
  /** What to do about it, one imperative sentence. */
  readonly fix: string;
}

/** What {@link auditTicketFields} returns. */
export type AuditTicketFieldsDecision = Decision<
  'service-desk/audit-ticket-fields',
  AuditTicketFieldsOutcome,
  {
    /** Every problem found, in the seed's field order; empty when `complete`. */
    findings: readonly FieldFinding[];
  }
>;

/** `true` for an address of the staff forwarding domain (`x@goeverbright.com`, or the bare `@goEverBright`). */
function isStaffAddress(reporter: string, domain: string): boolean {
  const at = reporter.lastIndexOf('@');
  if (at < 0) return false;
  const host = reporter.slice(at + 1).toLowerCase();
  const d = domain.toLowerCase();
  return host === d || host.endsWith(`.${d}`) || host === (d.split('.')[0] as string);
}

const filled = (value: string | null | undefined): value is string => value !== undefined && value !== null && value !== '';

/**
 * Audits the essential ticket fields, one finding per problem with its fix: unassigned; reporter
 * missing or still a staff forwarding address (`@goEverBright`, the policy's
 * `staffForwardingDomain`) unless the ticket is an onboarding ticket, which carries no customer
 * contact; organization missing (for a channel partner, the channel manager's name); EverBright
 * financing without the policy's `financingLabel` ("EB"); no channel; people to keep in the loop
 * who are not watchers. Account managers are messaged on Slack or MS Teams instead of watching.
 *
 * @param facts - the ticket's `assignee`, `reporter`, `organization`, `requestType`, `channelPartner`,
 *   `channelManager`, `financing`, `labels`, `channels`, `watchers` and `keepInLoop`
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `findings`
 * @throws SopInputError for invalid facts
 *
 * @example
 * ```ts
 * import { auditTicketFields } from 'solar-sop/service-desk';
 * const d = auditTicketFields({
 *   assignee: 'Ana Agent', reporter: 'pat@example.com', organization: 'Sunny Roofs',
 *   channelPartner: false, financing: true, labels: [], channels: ['email'],
 * });
 * d.outcome; //=> 'incomplete'
 * d.findings.map((x) => x.problem); //=> ['financing-label-missing']
 * ```
 */
export function auditTicketFields(facts: AuditTicketFieldsFacts, options?: DecideOptions): AuditTicketFieldsDecision {
  const { policy } = resolveOptions(options, SUBJECT, facts);
  const f = parseInput(AuditTicketFieldsFacts, facts, SUBJECT);
  const sd = policy.serviceDesk;
  const labels = f.labels ?? [];
  const channels = f.channels ?? [];
  const watchers = f.watchers ?? [];
  const keepInLoop = f.keepInLoop ?? [];
  const findings: FieldFinding[] = [];
  const fixes: Action[] = [];
  const b = new DecisionBuilder(f);
  const fired: [Rule, string][] = [];
  const fire = (rule: Rule, detail: string): void => {
    fired.push([rule, detail]);
  };
  const find = (finding: FieldFinding, action: Action): void => {
    findings.push(finding);
    fixes.push(action);
  };

  // Assignee
  if (filled(f.assignee)) {
    fire(R.assignee, `Assignee: ${f.assignee}.`);
  } else {
    fire(R.assignee, 'The Assignee field is empty.');
    find(
      { field: 'assignee', problem: 'unassigned', message: 'The ticket is unassigned.', fix: 'Fill the Assignee field with your name ("Assign to me").' },
      { kind: 'update-ticket', field: 'Assignee', value: 'your name', summary: 'Fill the Assignee field with your name ("Assign to me").' },
    );
  }

  // Reporter
  if (f.requestType === 'onboarding') {
    fire(R.noCustomerContact, 'Onboarding ticket: it carries no customer contact, so the Reporter field follows the onboarding SOP.');
    fixes.push({ kind: 'check', what: 'Onboarding SOP', summary: 'Follow the onboarding ticket\'s SOP for the Reporter field: it carries no customer contact.' });
  } else if (!filled(f.reporter)) {
    fire(R.reporter, 'The Reporter field is empty.');
    find(
      { field: 'reporter', problem: 'reporter-missing', message: 'The Reporter field is empty.', fix: 'Fill the Reporter field with the customer\'s contact details.' },
      { kind: 'update-ticket', field: 'Reporter', value: 'customer\'s contact details', summary: 'Fill the Reporter field with the customer\'s contact details.' },
    );
  } else if (isStaffAddress(f.reporter, sd.staffForwardingDomain)) {
    fire(R.reporter, `Reporter ${f.reporter} is not the customer.`);
    fire(R.staffForwarding, `${f.reporter} is a staff address (${sd.staffForwardingDomain}): the message was forwarded by staff.`);
    const fix = `Replace the staff address ${f.reporter} in the Reporter field with the customer's contact details.`;
    find(
      { field: 'reporter', problem: 'staff-forwarding-address', message: `The Reporter is the staff forwarding address ${f.reporter}.`, fix },
      { kind: 'update-ticket', field: 'Reporter', value: 'customer\'s contact details', summary: fix },
    );
  } else {
    fire(R.reporter, `Reporter: ${f.reporter}, the customer's contact.`);
  }

  // Organization
  const manager = f.channelManager;
  if (!filled(f.organization)) {
    fire(R.organization, 'The Organization field is empty.');
    if (f.channelPartner) {
      fire(R.channelPartner, `Channel partner: the organization is the channel manager's name${manager ? ` (${manager})` : ''}.`);
      const fix = `Set the Organization field to the channel manager's name${manager ? `, ${manager}` : ''}.`;
      find(
        { field: 'organization', problem: 'organization-missing', message: 'The Organization field is empty.', fix },
        { kind: 'update-ticket', field: 'Organization', value: manager ?? 'channel manager\'s name', summary: fix },
      );
    } else {
      const fix =
        'Fill in the Organization field; if it cannot be entered, search the Customers tab in JIRA for the right name, or add the organization.';
      find(
        { field: 'organization', problem: 'organization-missing', message: 'The Organization field is empty.', fix },
        { kind: 'update-ticket', field: 'Organization', value: 'organization name from the JIRA Customers tab', summary: fix },
      );
    }
  } else {
    fire(R.organization, `Organization: ${f.organization}.`);
    if (f.channelPartner) {
      if (manager !== undefined && !samePerson(manager, f.organization)) {
        fire(R.channelPartner, `Channel partner: the organization should be the channel manager's name, ${manager}, not ${f.organization}.`);
        const fix = `Set the Organization field to the channel manager's name, ${manager}.`;
        find(
          { field: 'organization', problem: 'not-channel-manager', message: `The Organization is ${f.organization}, not the channel manager ${manager}.`, fix },
          { kind: 'update-ticket', field: 'Organization', value: manager, summary: fix },
        );
      } else {
        fire(
          R.channelPartner,
          manager === undefined
            ? `Channel partner: make sure ${f.organization} is the channel manager's name.`
            : `Channel partner: the organization is the channel manager's name, ${manager}.`,
        );
      }
    }
  }

  // Financing label
  if (f.financing) {
    const label = sd.financingLabel;
    if (labels.some((l) => samePerson(l, label))) {
      fire(R.financingLabel, `Related to EverBright financing and labelled "${label}".`);
    } else {
      fire(R.financingLabel, `Related to EverBright financing but the labels (${labels.join(', ') || 'none'}) lack "${label}".`);
      find(
        { field: 'labels', problem: 'financing-label-missing', message: `The ticket is related to EverBright financing but has no "${label}" label.`, fix: `Add "${label}" to the label field.` },
        { kind: 'update-ticket', field: 'Labels', value: [...labels, label], summary: `Add "${label}" to the label field.` },
      );
    }
  }

  // Channel
  if (channels.length > 0) {
    fire(R.channel, `Channel: ${channels.join(', ')}.`);
  } else {
    fire(R.channel, 'No channel is selected.');
    const fix = 'Select phone, email or chat in the channel field, or every channel used to resolve the request.';
    find(
      { field: 'channels', problem: 'no-channel', message: 'No channel is selected.', fix },
      { kind: 'update-ticket', field: 'Channel', value: 'phone, email or chat (every channel used)', summary: fix },
    );
  }

  // Watchers and account managers
  const people = keepInLoop.filter((p) => !p.accountManager);
  if (people.length > 0) {
    const missing = people.filter((p) => !watchers.some((w) => samePerson(w, p.name)));
    fire(
      R.watchers,
      missing.length === 0
        ? `Everyone to keep in the loop is watching (${people.map((p) => p.name).join(', ')}).`
        : `Not watching yet: ${missing.map((p) => p.name).join(', ')}.`,
    );
    // Each fix's value holds the watchers so far plus everyone added by this and the earlier fixes,
    // so applying the fixes in order (or only the last) leaves nobody out.
    let list: readonly string[] = watchers;
    for (const p of missing) {
      list = [...list, p.name];
      find(
        { field: 'watchers', problem: 'not-watching', message: `${p.name} should be kept in the loop but is not a watcher.`, fix: `Add ${p.name} as a watcher.` },
        { kind: 'update-ticket', field: 'Watchers', value: list, summary: `Add ${p.name} as a watcher (eyeball icon at the top right).` },
      );
    }
  }
  const managers = keepInLoop.filter((p) => p.accountManager);
  if (managers.length > 0) {
    fire(R.accountManagers, `Account managers to loop in by message, not as watchers: ${managers.map((p) => p.name).join(', ')}.`);
    for (const m of managers) {
      fixes.push({ kind: 'notify', to: m.name, via: 'Slack or MS Teams', summary: `Send ${m.name} (account manager) a message on Slack or MS Teams to loop them in.` });
    }
  }

  const outcome: AuditTicketFieldsOutcome = findings.length === 0 ? 'complete' : 'incomplete';
  b.fired(
    R.essentialFields,
    findings.length === 0
      ? 'Every essential field is filled in correctly.'
      : `${findings.length} problem${findings.length === 1 ? '' : 's'}: ${findings.map((x) => x.problem).join(', ')}.`,
  );
  for (const [rule, detail] of fired) b.fired(rule, detail);
  b.act(...fixes);
  match(outcome)
    .with('complete', () => {
      if (f.requestType === undefined) {
        b.fired(R.requestType, 'The essential fields are done: determine the request type next.');
        b.act({ kind: 'check', what: 'Request Type', summary: 'Determine the request type (one of the 9 request types).' });
      } else {
        b.act({ kind: 'stop', summary: 'The essential ticket fields are complete.' });
      }
    })
    .with('incomplete', () => {
      b.act({ kind: 'stop', summary: `Fix the ${findings.length === 1 ? 'field' : `${findings.length} field problems`} above before going on.` });
    })
    .exhaustive();
  return b.build(SUBJECT, outcome, policy, { findings });
}
