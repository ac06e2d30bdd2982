// The errors this module throws, so a host importing only this subpath can catch and recognize them.
export { SopInputError, TemplateError, isSopInputError, isTemplateError } from '../_lib/errors.js';
export { ConsentRequiredError, InvalidTransitionError, isConsentRequiredError, isInvalidTransitionError } from './errors.js';
export { pvWattsRestorationPlan, PV_WATTS_RESTORATION_PLAN_OUTCOMES } from './restoration-plan.js';
export type {
  PvWattsRestorationAction,
  PvWattsRestorationEntry,
  PvWattsRestorationPlanDecision,
  PvWattsRestorationPlanOutcome,
} from './restoration-plan.js';
export { PV_WATTS_RULES } from './rules.js';
export {
  PvWattsAwaitingReportState,
  PvWattsConsentDeclinedEvent,
  PvWattsConsentGivenEvent,
  PvWattsImpactedNotSwitchedState,
  PvWattsIssueReportedEvent,
  PvWattsNotUsingState,
  PV_WATTS_EVENT_TYPES,
  PV_WATTS_STATUSES,
  PvWattsChannel,
  PvWattsConsent,
  PvWattsEventSchema,
  PvWattsOrg,
  PvWattsRestorationPlanFacts,
  PvWattsRestoredEvent,
  PvWattsStateSchema,
  PvWattsStepFacts,
  PvWattsRestoredState,
  PvWattsStillBlockedEvent,
  PvWattsSwitchedState,
  PvWattsSwitchRequestedEvent,
  PvWattsWorkaroundOfferedState,
} from './schema.js';
export type { PvWattsEvent, PvWattsEventType, PvWattsState, PvWattsStatus, PvWattsStillBlockedSymptom } from './schema.js';
export {
  initialPvWattsState,
  pvWattsOutage,
  PV_WATTS_OFF,
  PV_WATTS_ON,
  PV_WATTS_OUTAGE_OUTCOMES,
  PV_WATTS_SETTING,
} from './step.js';
export type { PvWattsOutageDecision, PvWattsOutageOutcome, PvWattsOutageResult } from './step.js';
export {
  pvWattsOfferChat,
  pvWattsOfferEmail,
  pvWattsSwitchConfirmation,
  pvWattsTemporarilyDisabled,
  pvWattsSwitchedBack,
  pvWattsRestored,
  pvWattsOutageTemplates,
} from './templates.js';
