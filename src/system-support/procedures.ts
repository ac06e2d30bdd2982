import type { ProcedureOf } from '../_lib/procedure.js';
import omnidianFollowUpExamples from './examples/omnidian-follow-up.json' with { type: 'json' };
import reactivationRequestExamples from './examples/reactivation-request.json' with { type: 'json' };
import routeInquiryExamples from './examples/route-inquiry.json' with { type: 'json' };
import { OMNIDIAN_FOLLOW_UP_OUTCOMES, omnidianFollowUp } from './omnidian-follow-up.js';
import { REACTIVATION_REQUEST_OUTCOMES, reactivationRequest } from './reactivation-request.js';
import { ROUTE_SYSTEM_INQUIRY_OUTCOMES, routeSystemInquiry } from './route-inquiry.js';
import { OmnidianFollowUpFacts, ReactivationRequestFacts, RouteSystemInquiryFacts } from './schema.js';

/** The system-support procedures, for the registry (`procedures`, `decide`), the CLI and the docs. */
export const systemSupportProcedures: readonly [
  ProcedureOf<'system-support/route-inquiry', typeof RouteSystemInquiryFacts, typeof routeSystemInquiry>,
  ProcedureOf<'system-support/omnidian-follow-up', typeof OmnidianFollowUpFacts, typeof omnidianFollowUp>,
  ProcedureOf<'system-support/reactivation-request', typeof ReactivationRequestFacts, typeof reactivationRequest>,
] = [
  {
    id: 'system-support/route-inquiry',
    functionName: 'routeSystemInquiry',
    summary:
      'Where does a homeowner’s maintenance, repair, outage, damage, monitoring, savings, cleaning or insurance inquiry go (after authentication and the M3 gate)?',
    outcomes: ROUTE_SYSTEM_INQUIRY_OUTCOMES,
    schema: RouteSystemInquiryFacts,
    usesNow: false,
    decide: (facts, options) => routeSystemInquiry(facts as RouteSystemInquiryFacts, options),
    examples: routeInquiryExamples.examples,
  },
  {
    id: 'system-support/omnidian-follow-up',
    functionName: 'omnidianFollowUp',
    summary: 'Omnidian has not updated the homeowner: share the update, wait, or escalate after 48 hours without one?',
    outcomes: OMNIDIAN_FOLLOW_UP_OUTCOMES,
    schema: OmnidianFollowUpFacts,
    usesNow: true,
    decide: (facts, options) => omnidianFollowUp(facts as OmnidianFollowUpFacts, options),
    examples: omnidianFollowUpExamples.examples,
  },
  {
    id: 'system-support/reactivation-request',
    functionName: 'reactivationRequest',
    summary:
      'After a non-payment deactivation: within the 10-business-day reactivation window, or a warm transfer to Account Servicing?',
    outcomes: REACTIVATION_REQUEST_OUTCOMES,
    schema: ReactivationRequestFacts,
    usesNow: true,
    decide: (facts, options) => reactivationRequest(facts as ReactivationRequestFacts, options),
    examples: reactivationRequestExamples.examples,
  },
];
