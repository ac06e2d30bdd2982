export { auditTicketFields } from './audit-ticket-fields.js';
// The errors this module throws, so a host importing only this subpath can catch and recognize them.
export { SopInputError, TemplateError, isSopInputError, isTemplateError } from '../_lib/errors.js';
export type {
  AuditedField,
  AuditTicketFieldsDecision,
  AuditTicketFieldsOutcome,
  FieldFinding,
  FieldProblem,
} from './audit-ticket-fields.js';
export { closeEligibility } from './close-eligibility.js';
export type { CloseBlocker, CloseEligibilityDecision, CloseEligibilityOutcome, CloseReason } from './close-eligibility.js';
export { firstResponseSla } from './first-response-sla.js';
export type { FirstResponseSlaDecision, FirstResponseSlaOutcome } from './first-response-sla.js';
export { initialReply } from './initial-reply.js';
export type { InitialReplyDecision, InitialReplyOutcome } from './initial-reply.js';
export { nonPlatformTicket } from './non-platform-ticket.js';
export type { NonPlatformTicketDecision, NonPlatformTicketOutcome } from './non-platform-ticket.js';
export { queueCheck } from './queue-check.js';
export type { QueueCheckDecision, QueueCheckOutcome } from './queue-check.js';
export { REQUEST_TYPE_NAMES, requestTypeHandling } from './request-type-handling.js';
export type { RequestTypeHandlingDecision, RequestTypeHandlingOutcome } from './request-type-handling.js';
export { SERVICE_DESK_RULES } from './rules.js';
export {
  AccountManagementSubtype,
  AuditTicketFieldsFacts,
  CloseEligibilityFacts,
  CompanySpecificSubtype,
  DevTicketPriority,
  FirstResponseSlaFacts,
  IndustryWideSubtype,
  InitialReplyFacts,
  LinkCreatedVia,
  NonPlatformTicketFacts,
  ProjectSpecificSubtype,
  QueueCheckFacts,
  RequestTypeHandlingFacts,
  RequestTypeId,
  TicketChannel,
  TicketPriorityFacts,
} from './schema.js';
export { ticketPriority } from './ticket-priority.js';
export type { TicketPriorityDecision, TicketPriorityOutcome } from './ticket-priority.js';
export {
  deskFirstStepReply,
  deskProbingQuestionsReply,
  deskGeneralInitialReply,
  deskRequestReceivedReply,
  serviceDeskTemplates,
} from './templates.js';
