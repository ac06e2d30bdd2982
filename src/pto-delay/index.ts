export { firstPaymentTiming } from './first-payment-timing.js';
// The errors this module throws, so a host importing only this subpath can catch and recognize them.
export { SopInputError, TemplateError, isSopInputError, isTemplateError } from '../_lib/errors.js';
export type { FirstPaymentTimingDecision, FirstPaymentTimingOutcome } from './first-payment-timing.js';
export { ptoHomeownerReply } from './homeowner-reply.js';
export type { PtoHomeownerReplyDecision, PtoHomeownerReplyOutcome, PtoHomeownerReplyResult } from './homeowner-reply.js';
export { ptoInstallerOutreach } from './installer-outreach.js';
export type {
  PtoInstallerOutreachDecision,
  PtoInstallerOutreachOutcome,
  PtoInstallerOutreachResult,
  ReporterSource,
} from './installer-outreach.js';
export { partnerTicket } from './partner-ticket.js';
export type { PartnerTicketDecision, PartnerTicketOutcome } from './partner-ticket.js';
export { handlePtoConcern } from './handle-concern.js';
export type { HandlePtoConcernDecision, HandlePtoConcernOutcome } from './handle-concern.js';
export { PTO_RULES } from './rules.js';
export {
  FirstPaymentTimingFacts,
  HandlePtoConcernFacts,
  PtoHomeownerSchema,
  PtoInspectionIssueSchema,
  PartnerTicketFacts,
  PtoHomeownerReplyFacts,
  PtoInstallerOutreachFacts,
  PtoSiteSchema,
} from './schema.js';
export {
  ptoWithinGraceResponse,
  ptoGraceEndedResponse,
  ptoDoubleBillingEscalation,
  ptoPartnerTicketReply,
  ptoLittletonReply,
  ptoThingsYouCanDoReply,
  ptoStandardReply,
  ptoInstallerMessage,
  ptoDelayTemplates,
} from './templates.js';
