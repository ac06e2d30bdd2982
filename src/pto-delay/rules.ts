import type { Rule } from '../_lib/decision.js';
import { SEEDS, source } from '../_lib/sources.js';

const seed = SEEDS.ptoDelay;

/** Every rule of the PTO delay procedure, with the seed passage it encodes. */
export const PTO_RULES = {
  // How to handle calls from Homeowner: intake.
  intakeSite: {
    id: 'pto-delay/intake-site',
    source: source(seed, 'Note the address and installer of the solar system'),
  },
  intakeLittleton: {
    id: 'pto-delay/intake-littleton-top-electric',
    source: source(seed, 'Take note especially for those in the area of Littleton, Co with org Top Electric'),
  },
  intakeNoContactInstaller: {
    id: 'pto-delay/intake-blue-hammer-or-stronger',
    source: source(seed, 'Note if the org is either Blue Hammer or Stronger'),
  },
  intakeInspection: {
    id: 'pto-delay/intake-inspection',
    source: source(seed, 'Ask the homeowner if the system has been inspected yet'),
  },
  intakeDetails: {
    id: 'pto-delay/intake-details',
    source: source(seed, 'Take note of any other pertinent details provided by the homeowner such as:'),
  },
  checkM2: {
    id: 'pto-delay/check-m2-approval',
    source: source(seed, 'Check to see when M2 was approved in engine.'),
  },
  // First-payment timing.
  installationDate: {
    id: 'pto-delay/installation-date',
    source: source(seed, 'The system is considered fully installed after the M2 has been approved.'),
  },
  gracePeriod: {
    id: 'pto-delay/grace-period',
    source: source(seed, 'Check to see if the M2 approval date is less than 60 days from the current date or more than 60 days from the current date.'),
  },
  withinGraceReply: {
    id: 'pto-delay/within-grace-reply',
    source: source(seed, 'If less than 60 days, inform the customer that they will not be billed until 60 days after their installation date'),
  },
  graceEndedReply: {
    id: 'pto-delay/grace-ended-reply',
    source: source(seed, 'If more than 60 days, inform the customer that unfortunately we cannot halt the billing process'),
  },
  doubleBilling: {
    id: 'pto-delay/double-billing-escalation',
    source: source(seed, 'Example response if a homeowner is still requesting information about double billing'),
  },
  // How to handle tickets: all tickets.
  ptoProject: {
    id: 'pto-delay/pto-project',
    source: source(seed, 'Transfer all PTO related tickets to PTO Support (PTO) project'),
  },
  concernTitle: {
    id: 'pto-delay/concern-title',
    source: source(seed, 'Homeowner Concern Received - Customer First and Last name - Organization'),
  },
  linkExisting: {
    id: 'pto-delay/link-existing-tickets',
    source: source(seed, 'Search for existing open tickets and link all new tickets to the original Homeowner ticket'),
  },
  // Tickets from Omnidian or Account Servicing.
  partnerOmnidian: {
    id: 'pto-delay/partner-omnidian',
    source: source(seed, 'Tickets from Omnidian will come in from an email address that contains @omnidian.com'),
  },
  partnerAccountServicing: {
    id: 'pto-delay/partner-account-servicing',
    source: source(seed, 'Tickets coming from Account servicing will look like this'),
  },
  notPartner: {
    id: 'pto-delay/not-a-partner-ticket',
    source: source(seed, 'Tickets from Omnidian or Account Servicing'),
  },
  partnerTitle: {
    id: 'pto-delay/partner-title',
    source: source(seed, 'Omnidian (or Account Servicing) Ticket > Description of request'),
  },
  partnerReporter: {
    id: 'pto-delay/partner-reporter',
    source: source(seed, 'Change the reporter to Omnidian or Account Servicing depending on which entity the ticket came from'),
  },
  partnerOrganization: {
    id: 'pto-delay/partner-organization',
    source: source(seed, 'Update the ticket Organization'),
  },
  partnerRequestType: {
    id: 'pto-delay/partner-request-type',
    source: source(seed, 'Request Type - PTO/M3 Delay'),
  },
  partnerReply: {
    id: 'pto-delay/partner-reply',
    source: source(seed, '“Reply to customer” with the following canned message:'),
  },
  partnerLink: {
    id: 'pto-delay/partner-link',
    source: source(seed, 'Link the ticket to the corresponding homeowner ticket using relates to from the dropdown list'),
  },
  partnerClose: {
    id: 'pto-delay/partner-close',
    source: source(seed, 'Close the ticket'),
  },
  // Homeowner Communications.
  homeownerTicket: {
    id: 'pto-delay/homeowner-ticket',
    source: source(seed, 'Create a ticket in Jira (if not already created). Assign the ticket to Jessica Hauger.'),
  },
  /** The seed's "TO/M3 Delay" is a typo for PTO/M3 Delay (SOPS.md item 10). */
  requestType: {
    id: 'pto-delay/request-type',
    source: source(seed, 'Request Type - TO/M3 Delay'),
  },
  littletonReply: {
    id: 'pto-delay/littleton-top-electric-reply',
    source: source(seed, 'If the address where the solar system is installed is in Littleton, CO and org Top Electric'),
  },
  thingsYouCanDoInstaller: {
    id: 'pto-delay/things-you-can-do-installer',
    source: source(seed, 'If the org is Blue Hammer or Stronger:'),
  },
  thingsYouCanDoAwaitingPto: {
    id: 'pto-delay/things-you-can-do-awaiting-pto',
    source: source(seed, 'may also be used if the system is fully installed, inspection complete and customer is only waiting on PTO from the utility'),
  },
  standardReply: {
    id: 'pto-delay/standard-reply',
    source: source(seed, 'All others'),
  },
  // Installer Communications.
  doNotContact: {
    id: 'pto-delay/do-not-contact',
    source: source(seed, 'DO NOT CREATE AN INSTALLER COMMUNICATIONS TICKET W/ BLUE HAMMER OR STRONGER EMPLOYEES.'),
  },
  sharedReporter: {
    id: 'pto-delay/shared-reporter',
    source: source(seed, 'IF THE INSTALLER IS SHIELD ENERGY / LA SOLAR / TOP ELECTRIC:'),
  },
  contractorReporter: {
    id: 'pto-delay/contractor-reporter',
    source: source(seed, 'Copy and paste the email for the “Contractor” and use this email for the reporter in the installer ticket.'),
  },
  installerTicket: {
    id: 'pto-delay/installer-ticket',
    source: source(seed, 'Once you have the email address - go into a Jira and create a “Linked ticket” from the homeowner’s ticket.'),
  },
  installerMessage: {
    id: 'pto-delay/installer-message-pto-only',
    source: source(seed, 'only be clear about the elements of the homeowner’s concern that are relevant for the installer, which is the PTO status.'),
  },
} as const satisfies Record<string, Rule>;
