export { omnidianFollowUp, OMNIDIAN_FOLLOW_UP_OUTCOMES } from './omnidian-follow-up.js';
// The errors this module throws, so a host importing only this subpath can catch and recognize them.
export { SopInputError, TemplateError, isSopInputError, isTemplateError } from '../_lib/errors.js';
export type { OmnidianFollowUpDecision, OmnidianFollowUpOutcome } from './omnidian-follow-up.js';
export { reactivationRequest, REACTIVATION_REQUEST_OUTCOMES } from './reactivation-request.js';
export type { ReactivationOpenCase, ReactivationRequestDecision, ReactivationRequestOutcome } from './reactivation-request.js';
export { SYSTEM_CONCERN_GROUPS, SYSTEM_M3_GATED, ROUTE_SYSTEM_INQUIRY_OUTCOMES, routeSystemInquiry } from './route-inquiry.js';
export type { SystemConcernGroup, RouteSystemInquiryDecision, RouteSystemInquiryOutcome, SystemSelectedContract } from './route-inquiry.js';
export { SYSTEM_SUPPORT_RULES } from './rules.js';
export {
  SYSTEM_CONTRACT_TYPES,
  MONITORING_PLATFORMS,
  OmnidianCase,
  OmnidianFollowUpFacts,
  ReactivationCase,
  ReactivationRequestFacts,
  RouteSystemInquiryFacts,
  SYSTEM_SUPPORT_CHANNELS,
  SYSTEM_CONCERNS,
  SystemContract,
} from './schema.js';
export type { SystemConcern } from './schema.js';
export {
  systemM3NotApproved,
  systemPaymentLess10Days,
  systemPaymentLess10DaysPhone,
  systemRicReferral,
  systemOmnidianReferral,
  systemNoPanelCleaning,
  systemSupportTemplates,
} from './templates.js';
