import * as z from 'zod/mini';
import { described } from '../_lib/describe.js';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../_lib/limits.js';
import { nameText } from '../_lib/fields.js';
import { Instant } from '../_lib/time.js';

// Each exported schema is built inside a `/* @__PURE__ */` call, so that a bundler drops the ones (and their descriptions) a consumer
// does not import; esbuild keeps any other call made at the top of a module.

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(MAX_TEXT_LENGTH));
/** A ticket field as exported: blank, `null` or absent all mean "not filled in". */
const field = z.nullish(z.string().check(z.trim(), z.maxLength(MAX_TEXT_LENGTH)));

/** Facts for {@link firstResponseSla}. */
export const FirstResponseSlaFacts = /* @__PURE__ */ (() => z.strictObject({
  createdAt: described(Instant, 'When the ticket was created, ISO 8601 with offset'),
  now: described(Instant, 'The current moment, ISO 8601 with offset'),
  firstRespondedAt: described(z.optional(Instant), 'When the first response was sent; absent while there is none'),
}))();
/** Facts for {@link firstResponseSla}, as the caller writes them. */
export type FirstResponseSlaFacts = z.input<typeof FirstResponseSlaFacts>;

/** How a linked config ticket was created. */
export const LinkCreatedVia = z.enum(['needs-config-field', 'manual-link']);

/** Facts for {@link ticketPriority}. */
export const TicketPriorityFacts = /* @__PURE__ */ (() => z.strictObject({
  organization: described(nameText, 'The ticket\'s "Organization" field (the installer or customer organization)'),
  linkedFrom: described(
    z.optional(
      z.strictObject({
        priority: described(z.enum(['high', 'normal']), 'Priority of the SS ticket it was linked from'),
        createdVia: described(LinkCreatedVia, 'needs-config-field: created through the "needs config" field; manual-link: created and linked by hand'),
      }),
    ),
    'Set when the ticket is a config ticket linked from an SS ticket; absent for the SS ticket itself',
  ),
}))();
/** Facts for {@link ticketPriority}, as the caller writes them. */
export type TicketPriorityFacts = z.input<typeof TicketPriorityFacts>;

/** Facts for {@link queueCheck}. */
export const QueueCheckFacts = /* @__PURE__ */ (() => z.strictObject({
  now: described(Instant, 'The current moment, ISO 8601 with offset'),
  lastCheckedAt: described(z.optional(Instant), 'When this agent last checked the Unassigned Queue; absent if not yet today'),
  monitorAssigned: described(z.boolean(), 'Whether someone is assigned to monitor the queue and assign tickets'),
}))();
/** Facts for {@link queueCheck}, as the caller writes them. */
export type QueueCheckFacts = z.input<typeof QueueCheckFacts>;

/** The 9 request types of the seed, as ids. */
export const RequestTypeId = z.enum([
  'general-inquiry',
  'technical-support',
  'industry-wide-data-change',
  'company-specific-data-change',
  'project-specific-data-change',
  'account-management',
  'onboarding',
  'feature-request',
  'non-platform',
]);
/** One of the 9 request types. */
export type RequestTypeId = z.output<typeof RequestTypeId>;

/** A contact channel of the "channel field". */
export const TicketChannel = z.enum(['phone', 'email', 'chat']);

