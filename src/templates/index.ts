export { defineTemplate, escapeHtml, renderTemplate } from './engine.js';
// The errors this module throws, so a host importing only this subpath can catch and recognize them.
export { SopInputError, TemplateError, isSopInputError, isTemplateError } from '../_lib/errors.js';
export type { RenderFormat, RenderOptions, Template, TemplateSpec, TemplateView } from './engine.js';
export { getTemplate, templateCatalog } from './catalog.js';
export {
  ptoWithinGraceResponse,
  ptoGraceEndedResponse,
  ptoDoubleBillingEscalation,
  ptoPartnerTicketReply,
  ptoLittletonReply,
  ptoThingsYouCanDoReply,
  ptoStandardReply,
  ptoInstallerMessage,
  ptoDelayTemplates,
} from '../pto-delay/templates.js';
export {
  pvWattsOfferChat,
  pvWattsOfferEmail,
  pvWattsSwitchConfirmation,
  pvWattsTemporarilyDisabled,
  pvWattsSwitchedBack,
  pvWattsRestored,
  pvWattsOutageTemplates,
} from '../pv-watts-outage/templates.js';
export {
  deskFirstStepReply,
  deskProbingQuestionsReply,
  deskGeneralInitialReply,
  deskRequestReceivedReply,
  serviceDeskTemplates,
} from '../service-desk/templates.js';
export {
  systemM3NotApproved,
  systemPaymentLess10Days,
  systemPaymentLess10DaysPhone,
  systemRicReferral,
  systemOmnidianReferral,
  systemNoPanelCleaning,
  systemSupportTemplates,
} from '../system-support/templates.js';
