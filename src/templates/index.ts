export { defineTemplate, escapeHtml, renderTemplate } from './engine.js';
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