/** Facts for {@link auditTicketFields}. */
export const AuditTicketFieldsFacts = /* @__PURE__ */ (() => z.strictObject({
  assignee: described(field, 'The "Assignee" field; blank or absent when unassigned'),
  reporter: described(field, 'The "Reporter" field (customer contact, usually an e-mail address); blank or absent when empty'),
  organization: described(field, 'The "Organization" field; blank or absent when empty'),
  requestType: described(z.optional(RequestTypeId), 'The request type, when already determined (onboarding tickets carry no customer contact)'),
  channelPartner: described(z.boolean(), "Whether the customer is a channel partner (then the organization is the channel manager's name)"),
  channelManager: described(z.optional(nameText), "The channel manager's name, for a channel partner"),
  financing: described(z.boolean(), 'Whether the ticket is related to EverBright financing'),
  labels: described(z.optional(z.array(text).check(z.maxLength(MAX_LIST_ITEMS))), 'The "label field" values; absent means none'),
  channels: described(z.optional(z.array(TicketChannel).check(z.maxLength(MAX_LIST_ITEMS))), 'The "channel field": every channel used (phone, email, chat)'),
  watchers: described(z.optional(z.array(text).check(z.maxLength(MAX_LIST_ITEMS))), 'People watching the ticket; absent means none'),
  keepInLoop: described(
    z.optional(
      z
        .array(
          z.strictObject({
            name: described(nameText, 'Who should be kept in the loop'),
            accountManager: described(z.boolean(), 'Whether they are an account manager (messaged on Slack or MS Teams, not made a watcher)'),
          }),
        )
        .check(z.maxLength(MAX_LIST_ITEMS)),
    ),
    'People who should be kept in the loop on this ticket',
  ),
}))();
/** Facts for {@link auditTicketFields}, as the caller writes them. */
export type AuditTicketFieldsFacts = z.input<typeof AuditTicketFieldsFacts>;

/** Sub-cases of an industry-wide data change. */
export const IndustryWideSubtype = z.enum(['incentives', 'srecs', 'equipment']);
/** Sub-cases of a company-specific data change. */
export const CompanySpecificSubtype = z.enum([
  'downstream-org-invite',
  'incentive-override',
  'feature-toggle',
  'utility-degradation',
  'non-integrated-financing',
  'deactivate-integrated-financing',
  'installer-contracts',
]);
/** Sub-cases of a project-specific data change. */
export const ProjectSpecificSubtype = z.enum(['legal-contact-info', 'unarchive']);
/** Sub-cases of an account-management request. */
export const AccountManagementSubtype = z.enum(['cancellation', 'billing-information', 'training']);

const plain = <T extends RequestTypeId>(id: T, meaning: string) => z.strictObject({ requestType: described(z.literal(id), meaning) });

/** Facts for {@link requestTypeHandling}: the request type and, where the seed splits it, the sub-case. */
export const RequestTypeHandlingFacts = /* @__PURE__ */ (() => z.discriminatedUnion(
  'requestType',
  [
    plain('general-inquiry', 'General Inquiry: navigation, features, usage, and anything not yet categorized'),
    plain('technical-support', 'Technical Support: the software seems not to work, or a technical question'),
    z.strictObject({
      requestType: described(z.literal('industry-wide-data-change'), 'Industry-wide data change: affects all businesses in the platform'),
      subtype: described(
        IndustryWideSubtype,
        'incentives: add, edit or remove incentives; srecs: add or update SRECs; equipment: solar equipment or manufacturers',
      ),
      customerName: described(z.optional(nameText), 'Customer\'s name for the "request received" reply (required for incentives)'),
      agentName: described(z.optional(nameText), 'Agent\'s name signing the "request received" reply (required for incentives)'),
    }),
    z.strictObject({
      requestType: described(z.literal('company-specific-data-change'), "Company-specific data change: only the reporter's organization"),
      subtype: described(
        z.optional(CompanySpecificSubtype),
        "The specific request of the seed's table; absent for other changes (financial products, product rules, contract templates)",
      ),
    }),
    z.strictObject({
      requestType: described(z.literal('project-specific-data-change'), 'Project-specific data change: a specific customer site'),
      subtype: described(z.optional(ProjectSpecificSubtype), 'legal-contact-info or unarchive; absent for other site data'),
    }),
    z.strictObject({
      requestType: described(z.literal('account-management'), 'Account Management: billing, cancellation, subscriptions, training, status'),
      subtype: described(
        z.optional(AccountManagementSubtype),
        'cancellation, billing-information or training (incl. joining the platform); absent for other inquiries',
      ),
    }),
    plain('onboarding', "Onboarding: follow the onboarding ticket's SOP"),
    plain('feature-request', 'Feature Requests: enhancement and feature ideas'),
    plain('non-platform', 'Non-Platform Tickets: trade shows, resumes, sales pitches'),
  ],
  { error: `expected requestType to be one of ${RequestTypeId.options.map((o) => JSON.stringify(o)).join(', ')}` },
))();
/** Facts for {@link requestTypeHandling}, as the caller writes them. */
export type RequestTypeHandlingFacts = z.input<typeof RequestTypeHandlingFacts>;

