// The bench's inputs, shared by bench/decisions.mjs (speed) and bench/digest.mjs (output unchanged):
// every procedure's bundled examples cycled, each with `now` moved by a different number of seconds.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as sop from '../dist/esm/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every procedure's bundled examples, by procedure id. */
export const examples = {};
for (const mod of ['service-desk', 'pto-delay', 'system-support', 'pv-watts-outage']) {
  const dir = `${root}src/${mod}/examples/`;
  for (const f of readdirSync(dir)) {
    const file = JSON.parse(readFileSync(dir + f, 'utf8'));
    examples[file.procedure] = file.examples;
  }
}

/** Each procedure's public function, called on one bench input. */
export const FUNCTIONS = {
  'service-desk/first-response-sla': sop.firstResponseSla,
  'service-desk/ticket-priority': sop.ticketPriority,
  'service-desk/queue-check': sop.queueCheck,
  'service-desk/audit-ticket-fields': sop.auditTicketFields,
  'service-desk/request-type-handling': sop.requestTypeHandling,
  'service-desk/non-platform-ticket': sop.nonPlatformTicket,
  'service-desk/initial-reply': sop.initialReply,
  'service-desk/close-eligibility': sop.closeEligibility,
  'pto-delay/first-payment-timing': sop.firstPaymentTiming,
  'pto-delay/homeowner-reply': sop.ptoHomeownerReply,
  'pto-delay/installer-outreach': sop.ptoInstallerOutreach,
  'pto-delay/partner-ticket': sop.partnerTicket,
  'pto-delay/handle-concern': sop.handlePtoConcern,
  'system-support/route-inquiry': sop.routeSystemInquiry,
  'system-support/omnidian-follow-up': sop.omnidianFollowUp,
  'system-support/reactivation-request': sop.reactivationRequest,
  'pv-watts-outage/step': (f) => sop.pvWattsOutage(f.state ?? sop.initialPvWattsState(f.org), f.event),
  'pv-watts-outage/restoration-plan': (f) => sop.pvWattsRestorationPlan(f.states),
};

/** The procedures that plan a whole case (several steps at once): held to a lower floor. */
export const PLANS = new Set(['pto-delay/handle-concern', 'pv-watts-outage/restoration-plan']);

/** Shifts an ISO instant by `ms`, keeping it a valid instant string. */
const shift = (iso, ms) => new Date(Date.parse(iso) + ms).toISOString();

/** `n` inputs for procedure `id`: the examples cycled, each with `now` moved by a different number of seconds. */
export function inputs(id, n) {
  const list = examples[id].filter((e) => !e.options);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const facts = structuredClone(list[i % list.length].facts);
    if (typeof facts.now === 'string') facts.now = shift(facts.now, (i % 600) * 1000);
    out[i] = facts;
  }
  return out;
}
