import type { Rule } from '../_lib/decision.js';
import { SEEDS, source } from '../_lib/sources.js';

const s1 = SEEDS.systemSupport;
const s2 = SEEDS.systemSupportTable;

/**
 * Every rule of the system support procedures (customer system maintenance, monitoring and access
 * troubleshooting; Omnidian unresponsive; reactivation after non-payment; PPA insurance appraisal),
 * with the seed passage it encodes, quoted verbatim.
 */
export const SYSTEM_SUPPORT_RULES = {
  // ---- Routing an inquiry ------------------------------------------------------------------------------
  authentication: {
    id: 'system-support/authentication',
    source: source(s1, 'Before starting this process make sure that the Customer Authentication Policy Process has been completed'),
  },
  m3Gate: {
    id: 'system-support/m3-gate',
    source: source(s1, 'Agent must determine if the job is M3 approved or not'),
  },
  m3NotApprovedReply: {
    id: 'system-support/m3-not-approved-reply',
    source: source(
      s2,
      'the final milestone has not yet been completed, and system production monitoring is currently unavailable. For further assistance, please contact your installer directly',
    ),
  },
  installerContact: {
    id: 'system-support/installer-contact',
    source: source(s1, 'Provide the Installer’s Contact information'),
  },
  savings: {
    id: 'system-support/savings',
    source: source(s1, 'The system seems to be working but they are not noticing savings'),
  },
  savingsArticles: {
    id: 'system-support/savings-articles',
    source: source(s1, 'Related Articles'),
  },
  serviceConcern: {
    id: 'system-support/service-concern',
    source: source(s2, 'If the complaint is for: Maintenance System Repairs System Outages'),
  },
  ppaOmnidian: {
    id: 'system-support/ppa-omnidian',
    source: source(s2, 'Refer the customer with our Service Department (Omnidian)'),
  },
  omnidianWarmTransfer: {
    id: 'system-support/omnidian-warm-transfer',
    source: source(s2, 'Provide our Service Department’s information and warm transfer to them (If it is a phone call)'),
  },
  omnidianContactDetails: {
    id: 'system-support/omnidian-contact-details',
    source: source(s2, 'Provide our Service Departments Information (If it is a Chat or Email)'),
  },
  omnidianFacilitates: {
    id: 'system-support/omnidian-facilitates',
    source: source(s2, 'Omnidian will facilitate communication between the homeowner and the installer'),
  },
  omCase: {
    id: 'system-support/om-case',
    source: source(
      s2,
      'If the customer states that they have already spoken with Omnidian, or Omnidian transfers them to us, we must (As part of the O&M process) create a SalesForce case with the O&M team to troubleshoot further',
    ),
  },
  ricInstaller: {
    id: 'system-support/ric-installer',
    source: source(s2, 'If the Job is RIC:'),
  },
  ricContractPackage: {
    id: 'system-support/ric-contract-package',
    source: source(s1, 'Refer the customer to their contract package for details about their manufacturer'),
  },
  monitoringPlatform: {
    id: 'system-support/monitoring-platform',
    source: source(s1, 'Setting up their System Monitoring Platform'),
  },
  myEverbright: {
    id: 'system-support/myeverbright',
    source: source(s2, 'If it is with “MyEverbright”:'),
  },
  myEverbrightSearch: {
    id: 'system-support/myeverbright-search',
    source: source(s2, 'make sure to access the one with the correct contact information on record'),
  },
  myEverbrightViewAsCustomer: {
    id: 'system-support/myeverbright-view-as-customer',
    source: source(s2, 'This will allow you to view the system from the customer’s perspective.'),
  },
  myEverbrightProduction: {
    id: 'system-support/myeverbright-production',
    source: source(s2, 'Now you can see if the system is running correctly and communicating production to us'),
  },
  myEverbrightReadings: {
    id: 'system-support/myeverbright-readings',
    source: source(s2, 'Current Power Today’s KWh Current Month’s KWh'),
  },
  myEverbrightFilters: {
    id: 'system-support/myeverbright-filters',
    source: source(s2, 'They can filter By Date and Set the view based on Day/Week/Month/Year'),
  },
  manufacturerSite: {
    id: 'system-support/manufacturer-site',
    source: source(s2, 'If the Concern is within the Manufacturer Site, Then:'),
  },
  latestContract: {
    id: 'system-support/latest-contract',
    source: source(s2, '(If multiple contracts appear, select the one with the latest date signed)'),
  },
  manufacturerCall: {
    id: 'system-support/manufacturer-call',
    source: source(
      s2,
      'Advise Enphase/SolarEdge that the customer is in need of assistance accessing their system monitoring. Remain on the line until Enphase/SolarEdge states it is OK to release.',
    ),
  },
  enphaseQuestions: {
    id: 'system-support/enphase-questions',
    source: source(s2, 'Additional questions that may be asked by Enphase: 1.Who is the host? (EverBright) 2.Homeowner Name 3.Homeowner Email Address'),
  },
  ppaAuthorization: {
    id: 'system-support/ppa-authorization',
    source: source(
      s2,
      'For PPAs, since EverBright is the owner of the system, Enphase/SolarEdge agent will ask if EverBright is authorizing the “customer” to obtain system monitoring information. EverBright agent will grant permission for the customer.',
    ),
  },
  noPanelCleaning: {
    id: 'system-support/no-panel-cleaning',
    source: source(s2, 'WE DO NOT PROVIDE PANEL CLEANING AS PART OF OUR MAINTENANCE SERVICES'),
  },
  propertyDamage: {
    id: 'system-support/property-damage',
    source: source(s2, 'For Personal Property Damage Claims refer to the following article (Click Here)'),
  },
  insuranceAppraisal: {
    id: 'system-support/insurance-appraisal',
    source: source(s1, 'If the homeowner is contacting us to insure their PPA system (Click Here)'),
  },
  insuranceOptional: {
    id: 'system-support/insurance-optional',
    source: source(s1, 'While they are not required to do so, they are free to request it.'),
  },
  dispositionNotes: {
    id: 'system-support/disposition-notes',
    source: source(s1, 'Enter Disposition Notes and Stop'),
  },

  // ---- Omnidian unresponsive ---------------------------------------------------------------------------
  omnidianOpenCase: {
    id: 'system-support/omnidian-open-case',
    source: source(s1, 'Check if there is an Open Case related to this concern'),
  },
  omnidianNewUpdate: {
    id: 'system-support/omnidian-new-update',
    source: source(s2, 'IF YES verify if there is any new update and provide it to the homeowner'),
  },
  omnidianNoUpdate: {
    id: 'system-support/omnidian-no-update',
    source: source(s2, 'If there is NO Update then; check if its been more than 48 hrs since the case was created or latest update'),
  },
  omnidianEscalation: {
    id: 'system-support/omnidian-escalation',
    source: source(s2, 'Follow the O&M Escalation Process'),
  },

  // ---- Reactivation after non-payment ------------------------------------------------------------------
  reactivationOpenCase: {
    id: 'system-support/reactivation-open-case',
    source: source(s1, 'Check if there is an Open Case or Case Review related to this concern'),
  },
  reactivationPaymentDate: {
    id: 'system-support/reactivation-payment-date',
    source: source(s1, 'Ask the customer when the payment was made'),
  },
  reactivationStillDeactivated: {
    id: 'system-support/reactivation-still-deactivated',
    source: source(s1, 'If Payment has been made more than 10 business days ago but the system still deactivated:'),
  },
  reactivationWindow: {
    id: 'system-support/reactivation-window',
    source: source(s1, 'Please inform the Homeowner that it may take up to 10 Business days to reactivate'),
  },
  reactivationQuickReply: {
    id: 'system-support/reactivation-quick-reply',
    source: source(s1, 'If Chat or Email: you can use the quick reply named as “Payment less 10 days'),
  },
  reactivationTransfer: {
    id: 'system-support/reactivation-transfer',
    source: source(s1, 'Warm transfer to Account Servicing'),
  },
} as const satisfies Record<string, Rule>;
