import type { Rule } from '../_lib/decision.js';
import { SEEDS, source } from '../_lib/sources.js';

const seed = SEEDS.serviceDesk;

/** Every rule of the service-desk queue procedure, with the seed passage it encodes. */
export const SERVICE_DESK_RULES = {
  // First response SLA
  firstResponseSla: {
    id: 'service-desk/first-response-sla',
    source: source(seed, 'All New and Unassigned tickets must be given a first response within 2 hours.'),
  },
  businessHours: {
    id: 'service-desk/business-hours',
    source: source(seed, 'All New and Unassigned tickets must be given a first response within 2 hours.'),
  },
  slaMonitoring: {
    id: 'service-desk/sla-monitoring',
    source: source(seed, 'Regularly monitor the JIRA Service Desk queue to make sure all SLAs are met.'),
  },
  // Ticket priority
  priorityInstaller: {
    id: 'service-desk/priority-installer',
    source: source(
      seed,
      'Some installers are given priority service - your SS ticket priority field will be automatically set once the organization name is populated',
    ),
  },
  needsConfigLink: {
    id: 'service-desk/needs-config-link',
    source: source(
      seed,
      'If the "needs config" field is used to create a linked config ticket, that ticket will also be automatically marked high priority.',
    ),
  },
  manualLink: {
    id: 'service-desk/manual-link',
    source: source(seed, "Note, if you create a linked ticket manually, you'll need to mark it high priority manually too."),
  },
  priorityPrecedence: {
    id: 'service-desk/priority-precedence',
    source: source(seed, 'These tickets should be completed as soon as possible and take precedence over other tickets.'),
  },
  // Queue cadence
  queueMonitor: {
    id: 'service-desk/queue-monitor',
    source: source(seed, 'Someone is typically assigned to monitoring the queue and assigning tickets as appropriate'),
  },
  unassignedQueueCheck: {
    id: 'service-desk/unassigned-queue-check',
    source: source(seed, 'we recommend all agents check the Unassigned Queue every 20 mins.'),
  },
  // Essential fields
  essentialFields: {
    id: 'service-desk/essential-fields',
    source: source(seed, 'First update the essential ticket fields:'),
  },
  assignee: {
    id: 'service-desk/assignee',
    source: source(seed, 'Fill out the Assignee field with your name.'),
  },
  reporter: {
    id: 'service-desk/reporter',
    source: source(seed, 'Confirm that the "Reporter" field is filled with customer\'s contact details.'),
  },
  staffForwarding: {
    id: 'service-desk/staff-forwarding',
    source: source(seed, 'This may initially be listed as @goEverBright if the message was forwarded from a staff person'),
  },
  noCustomerContact: {
    id: 'service-desk/no-customer-contact',
    source: source(
      seed,
      "Note that some ticket types - like EverBright onboarding tickets do not include customer contact info, so always refer to the ticket's SOP for guidance.",
    ),
  },
  organization: {
    id: 'service-desk/organization',
    source: source(seed, 'Ensure that the "Organization" field is filled out accordingly.'),
  },
  channelPartner: {
    id: 'service-desk/channel-partner',
    source: source(seed, "If a channel partner, use the channel manager's name"),
  },
  financingLabel: {
    id: 'service-desk/financing-label',
    source: source(seed, 'If related to EverBright financing, add "EB" to the "label field" on the right'),
  },
  channel: {
    id: 'service-desk/channel',
    source: source(seed, 'Check the "channel field" and make sure phone, email, or chat is selected'),
  },
  watchers: {
    id: 'service-desk/watchers',
    source: source(seed, 'Add anyone who should be kept in the loop as a watcher'),
  },
  accountManagers: {
    id: 'service-desk/account-managers',
    source: source(seed, 'However, if account managers should be looped in, send them a message on slack or MS Teams.'),
  },
  // Request types
  requestType: {
    id: 'service-desk/request-type',
    source: source(seed, 'Here are 9 request types:'),
  },
  generalInquiry: {
    id: 'service-desk/general-inquiry',
    source: source(
      seed,
      'if the request is vague or does not fall under any of the request types, it may first be categorized under General Inquiry. This can then be updated later on.',
    ),
  },
  technicalSupport: {
    id: 'service-desk/technical-support',
    source: source(
      seed,
      'Support’s key role is to rule out the possible root cause, and ensure that the issue is not a byproduct of a user-error, or a browser-related, or hardware-related issue, before forwarding the concern to dev.',
    ),
  },
  industryWide: {
    id: 'service-desk/industry-wide-data-change',
    source: source(seed, 'These are data change requests that affect all businesses in the platform.'),
  },
  incentives: {
    id: 'service-desk/incentives',
    source: source(
      seed,
      'Send a reply to the customer to let them know we received their request and are now working on it. Then, create a CS ticket for the configuration team.',
    ),
  },
  incentivesClose: {
    id: 'service-desk/incentives-close',
    source: source(seed, 'SS ticket will be ready to close once CS ticket is placed in UAT status.'),
  },
  srecs: {
    id: 'service-desk/srecs',
    source: source(seed, 'Adding or updating SRECs. This can be done by Support as outlined by the process'),
  },
  equipment: {
    id: 'service-desk/equipment',
    source: source(seed, 'Adding Equipment. Support will maintain communication on the ticket and create a CS ticket according to the process here.'),
  },
  companySpecific: {
    id: 'service-desk/company-specific-data-change',
    source: source(seed, 'These are data change requests that only affect the reporter’s organization.'),
  },
  collectDocuments: {
    id: 'service-desk/collect-documents',
    source: source(seed, 'Support will collect all the needed documents and will attach to the ticket'),
  },
  requiredTickets: {
    id: 'service-desk/required-tickets',
    source: source(seed, 'Support will maintain communication on SS ticket and create other required tickets'),
  },
  downstreamOrgInvite: {
    id: 'service-desk/downstream-org-invite',
    source: source(seed, 'Support will create the CS ticket and establish the requested partnership according to the process outlined here.'),
  },
  incentiveOverride: {
    id: 'service-desk/incentive-override',
    source: source(seed, 'For adding incentive override: use SOP.'),
  },
  featureToggle: {
    id: 'service-desk/feature-toggle',
    source: source(seed, 'For enabling and disabling features (docusign, Cost Buildup, PV Watts, Project Sunroof, etc): use SOP'),
  },
  utilityDegradation: {
    id: 'service-desk/utility-degradation',
    source: source(seed, 'For updating utility degradation percent: use SOP'),
  },
  nonIntegratedFinancing: {
    id: 'service-desk/non-integrated-financing',
    source: source(seed, 'Non-integrated financing products:'),
  },
  deactivateIntegratedFinancing: {
    id: 'service-desk/deactivate-integrated-financing',
    source: source(seed, 'De-activate integrated financing:'),
  },
  installerContracts: {
    id: 'service-desk/installer-contracts',
    source: source(seed, 'Installer contracts/documents:'),
  },
  coordinateCsTicket: {
    id: 'service-desk/coordinate-cs-ticket',
    source: source(seed, 'Support will coordinate with the reporter and configuration team and create a CS ticket according to the process'),
  },
  projectSpecific: {
    id: 'service-desk/project-specific-data-change',
    source: source(seed, 'These are data change requests that are only applicable to specific projects.'),
  },
  legalContactInfo: {
    id: 'service-desk/legal-contact-info',
    source: source(seed, 'For requests to update legal contact information, refer to financier.'),
  },
  unarchive: {
    id: 'service-desk/unarchive',
    source: source(seed, 'For requests to unarchive customer site, follow the unarchive request'),
  },
  accountManagement: {
    id: 'service-desk/account-management',
    source: source(
      seed,
      'These are inquiries on billing, cancellation, subscription changes, and requests for company/team trainings, status checks, inquiries about EB, etc).',
    ),
  },
  cancellation: {
    id: 'service-desk/cancellation',
    source: source(seed, 'Please make sure to slack the Account Manager as a heads up.'),
  },
  billingInformation: {
    id: 'service-desk/billing-information',
    source: source(seed, 'For requests to update billing information - send instructions on how customers can update their billing information here.'),
  },
  training: {
    id: 'service-desk/training',
    source: source(seed, 'For training requests, or request about joining the platform please have them sign up for time by following this link.'),
  },
  featureRequest: {
    id: 'service-desk/feature-request',
    source: source(seed, 'For new ideas, and feature requests, Support will document the request according to the process'),
  },
  nonPlatform: {
    id: 'service-desk/non-platform',
    source: source(seed, 'Non-Platform Tickets (trade shows, resumes, trying to sell us something, etc.)'),
  },
  // Non-platform tickets
  nonPlatformAttention: {
    id: 'service-desk/non-platform-attention',
    source: source(
      seed,
      'NOTE: If this message seems like it really might need attention, send an internal message to the Support Supervisor for evaluation',
    ),
  },
  nonPlatformFields: {
    id: 'service-desk/non-platform-fields',
    source: source(seed, 'Reporter: Anonymous (Setting this will help reduce further email on this event/item/request)'),
  },
  // Initial replies
  initialReply: {
    id: 'service-desk/initial-reply',
    source: source(seed, 'Here are types of initial replies:'),
  },
  firstStepToResolution: {
    id: 'service-desk/first-step-to-resolution',
    source: source(
      seed,
      'First step to resolution - if we’re able to narrow down the issue right away, we can immediately send a resolution or a suggestion the customer can try.',
    ),
  },
  probingQuestions: {
    id: 'service-desk/probing-questions',
    source: source(seed, 'Probing questions - use if we need more details to proceed with the request'),
  },
  generalInitialResponse: {
    id: 'service-desk/general-initial-response',
    source: source(
      seed,
      'we send out a general initial response to let them know that we received their request and are now looking into it.',
    ),
  },
  waitingForSupport: {
    id: 'service-desk/waiting-for-support',
    source: source(seed, 'make sure to toggle the status from Waiting for Customer back to Waiting for Support.'),
  },
  proofread: {
    id: 'service-desk/proofread',
    source: source(seed, "Any edits you make to your message after hitting 'send' won't be sent to the customer."),
  },
  // Closing
  closing: {
    id: 'service-desk/closing',
    source: source(seed, 'A ticket can be closed when:'),
  },
  customerConfirmed: {
    id: 'service-desk/customer-confirmed',
    source: source(seed, 'Customer has confirmed that the issue is resolved'),
  },
  confirmationUnanswered: {
    id: 'service-desk/confirmation-unanswered',
    source: source(
      seed,
      'We believe the issue is resolved, and at least one attempt to confirm with the customer has been made. If we don’t get a reply 24 hours after we send a confirmation, the ticket can be closed.',
    ),
  },
  unresponsiveAfterFollowUps: {
    id: 'service-desk/unresponsive-after-follow-ups',
    source: source(
      seed,
      'When we can\'t proceed without customer input (additional details, a more thorough description of what has happened), and customer has been unresponsive after we’ve attempted to follow up at least twice (2x).',
    ),
  },
  lowPriorityDevTicket: {
    id: 'service-desk/low-priority-dev-ticket',
    source: source(seed, 'When there is an active low-priority dev ticket'),
  },
  followUpRegularly: {
    id: 'service-desk/follow-up-regularly',
    source: source(seed, 'Follow-up with the customer regularly.'),
  },
} as const satisfies Record<string, Rule>;
