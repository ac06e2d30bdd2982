import type { ProcedureOf } from '../_lib/procedure.js';
import omnidianFollowUpExamples from './examples/omnidian-follow-up.json' with { type: 'json' };
import reactivationRequestExamples from './examples/reactivation-request.json' with { type: 'json' };
import routeInquiryExamples from './examples/route-inquiry.json' with { type: 'json' };
import { OMNIDIAN_FOLLOW_UP_OUTCOMES, omnidianFollowUp } from './omnidian-follow-up.js';
import { REACTIVATION_REQUEST_OUTCOMES, reactivationRequest } from './reactivation-request.js';
import { ROUTE_SYSTEM_INQUIRY_OUTCOMES, routeSystemInquiry } from './route-inquiry.js';
import { SYSTEM_SUPPORT_RULES as R } from './rules.js';
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
    rules: [R.authentication, R.m3Gate, R.m3NotApprovedReply, R.installerContact, R.savings, R.savingsArticles, R.serviceConcern, R.ppaOmnidian, R.omnidianWarmTransfer, R.omnidianContactDetails, R.omnidianFacilitates, R.omCase, R.ricInstaller, R.ricContractPackage, R.monitoringPlatform, R.myEverbright, R.myEverbrightSearch, R.myEverbrightViewAsCustomer, R.myEverbrightProduction, R.myEverbrightReadings, R.myEverbrightFilters, R.manufacturerSite, R.latestContract, R.manufacturerCall, R.enphaseQuestions, R.ppaAuthorization, R.noPanelCleaning, R.propertyDamage, R.insuranceAppraisal, R.insuranceOptional, R.dispositionNotes],
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
    rules: [R.omCase, R.dispositionNotes, R.omnidianOpenCase, R.omnidianNewUpdate, R.omnidianNoUpdate, R.omnidianEscalation],
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
    rules: [R.reactivationOpenCase, R.reactivationPaymentDate, R.reactivationStillDeactivated, R.reactivationWindow, R.reactivationQuickReply, R.reactivationTransfer],
    schema: ReactivationRequestFacts,
    usesNow: true,
    decide: (facts, options) => reactivationRequest(facts as ReactivationRequestFacts, options),
    examples: reactivationRequestExamples.examples,
  },
];
