import type { Rule } from '../_lib/decision.js';
import { SEEDS, source } from '../_lib/sources.js';

const seed = SEEDS.ptoDelay;

/** Every rule of the PTO delay procedure, with the seed passage it encodes. */
export const PTO_RULES = {
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
} as const satisfies Record<string, Rule>;
