import type { ProcedureOf } from '../_lib/procedure.js';
import restorationPlanExamples from './examples/restoration-plan.json' with { type: 'json' };
import stepExamples from './examples/step.json' with { type: 'json' };
import { PV_WATTS_RESTORATION_PLAN_OUTCOMES, pvWattsRestorationPlanFromFacts } from './restoration-plan.js';
import { PV_WATTS_RULES as R } from './rules.js';
import { PvWattsRestorationPlanFacts, PvWattsStepFacts } from './schema.js';
import { PV_WATTS_OUTAGE_OUTCOMES, pvWattsOutageStep } from './step.js';

/** The PV Watts outage procedures, for the registry (`procedures`, `decide`), the CLI and the docs. */
export const pvWattsOutageProcedures: readonly [
  ProcedureOf<'pv-watts-outage/step', typeof PvWattsStepFacts, typeof pvWattsOutageStep>,
  ProcedureOf<'pv-watts-outage/restoration-plan', typeof PvWattsRestorationPlanFacts, typeof pvWattsRestorationPlanFromFacts>,
] = [
  {
    id: 'pv-watts-outage/step',
    functionName: 'pvWattsOutage',
    summary:
      'One step of the PV Watts outage workaround for one organization: offer, switch only with express consent, unblock, switch back.',
    outcomes: PV_WATTS_OUTAGE_OUTCOMES,
    rules: [R.checkPvWatts, R.offerWorkaround, R.productionMethodArticle, R.askPermission, R.declined, R.makeSwitch, R.logSwitch, R.chatTranscript, R.linkTickets, R.temporarilyDisabled, R.stillBlocked, R.invalidation, R.newProject, R.restored, R.switchBack, R.switchedBackEmail, R.restoredEmail, R.followUpLog],
    schema: PvWattsStepFacts,
    usesNow: false,
    decide: (facts, options) => pvWattsOutageStep(facts as PvWattsStepFacts, options),
    examples: stepExamples.examples,
  },
  {
    id: 'pv-watts-outage/restoration-plan',
    functionName: 'pvWattsRestorationPlan',
    summary: 'When PV Watts works again: which organizations are switched back and which e-mail each one gets.',
    outcomes: PV_WATTS_RESTORATION_PLAN_OUTCOMES,
    rules: [R.restored, R.switchBack, R.switchedBackEmail, R.restoredEmail, R.followUpLog],
    schema: PvWattsRestorationPlanFacts,
    usesNow: false,
    decide: (facts, options) => pvWattsRestorationPlanFromFacts(facts as PvWattsRestorationPlanFacts, options),
    examples: restorationPlanExamples.examples,
  },
];