/** Facts for {@link nonPlatformTicket}. */
export const NonPlatformTicketFacts = /* @__PURE__ */ (() => z.strictObject({
  mayNeedAttention: described(z.boolean(), 'Whether the message seems like it really might need attention'),
}))();
/** Facts for {@link nonPlatformTicket}, as the caller writes them. */
export type NonPlatformTicketFacts = z.input<typeof NonPlatformTicketFacts>;

/** Facts for {@link initialReply}. */
export const InitialReplyFacts = /* @__PURE__ */ (() => z.strictObject({
  canSuggestResolution: described(z.boolean(), 'Whether the issue is narrowed down enough to send a resolution or a suggestion now'),
  needsMoreDetails: described(z.boolean(), 'Whether we need more details from the customer to proceed'),
  customerName: described(nameText, "Customer's name for the greeting"),
  agentName: described(nameText, "Agent's name signing the reply"),
  suggestion: described(z.optional(text), 'The resolution or suggestion to try (required for a first step to resolution)'),
  questions: described(
    z.optional(z.array(text).check(z.minLength(1, 'must list at least one question'), z.maxLength(MAX_LIST_ITEMS))),
    'The probing questions (required when probing questions are sent)',
  ),
}))();
/** Facts for {@link initialReply}, as the caller writes them. */
export type InitialReplyFacts = z.input<typeof InitialReplyFacts>;

/** Jira priorities of a dev ticket. */
export const DevTicketPriority = z.enum(['highest', 'high', 'medium', 'low', 'lowest']);

/** Facts for {@link closeEligibility}. */
export const CloseEligibilityFacts = /* @__PURE__ */ (() => z.strictObject({
  now: described(Instant, 'The current moment, ISO 8601 with offset'),
  customerConfirmedResolved: described(z.boolean(), 'Whether the customer confirmed the issue is resolved'),
  believedResolved: described(z.boolean(), 'Whether we believe the issue is resolved'),
  confirmationRequests: described(
    z.array(Instant).check(z.maxLength(MAX_LIST_ITEMS)),
    'When we asked the customer to confirm the issue is resolved (each request)',
  ),
  blockedOnCustomerInput: described(z.boolean(), 'Whether we cannot proceed without customer input (details, a fuller description)'),
  followUps: described(z.array(Instant).check(z.maxLength(MAX_LIST_ITEMS)), 'When we followed up with the customer for the input we need (each follow-up)'),
  customerReplies: described(z.array(Instant).check(z.maxLength(MAX_LIST_ITEMS)), 'When the customer replied (each reply)'),
  devTickets: described(
    z
      .array(
        z.strictObject({
          key: described(z.optional(text), 'The dev ticket key, for example BT-123'),
          active: described(z.boolean(), 'Whether the dev ticket is active (open, not done or cancelled)'),
          priority: described(DevTicketPriority, "The dev ticket's priority; low and lowest count as low priority"),
        }),
      )
      .check(z.maxLength(MAX_LIST_ITEMS)),
    'Dev tickets linked to this ticket',
  ),
}))();
/** Facts for {@link closeEligibility}, as the caller writes them. */
export type CloseEligibilityFacts = z.input<typeof CloseEligibilityFacts>;
