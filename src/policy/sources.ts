import { SEEDS, source, type Source } from '../_lib/sources.js';

/** Where one policy value comes from and what it means. */
export interface PolicyValueInfo {
  /** What the value controls. */
  readonly description: string;
  /** The seed passage that states it, or `null` when the seeds are silent. */
  readonly source: Source | null;
  /** The SOPS.md product decision behind it, when there is one. */
  readonly decision?: string;
}

const { pvWattsOutage: PV, systemSupport: SS1, systemSupportTable: SS2, ptoDelay: PTO, serviceDesk: SD } = SEEDS;

/**
 * Every value of the default policy, by dotted path, with its meaning and the seed passage it comes
 * from. A test checks that this covers every value and that every quoted passage is in its seed.
 */
export const POLICY_SOURCES: Readonly<Record<string, PolicyValueInfo>> = {
  'calendar.timeZone': {
    description: 'Time zone in which "today" and business days are reckoned.',
    source: null,
    decision: 'SOPS.md item 1 (the SOPs name no zone; Pacific time is a product assumption a host should confirm)',
  },
  'calendar.holidays': {
    description: 'Which weekdays are holidays: US federal holidays on their observed dates by default.',
    source: source(SS1, 'Payment made Less than 10 business days ago'),
    decision: 'SOPS.md item 3',
  },
  'calendar.closures': {
    description: 'One-off closures (YYYY-MM-DD) that are not business days, such as a declared office closure.',
    source: null,
    decision: 'SOPS.md item 3',
  },
  installerAliases: {
    description: 'Other names an installer organization goes by, keyed by its canonical name.',
    source: null,
    decision: 'SOPS.md item 7',
  },
  'serviceDesk.firstResponseMinutes': {
    description: 'First-response SLA for new and unassigned tickets, in minutes from creation.',
    source: source(SD, 'All New and Unassigned tickets must be given a first response within 2 hours.'),
    decision: 'SOPS.md item 4',
  },
  'serviceDesk.atRiskMinutes': {
    description: 'A first response is at risk when this many minutes or fewer remain.',
    source: null,
    decision: 'SOPS.md item 4',
  },
  'serviceDesk.queueCheckIntervalMinutes': {
    description: 'How often agents check the Unassigned Queue when nobody monitors it.',
    source: source(SD, 'we recommend all agents check the Unassigned Queue every 20 mins.'),
  },
  'serviceDesk.priorityInstallers': {
    description: 'Installer organizations given priority service (none are named in the SOPs).',
    source: source(SD, 'Some installers are given priority service'),
    decision: 'SOPS.md item 14',
  },
  'serviceDesk.closeAfterConfirmationHours': {
    description: 'Hours without a reply after the latest confirmation request before a ticket can be closed.',
    source: source(SD, 'If we don’t get a reply 24 hours after we send a confirmation, the ticket can be closed.'),
    decision: 'SOPS.md item 5 (b)',
  },
  'serviceDesk.closeAfterFollowUpHours': {
    description: 'Hours after the latest follow-up before an unresponsive customer’s ticket can be closed.',
    source: source(SD, 'customer has been unresponsive after we’ve attempted to follow up at least twice (2x).'),
    decision: 'SOPS.md item 5 (c)',
  },
  'serviceDesk.minFollowUpsBeforeClosing': {
    description: 'Follow-ups since the customer’s last reply before an unresponsive ticket can be closed.',
    source: source(SD, 'customer has been unresponsive after we’ve attempted to follow up at least twice (2x).'),
    decision: 'SOPS.md item 5 (c)',
  },
  'serviceDesk.staffForwardingDomain': {
    description: 'E-mail domain of staff who forward customer messages; a reporter there is not the customer.',
    source: source(SD, 'This may initially be listed as @goEverBright if the message was forwarded from a staff person'),
  },
  'serviceDesk.financingLabel': {
    description: 'Label for tickets related to EverBright financing.',
    source: source(SD, 'If related to EverBright financing, add "EB" to the "label field" on the right'),
  },
  'serviceDesk.supportSupervisor': {
    description: 'Who evaluates a non-platform message that may need attention.',
    source: source(SD, 'send an internal message to the Support Supervisor for evaluation'),
  },
  'serviceDesk.nonPlatformOrganization': {
    description: 'Organization set on non-platform tickets.',
    source: source(SD, 'Organization: Non-platform Emails'),
  },
  'serviceDesk.billingInstructions': {
    description: 'Instructions for customers updating their billing information (the seed links "here").',
    source: source(SD, 'For requests to update billing information - send instructions on how customers can update their billing information here.'),
  },
  'serviceDesk.trainingSignup': {
    description: 'Where customers sign up for training or to join the platform (the seed links "this link").',
    source: source(SD, 'For training requests, or request about joining the platform please have them sign up for time by following this link.'),
  },
  'serviceDesk.businessHours': {
    description:
      'Working hours per weekday in a time zone ({ timeZone, weekly }); when set, the first-response SLA counts working time only and the queue check is not needed outside hours. None by default: the SLA runs on the clock.',
    source: source(SD, 'All New and Unassigned tickets must be given a first response within 2 hours.'),
    decision: 'SOPS.md items 4 and 18',
  },
  'ptoDelay.gracePeriodDays': {
    description: 'Calendar days from M2 approval (installation date) to the first payment.',
    source: source(PTO, 'The homeowners are given a 60 day grace period from the time the system is fully installed.'),
    decision: 'SOPS.md item 2',
  },
  'ptoDelay.assignee': {
    description: 'Assignee of PTO homeowner and installer tickets.',
    source: source(PTO, 'Assign the ticket to Jessica Hauger.'),
  },
  'ptoDelay.project': {
    description: 'Jira project PTO tickets are moved to.',
    source: source(PTO, 'Transfer all PTO related tickets to PTO Support (PTO) project'),
  },
  'ptoDelay.label': { description: 'Label on PTO tickets.', source: source(PTO, 'Label- PTO') },
  'ptoDelay.requestType': {
    description: 'Request type of PTO tickets (the seed’s "TO/M3 Delay" is a typo).',
    source: source(PTO, 'Request Type - PTO/M3 Delay'),
    decision: 'SOPS.md item 10',
  },
  'ptoDelay.sharedReporterEmail': {
    description: 'Reporter address for installer tickets to the installers that share one.',
    source: source(PTO, 'Use this email for the reporter: gi@shieldenergy.tech'),
    decision: 'SOPS.md item 9',
  },
  'ptoDelay.sharedReporterInstallers': {
    description: 'Installers whose installer tickets use the shared reporter address.',
    source: source(PTO, 'IF THE INSTALLER IS SHIELD ENERGY / LA SOLAR / TOP ELECTRIC:'),
    decision: 'SOPS.md item 9',
  },
  'ptoDelay.noContactInstallers': {
    description: 'Installers we no longer communicate with: no installer ticket, ever.',
    source: source(PTO, 'DO NOT CREATE AN INSTALLER COMMUNICATIONS TICKET W/ BLUE HAMMER OR STRONGER EMPLOYEES.'),
    decision: 'SOPS.md item 9',
  },
  'ptoDelay.thingsYouCanDoInstallers': {
    description: 'Installers whose homeowners always get the "things you can do" reply.',
    source: source(PTO, 'If the org is Blue Hammer or Stronger:'),
    decision: 'SOPS.md item 8',
  },
  'ptoDelay.littleton': {
    description: 'The installer and place whose homeowners get the Littleton utility-delay reply.',
    source: source(PTO, 'If the address where the solar system is installed is in Littleton, CO and org Top Electric'),
    decision: 'SOPS.md items 7 and 8',
  },
  'ptoDelay.omnidianDomain': {
    description: 'E-mail domain of tickets from Omnidian.',
    source: source(PTO, 'Tickets from Omnidian will come in from an email address that contains @omnidian.com'),
  },
  'systemSupport.reactivationWindowBusinessDays': {
    description: 'Business days a reactivation after payment may take.',
    source: source(SS1, 'Please inform the Homeowner that it may take up to 10 Business days to reactivate'),
    decision: 'SOPS.md item 3',
  },
  'systemSupport.omnidianEscalationHours': {
    description: 'Hours without an update on an Omnidian case before escalating.',
    source: source(SS2, 'check if its been more than 48 hrs since the case was created or latest update'),
    decision: 'SOPS.md item 6',
  },
  'systemSupport.serviceDepartment': {
    description: 'The service (O&M) department for PPA systems.',
    source: source(SS2, 'Refer the customer with our Service Department (Omnidian)'),
  },
  'systemSupport.omnidianContact': {
    description: 'Omnidian contact details given on chat and e-mail (the seed does not state them).',
    source: source(SS2, 'Provide our Service Departments Information (If it is a Chat or Email)'),
  },
  'systemSupport.accountServicing': {
    description: 'Team that receives warm transfers for reactivation past the window.',
    source: source(SS1, 'Warm transfer to Account Servicing'),
  },
  'systemSupport.savingsArticles': {
    description: 'Articles for savings, utility-bill and production questions.',
    source: source(SS1, 'Related Articles'),
  },
  'systemSupport.personalPropertyDamageArticle': {
    description: 'Article for personal property damage claims.',
    source: source(SS2, 'For Personal Property Damage Claims refer to the following article (Click Here)'),
  },
  'systemSupport.insuranceAppraisalArticle': {
    description: 'Article for insuring a PPA system (appraisal or replacement value).',
    source: source(SS1, 'If the homeowner is contacting us to insure their PPA system (Click Here)'),
  },
  'systemSupport.monitoringHost': {
    description: 'The host (system owner) name given to Enphase when it verifies a caller.',
    source: source(SS2, 'Who is the host? (EverBright)'),
  },
  'pvWattsOutage.outageLogUrl': {
    description: 'Spreadsheet where switches off PV Watts are logged.',
    source: source(PV, 'Then, log what you did in this spreadsheet'),
  },
  'pvWattsOutage.followUpLogUrl': {
    description: 'Spreadsheet where follow-ups after the outage are marked.',
    source: source(PV, 'Mark that you have followed up in this spreadsheet'),
  },
  'pvWattsOutage.chatShortcut': {
    description: 'Chat shortcut holding the outage chat message.',
    source: source(PV, 'Chat (this can be accessed in chat using the PV Watts out shortcut)'),
  },
  'pvWattsOutage.productionMethodArticle': {
    description: 'Article explaining the in-house production methodology.',
    source: source(PV, 'How is solar production calculated in Sighten?'),
  },
  'pvWattsOutage.invalidationArticle': {
    description: 'Article for quote and usage phases that keep spinning.',
    source: source(PV, 'How do I make the quote and usage phases stop spinning?'),
  },
  templates: {
    description: 'Replacement texts for catalog templates, by template id (empty by default).',
    source: null,
    decision: 'SOPS.md item 15',
  },
};
