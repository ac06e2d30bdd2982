import type { Rule } from '../_lib/decision.js';
import { SEEDS, source } from '../_lib/sources.js';

const seed = SEEDS.pvWattsOutage;

/** Every rule of the PV Watts outage procedure, with the seed passage it encodes. */
export const PV_WATTS_RULES = {
  checkPvWatts: {
    id: 'pv-watts-outage/check-pv-watts',
    source: source(seed, 'Check to see if the org has PV Watts turned on.'),
  },
  offerWorkaround: {
    id: 'pv-watts-outage/offer-workaround',
    source: source(seed, 'If they dohave PV Watts on, you can send them the following chat or email'),
  },
  productionMethodArticle: {
    id: 'pv-watts-outage/production-method-article',
    source: source(seed, 'If they want more information about Sighten’s production methodology you can send them'),
  },
  askPermission: {
    id: 'pv-watts-outage/ask-permission',
    source: source(
      seed,
      'Please always ask permission to turn off PV Watts for a customer. Do not do it for them unless they give you express consent to do so.',
    ),
  },
  declined: {
    id: 'pv-watts-outage/declined',
    source: source(seed, 'Please let us know if we can make this switch for you and otherwise we will let you know as soon as the issue is fixed.'),
  },
  makeSwitch: {
    id: 'pv-watts-outage/make-switch',
    source: source(seed, 'If the customer says you should switch them, first make the switch and then let the customer know they should be unblocked.'),
  },
  logSwitch: {
    id: 'pv-watts-outage/log-switch',
    source: source(seed, 'Then, log what you did in this spreadsheet'),
  },
  chatTranscript: {
    id: 'pv-watts-outage/chat-transcript',
    source: source(seed, 'if it was a chat, please send the transcript to Jira, create the SS ticket and then link it to the BT ticket.'),
  },
  linkTickets: {
    id: 'pv-watts-outage/link-tickets',
    source: source(seed, 'Next link the SS ticket to the BT ticket'),
  },
  temporarilyDisabled: {
    id: 'pv-watts-outage/temporarily-disabled-follow-up',
    source: source(seed, 'Follow up with the customer and let them know that we will notify them when they have been switched back.'),
  },
  stillBlocked: {
    id: 'pv-watts-outage/still-blocked',
    source: source(seed, 'What if the customer is saying they’re still blocked?'),
  },
  invalidation: {
    id: 'pv-watts-outage/invalidation',
    source: source(seed, 'It might be an issue with invalidation, this should be your first guess if they say the phases are spinning'),
  },
  newProject: {
    id: 'pv-watts-outage/start-new-project',
    source: source(
      seed,
      'Or if they are trying to recalculate on an existing project, then it is going to keep trying with the same calc method. So please instruct them that the best way to get unstuck is to start a new project from scratch.',
    ),
  },
  restored: {
    id: 'pv-watts-outage/restored',
    source: source(seed, 'When PV Watts is working again:'),
  },
  switchBack: {
    id: 'pv-watts-outage/switch-back',
    source: source(seed, 'Switch customers back to PV Watts'),
  },
  switchedBackEmail: {
    id: 'pv-watts-outage/switched-back-email',
    source: source(seed, 'Follow up with customers that were switched off with the following email'),
  },
  restoredEmail: {
    id: 'pv-watts-outage/restored-email',
    source: source(seed, 'For customers that were impacted but did not switch, follow up with the following email'),
  },
  followUpLog: {
    id: 'pv-watts-outage/follow-up-log',
    source: source(seed, 'Mark that you have followed up in this spreadsheet'),
  },
} as const satisfies Record<string, Rule>;
