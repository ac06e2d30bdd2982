import { SEEDS, source } from '../_lib/sources.js';
import { defineTemplate } from '../templates/engine.js';

const seed = SEEDS.pvWattsOutage;

/** Chat offer of the in-house production workaround (the "PV Watts out" shortcut). */
export const pvWattsOfferChat = /* @__PURE__ */ defineTemplate({
  id: 'pv-watts-outage/offer-workaround-chat',
  audience: 'customer',
  channel: 'chat',
  source: source(seed, 'Chat (this can be accessed in chat using the PV Watts out shortcut)'),
  description: 'Offer to switch the organization to the in-house production methodology (chat).',
  text:
    'The PVWatts API is currently down, causing your issues. As a workaround, we can switch your account to use the Sighten production methodology until PVWatts service is fixed. Please note this will impact all users in your account.',
});

/** E-mail offer of the in-house production workaround. */
export const pvWattsOfferEmail = /* @__PURE__ */ defineTemplate({
  id: 'pv-watts-outage/offer-workaround-email',
  audience: 'customer',
  channel: 'email',
  subject: 'PVWatts outage: a workaround for your account',
  source: source(seed, 'If they dohave PV Watts on, you can send them the following chat or email'),
  description: 'Offer to switch the organization to the in-house production methodology (e-mail).',
  text: `Hi {{customerName}},
The PVWatts API is currently down, causing your issues saving projects. As a workaround, we can switch your account to use the Sighten custom production methodology until PVWatts service is fixed. Please note this will impact all users in your account.
I am so sorry about the inconvenience. Please let us know if we can make this switch for you and otherwise we will let you know as soon as the issue is fixed.
Regards,
{{agentName}}`,
});

/** Confirmation that the organization was switched off PVWatts. */
export const pvWattsSwitchConfirmation = /* @__PURE__ */ defineTemplate({
  id: 'pv-watts-outage/switch-confirmation-email',
  audience: 'customer',
  channel: 'email',
  subject: 'Your organization has been switched off PVWatts',
  source: source(seed, 'If the customer says you should switch them, first make the switch and then let the customer know they should be unblocked.'),
  description: 'After the switch: the customer should be unblocked; new projects use the new method.',
  text: `Hi {{customerName}},
This is to confirm that we have temporarily switched your organization off of PVWatts API. We will follow up here to let you know when it is back up and running.
If you’re still having issues, please try creating a new project on a job. Existing projects will attempt to use the production methodology that was active when it was created. We apologize for the inconvenience this outage may have caused.
Regards,
{{agentName}}`,
});

/** Follow-up: PV Watts is disabled for now and we will say when it is back. */
export const pvWattsTemporarilyDisabled = /* @__PURE__ */ defineTemplate({
  id: 'pv-watts-outage/temporarily-disabled-email',
  audience: 'customer',
  channel: 'email',
  subject: 'PV Watts is temporarily disabled for your organization',
  source: source(seed, 'Follow up with the customer and let them know that we will notify them when they have been switched back.'),
  description: 'Follow-up after the switch: we will notify them when they are switched back.',
  text: `Hi {{customerName}},

PV Watts has been temporarily disabled for your organization. We will let you know when it is back up and running and you are switched back. Please let us know if you’re still experiencing issues. We truly apologize for the inconvenience.

Best,
{{agentName}}`,
});

/** After the outage, to organizations that were switched: switched back. */
export const pvWattsSwitchedBack = /* @__PURE__ */ defineTemplate({
  id: 'pv-watts-outage/switched-back-email',
  audience: 'customer',
  channel: 'email',
  subject: 'PV Watts is back: your organization has been switched back',
  source: source(seed, 'Follow up with customers that were switched off with the following email'),
  description: 'PV Watts restored: the organization was switched back.',
  text: `Hi {{customerName}},
Good morning. I wanted to let you know that the PV Watts issue has been resolved, and we have switched your organization back to using this methodology. Please let us know if you have any questions or need any additional assistance. We apologize for the inconvenience this may have caused.

Have a great day!

Best,

{{agentName}}`,
});

/** After the outage, to impacted organizations that did not switch. */
export const pvWattsRestored = /* @__PURE__ */ defineTemplate({
  id: 'pv-watts-outage/restored-email',
  audience: 'customer',
  channel: 'email',
  subject: 'The PV Watts API is back up and running',
  source: source(seed, 'For customers that were impacted but did not switch, follow up with the following email'),
  description: 'PV Watts restored: for impacted organizations that did not switch.',
  text: `Hi {{customerName}},
Good morning. I wanted to let you know that the PV Watts API is back up and running. Please let us know if you have any questions or need any additional assistance. We apologize for the inconvenience this may have caused.

Have a great day!

Best,

{{agentName}}`,
});

/** Every template of the PV Watts outage procedure. */
export const pvWattsOutageTemplates = [
  pvWattsOfferChat,
  pvWattsOfferEmail,
  pvWattsSwitchConfirmation,
  pvWattsTemporarilyDisabled,
  pvWattsSwitchedBack,
  pvWattsRestored,
] as const;
