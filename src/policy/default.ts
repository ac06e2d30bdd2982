import { brandPolicy, type Policy } from './brand.js';

/**
 * The policy that reproduces the SOPs as written (SOPS.md item 14). Each value's seed and heading
 * is listed in {@link POLICY_SOURCES}. The SOPs name no priority installers, so that list is empty.
 *
 * @example
 * ```ts
 * import { defaultPolicy } from 'solar-sop';
 * defaultPolicy.ptoDelay.gracePeriodDays; //=> 60
 * ```
 */
export const defaultPolicy: Policy = /* @__PURE__ */ brandPolicy(
  {
    name: 'everbright-sops',
    version: '2026-11-23',
    calendar: { timeZone: 'America/Los_Angeles', holidays: 'us-federal', closures: [] },
    installerAliases: {},
    serviceDesk: {
      firstResponseMinutes: 120,
      atRiskMinutes: 30,
      queueCheckIntervalMinutes: 20,
      priorityInstallers: [],
      closeAfterConfirmationHours: 24,
      closeAfterFollowUpHours: 24,
      minFollowUpsBeforeClosing: 2,
      staffForwardingDomain: 'goeverbright.com',
      financingLabel: 'EB',
      supportSupervisor: 'Support Supervisor',
      nonPlatformOrganization: 'Non-platform Emails',
      billingInstructions: { title: 'How to update your billing information', url: null },
      trainingSignup: { title: 'Training and platform sign-up scheduling link', url: null },
      businessHours: null,
    },
    ptoDelay: {
      gracePeriodDays: 60,
      assignee: 'Jessica Hauger',
      project: 'PTO',
      label: 'PTO',
      requestType: 'PTO/M3 Delay',
      sharedReporterEmail: 'gi@shieldenergy.tech',
      sharedReporterInstallers: ['Shield Energy', 'LA Solar', 'Top Electric'],
      noContactInstallers: ['Blue Hammer', 'Stronger'],
      thingsYouCanDoInstallers: ['Blue Hammer', 'Stronger'],
      littleton: { installer: 'Top Electric', city: 'Littleton', states: ['CO', 'Colorado'] },
      omnidianDomain: 'omnidian.com',
    },
    systemSupport: {
      reactivationWindowBusinessDays: 10,
      omnidianEscalationHours: 48,
      serviceDepartment: 'Omnidian',
      omnidianContact: null,
      accountServicing: 'Account Servicing',
      savingsArticles: [
        { title: 'Common Homeowner Questions [savings, production, usage, and utility bills]', url: null },
        { title: 'Helping Customers Understand Solar Savings & Utility Bills Reality', url: null },
      ],
      personalPropertyDamageArticle: { title: 'Personal Property Damage Claims', url: null },
      insuranceAppraisalArticle: { title: 'PPA Insurance Appraisal', url: null },
      monitoringHost: 'EverBright',
    },
    pvWattsOutage: {
      outageLogUrl:
        'https://docs.google.com/spreadsheets/d/1_BKiz9XWi8i1Oi5n8Uaf3ogaatVL0l2QaSZD5JD7xbs/edit#gid=545030185',
      followUpLogUrl: 'https://docs.google.com/spreadsheets/d/1_BKiz9XWi8i1Oi5n8Uaf3ogaatVL0l2QaSZD5JD7xbs/edit#gid=0',
      chatShortcut: 'PV Watts out',
      productionMethodArticle: { title: 'How is solar production calculated in Sighten?', url: null },
      invalidationArticle: { title: 'How do I make the quote and usage phases stop spinning?', url: null },
    },
    templates: {},
  },
  { templates: new Map() },
);
