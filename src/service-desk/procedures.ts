import type { ProcedureOf } from '../_lib/procedure.js';
import { auditTicketFields } from './audit-ticket-fields.js';
import { closeEligibility } from './close-eligibility.js';
import auditTicketFieldsExamples from './examples/audit-ticket-fields.json' with { type: 'json' };
import closeEligibilityExamples from './examples/close-eligibility.json' with { type: 'json' };
import firstResponseSlaExamples from './examples/first-response-sla.json' with { type: 'json' };
import initialReplyExamples from './examples/initial-reply.json' with { type: 'json' };
import nonPlatformTicketExamples from './examples/non-platform-ticket.json' with { type: 'json' };
import queueCheckExamples from './examples/queue-check.json' with { type: 'json' };
import requestTypeHandlingExamples from './examples/request-type-handling.json' with { type: 'json' };
import ticketPriorityExamples from './examples/ticket-priority.json' with { type: 'json' };
import { firstResponseSla } from './first-response-sla.js';
import { initialReply } from './initial-reply.js';
import { nonPlatformTicket } from './non-platform-ticket.js';
import { queueCheck } from './queue-check.js';
import { requestTypeHandling } from './request-type-handling.js';
import { SERVICE_DESK_RULES as R } from './rules.js';
import {
  AuditTicketFieldsFacts,
  CloseEligibilityFacts,
  FirstResponseSlaFacts,
  InitialReplyFacts,
  NonPlatformTicketFacts,
  QueueCheckFacts,
  RequestTypeHandlingFacts,
  RequestTypeId,
  TicketPriorityFacts,
} from './schema.js';
import { ticketPriority } from './ticket-priority.js';

