import type { ProcedureOf } from '../_lib/procedure.js';
import firstPaymentTimingExamples from './examples/first-payment-timing.json' with { type: 'json' };
import handleConcernExamples from './examples/handle-concern.json' with { type: 'json' };
import homeownerReplyExamples from './examples/homeowner-reply.json' with { type: 'json' };
import installerOutreachExamples from './examples/installer-outreach.json' with { type: 'json' };
import partnerTicketExamples from './examples/partner-ticket.json' with { type: 'json' };
import { firstPaymentTiming } from './first-payment-timing.js';
import { handlePtoConcern } from './handle-concern.js';
import { ptoHomeownerReply } from './homeowner-reply.js';
import { ptoInstallerOutreach } from './installer-outreach.js';
import { partnerTicket } from './partner-ticket.js';
import { PTO_RULES as R } from './rules.js';
import {
  FirstPaymentTimingFacts,
  HandlePtoConcernFacts,
  PartnerTicketFacts,
  PtoHomeownerReplyFacts,
  PtoInstallerOutreachFacts,
} from './schema.js';

/** The PTO delay procedures, for the registry (`procedures`, `decide`), the CLI and the docs. */
export const ptoDelayProcedures: readonly [
  ProcedureOf<'pto-delay/first-payment-timing', typeof FirstPaymentTimingFacts, typeof firstPaymentTiming>,
  ProcedureOf<'pto-delay/homeowner-reply', typeof PtoHomeownerReplyFacts, typeof ptoHomeownerReply>,
  ProcedureOf<'pto-delay/installer-outreach', typeof PtoInstallerOutreachFacts, typeof ptoInstallerOutreach>,
  ProcedureOf<'pto-delay/partner-ticket', typeof PartnerTicketFacts, typeof partnerTicket>,
  ProcedureOf<'pto-delay/handle-concern', typeof HandlePtoConcernFacts, typeof handlePtoConcern>,
] = [
  {
    id: 'pto-delay/first-payment-timing',
    functionName: 'firstPaymentTiming',
    summary: 'Is the 60-day grace period from M2 approval still running, and when is the first payment due?',
    outcomes: ['within-grace', 'grace-ended'],
    rules: [R.installationDate, R.gracePeriod, R.withinGraceReply, R.graceEndedReply],
    schema: FirstPaymentTimingFacts,
    usesNow: true,
    decide: (facts, options) => firstPaymentTiming(facts as FirstPaymentTimingFacts, options),
    examples: firstPaymentTimingExamples.examples,
  },
  {
    id: 'pto-delay/homeowner-reply',
    functionName: 'ptoHomeownerReply',
    summary: 'Which canned reply does the homeowner get about a first payment due before PTO (Littleton, "things you can do", standard)?',
    outcomes: ['littleton-top-electric', 'things-you-can-do', 'standard'],
    rules: [R.ptoProject, R.concernTitle, R.homeownerTicket, R.requestType, R.littletonReply, R.thingsYouCanDoInstaller, R.thingsYouCanDoAwaitingPto, R.standardReply],
    schema: PtoHomeownerReplyFacts,
    usesNow: false,
    decide: (facts, options) => ptoHomeownerReply(facts as PtoHomeownerReplyFacts, options),
    examples: homeownerReplyExamples.examples,
  },
  {
    id: 'pto-delay/installer-outreach',
    functionName: 'ptoInstallerOutreach',
    summary: 'Do we open a linked installer ticket about PTO status, with which reporter, or do we not contact this installer?',
    outcomes: ['linked-ticket', 'do-not-contact'],
    rules: [R.requestType, R.doNotContact, R.sharedReporter, R.contractorReporter, R.installerTicket, R.installerMessage],
    schema: PtoInstallerOutreachFacts,
    usesNow: false,
    decide: (facts, options) => ptoInstallerOutreach(facts as PtoInstallerOutreachFacts, options),
    examples: installerOutreachExamples.examples,
  },
  {
    id: 'pto-delay/partner-ticket',
    functionName: 'partnerTicket',
    summary: 'Is this PTO ticket from Omnidian or Account Servicing, and how is it titled, replied to, linked and closed?',
    outcomes: ['omnidian', 'account-servicing', 'not-a-partner-ticket'],
    rules: [R.ptoProject, R.partnerOmnidian, R.partnerAccountServicing, R.notPartner, R.partnerTitle, R.partnerReporter, R.partnerOrganization, R.partnerRequestType, R.partnerReply, R.partnerLink, R.partnerClose],
    schema: PartnerTicketFacts,
    usesNow: false,
    decide: (facts, options) => partnerTicket(facts as PartnerTicketFacts, options),
    examples: partnerTicketExamples.examples,
  },
  {
    id: 'pto-delay/handle-concern',
    functionName: 'handlePtoConcern',
    summary: 'The whole plan for a homeowner PTO delay / double-billing concern: intake, tickets, timing, replies and installer outreach.',
    outcomes: ['within-grace', 'grace-ended'],
    rules: [R.intakeSite, R.intakeLittleton, R.intakeNoContactInstaller, R.intakeInspection, R.intakeDetails, R.checkM2, R.installationDate, R.gracePeriod, R.withinGraceReply, R.graceEndedReply, R.doubleBilling, R.ptoProject, R.concernTitle, R.linkExisting, R.homeownerTicket, R.requestType, R.littletonReply, R.thingsYouCanDoInstaller, R.thingsYouCanDoAwaitingPto, R.standardReply, R.doNotContact, R.sharedReporter, R.contractorReporter, R.installerTicket, R.installerMessage],
    schema: HandlePtoConcernFacts,
    usesNow: true,
    decide: (facts, options) => handlePtoConcern(facts as HandlePtoConcernFacts, options),
    examples: handleConcernExamples.examples,
  },
];
