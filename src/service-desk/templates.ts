import { SEEDS, source } from '../_lib/sources.js';
import { defineTemplate } from '../templates/engine.js';

const seed = SEEDS.serviceDesk;

/** Initial reply: a first step to resolution. */
export const deskFirstStepReply = /* @__PURE__ */ defineTemplate({
  id: 'service-desk/first-step-to-resolution',
  audience: 'customer',
  channel: 'email',
  subject: 'Re: your request',
  source: source(seed, 'First step to resolution'),
  description: 'We could narrow the issue down: a resolution or a suggestion to try.',
  text: `Hi {{customerName}},

Thank you for reaching out. Here is what we suggest you try:

{{suggestion}}

Please let us know if this resolves the issue.

Best,
{{agentName}}`,
});

/** Initial reply: probing questions. */
export const deskProbingQuestionsReply = /* @__PURE__ */ defineTemplate({
  id: 'service-desk/probing-questions',
  audience: 'customer',
  channel: 'email',
  subject: 'Re: your request',
  source: source(seed, 'Probing questions'),
  description: 'We need more details to proceed.',
  text: `Hi {{customerName}},

Thank you for reaching out. To help us proceed with your request, could you please tell us more:

{{questions}}

Best,
{{agentName}}`,
});

/** Initial reply: general initial response (received, looking into it). */
export const deskGeneralInitialReply = /* @__PURE__ */ defineTemplate({
  id: 'service-desk/general-initial-response',
  audience: 'customer',
  channel: 'email',
  subject: 'Re: your request',
  source: source(seed, 'A general initial response'),
  description: 'Received and looking into it; we will be in touch once we have more news.',
  text: `Hi {{customerName}},

Thank you for reaching out. We received your request and are now looking into it. We’ll be in touch right away once we have more news.

Best,
{{agentName}}`,
});

/** Incentive change request received (before the CS ticket). */
export const deskRequestReceivedReply = /* @__PURE__ */ defineTemplate({
  id: 'service-desk/request-received',
  audience: 'customer',
  channel: 'email',
  subject: 'Re: your request',
  source: source(seed, 'Send a reply to the customer to let them know we received their request and are now working on it.'),
  description: 'Incentive requests: we received the request and are working on it.',
  text: `Hi {{customerName}},

Thank you for your request. We received it and are now working on it. We will keep you posted and reach out if we need any additional information.

Best,
{{agentName}}`,
});

/** Every template of the service-desk procedure. */
export const serviceDeskTemplates = [
  deskFirstStepReply,
  deskProbingQuestionsReply,
  deskGeneralInitialReply,
  deskRequestReceivedReply,
] as const;