/** The service-desk procedures, for the registry (`procedures`, `decide`), the CLI and the docs. */
export const serviceDeskProcedures: readonly [
  ProcedureOf<'service-desk/first-response-sla', typeof FirstResponseSlaFacts, typeof firstResponseSla>,
  ProcedureOf<'service-desk/ticket-priority', typeof TicketPriorityFacts, typeof ticketPriority>,
  ProcedureOf<'service-desk/queue-check', typeof QueueCheckFacts, typeof queueCheck>,
  ProcedureOf<'service-desk/audit-ticket-fields', typeof AuditTicketFieldsFacts, typeof auditTicketFields>,
  ProcedureOf<'service-desk/request-type-handling', typeof RequestTypeHandlingFacts, typeof requestTypeHandling>,
  ProcedureOf<'service-desk/non-platform-ticket', typeof NonPlatformTicketFacts, typeof nonPlatformTicket>,
  ProcedureOf<'service-desk/initial-reply', typeof InitialReplyFacts, typeof initialReply>,
  ProcedureOf<'service-desk/close-eligibility', typeof CloseEligibilityFacts, typeof closeEligibility>,
] = [
  {
    id: 'service-desk/first-response-sla',
    functionName: 'firstResponseSla',
    summary: 'Is the 2-hour first-response SLA met, missed, on track, at risk or breached, and when is it due?',
    outcomes: ['met', 'missed', 'on-track', 'at-risk', 'breached'],
    rules: [R.firstResponseSla, R.slaMonitoring, R.businessHours],
    schema: FirstResponseSlaFacts,
    usesNow: true,
    decide: (facts, options) => firstResponseSla(facts as FirstResponseSlaFacts, options),
    examples: firstResponseSlaExamples.examples,
  },
  {
    id: 'service-desk/ticket-priority',
    functionName: 'ticketPriority',
    summary: 'Is the ticket high priority (priority installer, or linked from a high-priority ticket), and must it be marked by hand?',
    outcomes: ['high', 'normal'],
    rules: [R.priorityInstaller, R.needsConfigLink, R.manualLink, R.priorityPrecedence],
    schema: TicketPriorityFacts,
    usesNow: false,
    decide: (facts, options) => ticketPriority(facts as TicketPriorityFacts, options),
    examples: ticketPriorityExamples.examples,
  },
  {
    id: 'service-desk/queue-check',
    functionName: 'queueCheck',
    summary: 'Should the agent check the Unassigned Queue now, and when is the next check due?',
    outcomes: ['not-needed', 'due', 'not-due'],
    rules: [R.queueMonitor, R.unassignedQueueCheck, R.businessHours],
    schema: QueueCheckFacts,
    usesNow: true,
    decide: (facts, options) => queueCheck(facts as QueueCheckFacts, options),
    examples: queueCheckExamples.examples,
  },
  {
    id: 'service-desk/audit-ticket-fields',
    functionName: 'auditTicketFields',
    summary: 'Are the essential ticket fields filled in correctly, and what is the fix for each problem?',
    outcomes: ['complete', 'incomplete'],
    rules: [R.essentialFields, R.assignee, R.reporter, R.staffForwarding, R.noCustomerContact, R.organization, R.channelPartner, R.financingLabel, R.channel, R.watchers, R.accountManagers, R.requestType],
    schema: AuditTicketFieldsFacts,
    usesNow: false,
    decide: (facts, options) => auditTicketFields(facts as AuditTicketFieldsFacts, options),
    examples: auditTicketFieldsExamples.examples,
  },
  {
    id: 'service-desk/request-type-handling',
    functionName: 'requestTypeHandling',
    summary: 'How is each of the 9 request types (and each sub-case the SOP names) handled?',
    outcomes: [...RequestTypeId.options],
    rules: [R.noCustomerContact, R.requestType, R.generalInquiry, R.technicalSupport, R.industryWide, R.incentives, R.incentivesClose, R.srecs, R.equipment, R.companySpecific, R.collectDocuments, R.requiredTickets, R.downstreamOrgInvite, R.incentiveOverride, R.featureToggle, R.utilityDegradation, R.nonIntegratedFinancing, R.deactivateIntegratedFinancing, R.installerContracts, R.coordinateCsTicket, R.projectSpecific, R.legalContactInfo, R.unarchive, R.accountManagement, R.cancellation, R.billingInformation, R.training, R.featureRequest, R.nonPlatform],
    schema: RequestTypeHandlingFacts,
    usesNow: false,
    decide: (facts, options) => requestTypeHandling(facts as RequestTypeHandlingFacts, options),
    examples: requestTypeHandlingExamples.examples,
  },
  {
    id: 'service-desk/non-platform-ticket',
    functionName: 'nonPlatformTicket',
    summary: 'Close a non-platform ticket with the SOP field values, or send it to the Support Supervisor for evaluation?',
    outcomes: ['close-as-non-platform', 'escalate-to-supervisor'],
    rules: [R.nonPlatformAttention, R.nonPlatformFields],
    schema: NonPlatformTicketFacts,
    usesNow: false,
    decide: (facts, options) => nonPlatformTicket(facts as NonPlatformTicketFacts, options),
    examples: nonPlatformTicketExamples.examples,
  },
  {
    id: 'service-desk/initial-reply',
    functionName: 'initialReply',
    summary: 'Which initial reply to send (first step, probing questions or general response), rendered?',
    outcomes: ['first-step-to-resolution', 'probing-questions', 'general-initial-response'],
    rules: [R.initialReply, R.firstStepToResolution, R.probingQuestions, R.generalInitialResponse, R.waitingForSupport, R.proofread],
    schema: InitialReplyFacts,
    usesNow: false,
    decide: (facts, options) => initialReply(facts as InitialReplyFacts, options),
    examples: initialReplyExamples.examples,
  },
  {
    id: 'service-desk/close-eligibility',
    functionName: 'closeEligibility',
    summary: 'May the ticket be closed? Every reason that holds, or what is missing and when it becomes eligible.',
    outcomes: ['eligible', 'not-eligible'],
    rules: [R.closing, R.customerConfirmed, R.confirmationUnanswered, R.unresponsiveAfterFollowUps, R.lowPriorityDevTicket, R.followUpRegularly],
    schema: CloseEligibilityFacts,
    usesNow: true,
    decide: (facts, options) => closeEligibility(facts as CloseEligibilityFacts, options),
    examples: closeEligibilityExamples.examples,
  },
];
