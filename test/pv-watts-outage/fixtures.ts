import type { PvWattsEvent, PvWattsEventType, PvWattsState, PvWattsStatus } from '../../src/pv-watts-outage/schema.js';

/** One state of each status for "Acme Solar", as plain JSON (what a host stores). */
export const STATES: { readonly [S in PvWattsStatus]: Extract<PvWattsState, { status: S }> } = {
  'awaiting-report': { status: 'awaiting-report', org: { name: 'Acme Solar', id: 'org-1042' } },
  'not-using-pv-watts': {
    status: 'not-using-pv-watts',
    org: { name: 'Acme Solar', id: 'org-1042' },
    contactName: 'Dana Reyes',
    channel: 'chat',
    reportedAt: '2026-11-23T17:00:00.000Z',
    updatedAt: '2026-11-23T17:00:00.000Z',
  },
  'workaround-offered': {
    status: 'workaround-offered',
    org: { name: 'Acme Solar', id: 'org-1042' },
    contactName: 'Dana Reyes',
    channel: 'chat',
    reportedAt: '2026-11-23T17:00:00.000Z',
    updatedAt: '2026-11-23T17:00:00.000Z',
  },
  'impacted-not-switched': {
    status: 'impacted-not-switched',
    org: { name: 'Acme Solar', id: 'org-1042' },
    contactName: 'Dana Reyes',
    channel: 'email',
    reportedAt: '2026-11-23T17:00:00.000Z',
    declinedAt: '2026-11-23T17:05:00.000Z',
    updatedAt: '2026-11-23T17:05:00.000Z',
  },
  switched: {
    status: 'switched',
    org: { name: 'Acme Solar', id: 'org-1042' },
    contactName: 'Dana Reyes',
    channel: 'chat',
    reportedAt: '2026-11-23T17:00:00.000Z',
    consent: { at: '2026-11-23T17:10:00.000Z', channel: 'chat', givenBy: 'Dana Reyes' },
    switchedAt: '2026-11-23T17:10:00.000Z',
    updatedAt: '2026-11-23T17:10:00.000Z',
  },
  restored: {
    status: 'restored',
    org: { name: 'Acme Solar', id: 'org-1042' },
    contactName: 'Dana Reyes',
    wasSwitched: true,
    restoredAt: '2026-11-23T17:20:00.000Z',
    updatedAt: '2026-11-23T17:20:00.000Z',
  },
};

/** A moment after every fixture state's latest event. */
export const LATER = '2026-11-23T18:00:00Z';

/** One event of each type, all at {@link LATER}. */
export const EVENTS: { readonly [T in PvWattsEventType]: Extract<PvWattsEvent, { type: T }> } = {
  'issue-reported': { type: 'issue-reported', at: LATER, pvWattsEnabled: true, channel: 'chat', contactName: 'Dana Reyes' },
  'consent-given': { type: 'consent-given', at: LATER, channel: 'chat', givenBy: 'Dana Reyes', agentName: 'Jordan Smith' },
  'consent-declined': { type: 'consent-declined', at: LATER },
  'switch-requested': { type: 'switch-requested', at: LATER, requestedBy: 'A supervisor' },
  'still-blocked': { type: 'still-blocked', at: LATER, symptom: 'phases-spinning' },
  'pv-watts-restored': { type: 'pv-watts-restored', at: LATER, agentName: 'Jordan Smith' },
};

export const STATUSES = Object.keys(STATES) as PvWattsStatus[];
export const EVENT_TYPES = Object.keys(EVENTS) as PvWattsEventType[];

/** The canned e-mails as the seed words them, for Dana Reyes from Jordan Smith. */
export const EMAILS = {
  offerChat:
    'The PVWatts API is currently down, causing your issues. As a workaround, we can switch your account to use the Sighten production methodology until PVWatts service is fixed. Please note this will impact all users in your account.',
  offerEmail: `Hi Dana Reyes,
The PVWatts API is currently down, causing your issues saving projects. As a workaround, we can switch your account to use the Sighten custom production methodology until PVWatts service is fixed. Please note this will impact all users in your account.
I am so sorry about the inconvenience. Please let us know if we can make this switch for you and otherwise we will let you know as soon as the issue is fixed.
Regards,
Jordan Smith`,
  confirmation: `Hi Dana Reyes,
This is to confirm that we have temporarily switched your organization off of PVWatts API. We will follow up here to let you know when it is back up and running.
If you’re still having issues, please try creating a new project on a job. Existing projects will attempt to use the production methodology that was active when it was created. We apologize for the inconvenience this outage may have caused.
Regards,
Jordan Smith`,
  temporarilyDisabled: `Hi Dana Reyes,

PV Watts has been temporarily disabled for your organization. We will let you know when it is back up and running and you are switched back. Please let us know if you’re still experiencing issues. We truly apologize for the inconvenience.

Best,
Jordan Smith`,
  switchedBack: `Hi Dana Reyes,
Good morning. I wanted to let you know that the PV Watts issue has been resolved, and we have switched your organization back to using this methodology. Please let us know if you have any questions or need any additional assistance. We apologize for the inconvenience this may have caused.

Have a great day!

Best,

Jordan Smith`,
  restored: `Hi Dana Reyes,
Good morning. I wanted to let you know that the PV Watts API is back up and running. Please let us know if you have any questions or need any additional assistance. We apologize for the inconvenience this may have caused.

Have a great day!

Best,

Jordan Smith`,
} as const;
