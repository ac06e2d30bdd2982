import { DecisionBuilder, referToArticle, type Decision } from '../_lib/decision.js';
import { SopInputError, type SopIssue } from '../_lib/errors.js';
import { dayInZone, formatDay, isDayInRange, isoInstant, outOfRangeIssue } from '../_lib/time.js';
import { parseInput } from '../_lib/validate.js';
import type { Policy } from '../policy/brand.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import type { Article } from '../policy/schema.js';
import { renderMessage } from '../templates/engine.js';
import { ConsentRequiredError, InvalidTransitionError } from './errors.js';
import { PV_WATTS_RULES as R } from './rules.js';
import {
  PvWattsOrg,
  PvWattsStepFacts,
  PvWattsStepInput,
  type ParsedPvWattsEvent,
  type PvWattsEvent,
  type PvWattsEventType,
  type PvWattsState,
  type PvWattsStatus,
  type PvWattsStillBlockedSymptom,
} from './schema.js';
import {
  pvWattsOfferChat,
  pvWattsOfferEmail,
  pvWattsRestored,
  pvWattsSwitchConfirmation,
  pvWattsSwitchedBack,
  pvWattsTemporarilyDisabled,
} from './templates.js';

const ID = 'pv-watts-outage/step';

/** The setting a switch changes, in `change-setting` actions. */
export const PV_WATTS_SETTING = 'PV Watts';
/** `change-setting` value of a switch off PV Watts (to the in-house production methodology). */
export const PV_WATTS_OFF = 'off';
/** `change-setting` value of a switch back to PV Watts. */
export const PV_WATTS_ON = 'on';

/** Outcomes of {@link pvWattsOutage}. */
export type PvWattsOutageOutcome =
  | 'not-pv-watts'
  | 'offer-workaround'
  | 'switch-organization'
  | 'keep-pv-watts'
  | 'fix-invalidation'
  | 'start-new-project'
  | 'investigate-still-blocked'
  | 'switch-back-and-notify'
  | 'notify-restored';

/** The outcomes of {@link pvWattsOutage}, in procedure order. */
export const PV_WATTS_OUTAGE_OUTCOMES: readonly PvWattsOutageOutcome[] = [
  'not-pv-watts',
  'offer-workaround',
  'switch-organization',
  'keep-pv-watts',
  'fix-invalidation',
  'start-new-project',
  'investigate-still-blocked',
  'switch-back-and-notify',
  'notify-restored',
];

/** The decision of one step of {@link pvWattsOutage}. */
export type PvWattsOutageDecision = Decision<
  'pv-watts-outage/step',
  PvWattsOutageOutcome,
  {
    /** The organization's name. */
    org: string;
    /** The event applied. */
    event: PvWattsEventType;
    /** When the event happened (UTC ISO 8601). */
    at: string;
    /** The status before the event. */
    from: PvWattsStatus;
    /** The status after it. */
    to: PvWattsStatus;
  }
>;

/** What {@link pvWattsOutage} returns: the organization's next state and the decision for this step. */
export interface PvWattsOutageResult {
  /** The next state: plain JSON, store it and pass it to the next step. */
  readonly state: PvWattsState;
  readonly decision: PvWattsOutageDecision;
}

/**
 * The state of an organization before anything happened: `awaiting-report`.
 *
 * @param org - the organization: `name`, and `id` when known
 * @returns the initial state (plain JSON)
 * @throws SopInputError when `org` is invalid
 *
 * @example
 * ```ts
 * import { initialPvWattsState } from 'solar-sop/pv-watts-outage';
 * initialPvWattsState({ name: 'Acme Solar' });
 * //=> { status: 'awaiting-report', org: { name: 'Acme Solar' } }
 * ```
 */
export function initialPvWattsState(org: PvWattsOrg): Extract<PvWattsState, { status: 'awaiting-report' }> {
  return { status: 'awaiting-report', org: parseInput(PvWattsOrg, org, 'pv-watts-outage/initial-state') };
}

/** The decision's policy and zone, and the parsed facts it stamps. */
type Ctx = { readonly policy: Policy; readonly timeZone: string; readonly facts: unknown };
type Ev<T extends PvWattsEventType> = Extract<ParsedPvWattsEvent, { type: T }>;
type St<S extends PvWattsStatus> = Extract<PvWattsState, { status: S }>;

function updatedAtOf(state: PvWattsState): string | undefined {
  // Stryker disable next-line ConditionalExpression,StringLiteral: awaiting-report: no updatedAt
  return state.status === 'awaiting-report' ? undefined : state.updatedAt;
}

/** Cross-field problems of a valid state and event (paths under `state` and `event`). */
function crossFieldIssues(state: PvWattsState, event: ParsedPvWattsEvent): SopIssue[] {
  const issues: SopIssue[] = [];
  // Stryker disable next-line ConditionalExpression: only issue-reported has pvWattsEnabled
  if (event.type === 'issue-reported' && event.pvWattsEnabled && event.channel === 'email' && event.agentName === undefined) {
    issues.push({
      path: ['event', 'agentName'],
      code: 'required_for_email',
      message: 'is required: the workaround is offered by e-mail, and the e-mail is signed with the agent’s name',
    });
  }
  const last = updatedAtOf(state);
  // Stryker disable next-line ConditionalExpression: event.at < NaN is false
  if (last !== undefined && event.at < Date.parse(last)) {
    issues.push({
      path: ['event', 'at'],
      code: 'before_state',
      message: `${isoInstant(event.at)} is before the state’s latest event (${last}); apply events in the order they happened`,
    });
  }
  return issues;
}

function localDay(ms: number, ctx: Ctx): string {
  return `${formatDay(dayInZone(ms, ctx.timeZone))} (${ctx.timeZone})`;
}

function finish(
  b: DecisionBuilder,
  outcome: PvWattsOutageOutcome,
  from: PvWattsState,
  to: PvWattsState,
  event: ParsedPvWattsEvent,
  ctx: Ctx,
): PvWattsOutageResult {
  const decision = b.build(ID, outcome, ctx.policy, {
    org: from.org.name,
    event: event.type,
    at: isoInstant(event.at),
    from: from.status,
    to: to.status,
  });
  return { state: to, decision };
}

function copyOrg(state: PvWattsState): PvWattsOrg {
  return { ...state.org };
}

// ---------------------------------------------------------------------------------------------
// issue-reported

function issueReported(
  state: St<'awaiting-report' | 'not-using-pv-watts' | 'restored'>,
  e: Ev<'issue-reported'>,
  ctx: Ctx,
): PvWattsOutageResult {
  const b = new DecisionBuilder(ctx.facts);
  const org = state.org.name;
  const at = isoInstant(e.at);
  b.fired(R.checkPvWatts, `${org} ${e.pvWattsEnabled ? 'has' : 'does not have'} PV Watts turned on (reported by ${e.contactName} by ${e.channel}).`);
  b.act({ kind: 'check', what: 'PV Watts setting of the organization', summary: `Check whether ${org} has PV Watts turned on.` });
  const common = { org: copyOrg(state), contactName: e.contactName, channel: e.channel, reportedAt: at, updatedAt: at };
  if (!e.pvWattsEnabled) {
    b.act({
      kind: 'stop',
      summary: `${org} does not use PV Watts, so the PV Watts outage is not the cause: do not offer the workaround; troubleshoot the issue as usual.`,
    });
    return finish(b, 'not-pv-watts', state, { status: 'not-using-pv-watts', ...common }, e, ctx);
  }
  const pv = ctx.policy.pvWattsOutage;
  b.fired(R.offerWorkaround, `PV Watts is on for ${org}: offer the switch to the in-house production methodology by ${e.channel}.`);
  if (e.channel === 'chat') {
    b.reply(
      renderMessage(pvWattsOfferChat, {}, ctx.policy),
      `Send ${e.contactName} the outage message in chat (the "${pv.chatShortcut}" shortcut).`,
    );
  } else {
    b.reply(
      renderMessage(pvWattsOfferEmail, { customerName: e.contactName, agentName: e.agentName }, ctx.policy),
      `E-mail ${e.contactName} the outage workaround offer.`,
    );
  }
  b.fired(
    R.productionMethodArticle,
    `If ${e.contactName} wants to know more about the production methodology, send "${pv.productionMethodArticle.title}".`,
  );
  b.act(referToArticle(pv.productionMethodArticle, `If they want more information about the production methodology, send them "${pv.productionMethodArticle.title}".`));
  b.fired(R.askPermission, `No consent is recorded for ${org}: do not switch it until someone there gives express consent.`);
  b.act({
    kind: 'wait',
    until: null,
    summary: `Do not switch ${org} off PV Watts until someone there gives express consent; wait for their answer.`,
  });
  return finish(b, 'offer-workaround', state, { status: 'workaround-offered', ...common }, e, ctx);
}

// ---------------------------------------------------------------------------------------------
// consent-given

function consentGiven(
  state: St<'workaround-offered' | 'impacted-not-switched'>,
  e: Ev<'consent-given'>,
  ctx: Ctx,
): PvWattsOutageResult {
  const b = new DecisionBuilder(ctx.facts);
  const pv = ctx.policy.pvWattsOutage;
  const org = state.org.name;
  const at = isoInstant(e.at);
  const consent = { at, channel: e.channel, givenBy: e.givenBy };
  const view = { customerName: e.givenBy, agentName: e.agentName };

  b.fired(
    R.makeSwitch,
    `${e.givenBy} gave express consent for ${org} by ${e.channel} at ${at}` +
      (state.status === 'impacted-not-switched' ? ` (having declined at ${state.declinedAt})` : '') +
      ': make the switch first, then tell them they should be unblocked.',
  );
  b.act(
    { kind: 'record', field: 'consent', value: `given by ${e.givenBy} by ${e.channel} at ${at}`, summary: `Record that ${e.givenBy} gave express consent to switch ${org} off PV Watts.` },
    {
      kind: 'change-setting',
      setting: PV_WATTS_SETTING,
      value: PV_WATTS_OFF,
      summary: `Switch ${org} off PV Watts, to the in-house production methodology.`,
    },
  );
  b.reply(renderMessage(pvWattsSwitchConfirmation, view, ctx.policy), `E-mail ${e.givenBy} to confirm the switch; they should be unblocked.`);
  b.fired(R.logSwitch, `Log the switch of ${org} on ${localDay(e.at, ctx)} in the outage spreadsheet.`);
  b.act({
    kind: 'log',
    where: pv.outageLogUrl,
    entry: `${localDay(e.at, ctx)}: switched ${org} off PV Watts; consent given by ${e.givenBy} by ${e.channel}.`,
    summary: 'Log what you did in the outage spreadsheet.',
  });
  if (e.channel === 'chat') {
    b.fired(R.chatTranscript, `Consent came by chat: send the transcript to Jira and create the SS ticket before linking it.`);
    b.act({
      kind: 'create-ticket',
      project: 'SS',
      fields: { organization: org, transcript: 'chat transcript sent to Jira' },
      summary: 'Send the chat transcript to Jira and create the SS ticket.',
    });
  }
  b.fired(R.linkTickets, `Link the SS ticket of ${org} to the BT ticket of the outage.`);
  b.act({ kind: 'link-ticket', from: 'SS ticket', to: 'BT ticket', relation: 'relates to', summary: 'Link the SS ticket to the BT ticket.' });
  b.fired(R.temporarilyDisabled, `Tell ${e.givenBy} we will notify them when ${org} is switched back.`);
  b.reply(
    renderMessage(pvWattsTemporarilyDisabled, view, ctx.policy),
    `Follow up with ${e.givenBy}: PV Watts is temporarily disabled and we will tell them when they are switched back.`,
  );
  const next: PvWattsState = {
    status: 'switched',
    org: copyOrg(state),
    contactName: e.givenBy,
    channel: state.channel,
    reportedAt: state.reportedAt,
    consent,
    switchedAt: at,
    updatedAt: at,
  };
  return finish(b, 'switch-organization', state, next, e, ctx);
}

// ---------------------------------------------------------------------------------------------
// consent-declined

function consentDeclined(state: St<'workaround-offered'>, e: Ev<'consent-declined'>, ctx: Ctx): PvWattsOutageResult {
  const b = new DecisionBuilder(ctx.facts);
  const org = state.org.name;
  const at = isoInstant(e.at);
  b.fired(R.askPermission, `${org} declined the switch at ${at}: it keeps PV Watts; never switch it without express consent.`);
  b.fired(R.declined, `${org} stays impacted and not switched: let them know as soon as the issue is fixed.`);
  b.act(
    { kind: 'record', field: 'consent', value: `declined at ${at}`, summary: `Record that ${org} declined the switch off PV Watts.` },
    {
      kind: 'wait',
      until: null,
      summary: `Keep ${org} on PV Watts and let ${state.contactName} know as soon as the PV Watts issue is fixed.`,
    },
  );
  const next: PvWattsState = {
    status: 'impacted-not-switched',
    org: copyOrg(state),
    contactName: state.contactName,
    channel: state.channel,
    reportedAt: state.reportedAt,
    declinedAt: at,
    updatedAt: at,
  };
  return finish(b, 'keep-pv-watts', state, next, e, ctx);
}

// ---------------------------------------------------------------------------------------------
// still-blocked

/**
 * The advice for a still-blocked symptom (fired rules and actions) and the step's outcome. No
 * default branch: when a symptom is left out, TypeScript reports that the function lacks a return.
 */
function adviseStillBlocked(b: DecisionBuilder, symptom: PvWattsStillBlockedSymptom, org: string, inv: Article): PvWattsOutageOutcome {
  switch (symptom) {
    case 'phases-spinning':
      b.fired(R.invalidation, `The phases are spinning: an invalidation issue is the first guess; send "${inv.title}".`);
      b.act(referToArticle(inv, `Send them "${inv.title}" to fix the invalidation.`));
      return 'fix-invalidation';
    case 'recalculating-existing-project':
      b.fired(
        R.newProject,
        'They are recalculating an existing project, which keeps trying with the calculation method it was created with: start a new project from scratch.',
      );
      b.act({
        kind: 'reply',
        to: 'customer',
        summary:
          'Instruct them that the best way to get unstuck is to start a new project from scratch: an existing project keeps trying with the calculation method it was created with.',
      });
      return 'start-new-project';
    case 'other':
      b.fired(
        R.invalidation,
        'The symptom is neither spinning phases nor recalculating an existing project: check for an invalidation issue first (the first guess), then ask whether they are recalculating an existing project.',
      );
      b.act(
        { kind: 'check', what: 'invalidation', summary: `Check ${org} for an invalidation issue first; if that is it, send them "${inv.title}".` },
        {
          kind: 'ask',
          question: 'Are you recalculating an existing project, or working on a new one?',
          summary: 'Ask whether they are recalculating an existing project; if so, tell them to start a new project from scratch.',
        },
      );
      return 'investigate-still-blocked';
  }
}

function stillBlocked(state: St<'switched'>, e: Ev<'still-blocked'>, ctx: Ctx): PvWattsOutageResult {
  const b = new DecisionBuilder(ctx.facts);
  const org = state.org.name;
  b.fired(R.stillBlocked, `${org} was switched at ${state.switchedAt} and says it is still blocked (symptom: ${e.symptom}).`);
  const outcome = adviseStillBlocked(b, e.symptom, org, ctx.policy.pvWattsOutage.invalidationArticle);
  const at = isoInstant(e.at);
  return finish(b, outcome, state, { ...state, org: copyOrg(state), consent: { ...state.consent }, updatedAt: at }, e, ctx);
}

// ---------------------------------------------------------------------------------------------
// pv-watts-restored

function restored(
  state: St<'switched' | 'workaround-offered' | 'impacted-not-switched'>,
  e: Ev<'pv-watts-restored'>,
  ctx: Ctx,
): PvWattsOutageResult {
  const b = new DecisionBuilder(ctx.facts);
  const org = state.org.name;
  const at = isoInstant(e.at);
  const view = { customerName: state.contactName, agentName: e.agentName };
  const wasSwitched = state.status === 'switched';
  b.fired(R.restored, `PV Watts is working again (${at}); ${org} is ${wasSwitched ? 'switched off PV Watts' : 'impacted and was not switched'}.`);
  if (wasSwitched) {
    b.fired(R.switchBack, `${org} was switched at ${state.switchedAt}: switch it back to PV Watts.`);
    b.act({ kind: 'change-setting', setting: PV_WATTS_SETTING, value: PV_WATTS_ON, summary: `Switch ${org} back to PV Watts.` });
    b.fired(R.switchedBackEmail, `Tell ${state.contactName} the issue is resolved and ${org} is switched back.`);
    b.reply(renderMessage(pvWattsSwitchedBack, view, ctx.policy), `E-mail ${state.contactName} that ${org} has been switched back to PV Watts.`);
  } else {
    b.fired(R.restoredEmail, `${org} was impacted but did not switch: tell ${state.contactName} the PV Watts API is back.`);
    b.reply(renderMessage(pvWattsRestored, view, ctx.policy), `E-mail ${state.contactName} that the PV Watts API is back up and running.`);
  }
  const pv = ctx.policy.pvWattsOutage;
  b.fired(R.followUpLog, `Mark the follow-up of ${org} in the follow-up spreadsheet.`);
  b.act({
    kind: 'log',
    where: pv.followUpLogUrl,
    entry: `${localDay(e.at, ctx)}: followed up with ${org}${wasSwitched ? ' (switched back to PV Watts)' : ' (not switched)'}.`,
    summary: 'Mark that you have followed up in the follow-up spreadsheet.',
  });
  const next: PvWattsState = {
    status: 'restored',
    org: copyOrg(state),
    contactName: state.contactName,
    wasSwitched,
    restoredAt: at,
    updatedAt: at,
  };
  return finish(b, wasSwitched ? 'switch-back-and-notify' : 'notify-restored', state, next, e, ctx);
}

// ---------------------------------------------------------------------------------------------
// the transition table

const REASONS: Readonly<Record<PvWattsStatus, string>> = {
  'awaiting-report': 'the organization has not reported an outage issue yet',
  'not-using-pv-watts': 'the organization does not use PV Watts, so the outage procedure does not apply to it',
  'workaround-offered': 'the workaround has been offered and the organization has not answered yet',
  'impacted-not-switched': 'the organization declined the switch and stays on PV Watts',
  switched: 'the organization is already switched off PV Watts',
  restored: 'PV Watts is back and the organization has already been followed up',
};

function invalid(state: PvWattsState, type: PvWattsEventType): InvalidTransitionError {
  return new InvalidTransitionError(state.org.name, state.status, type, REASONS[state.status]);
}

function refuse(state: PvWattsState, type: PvWattsEventType): never {
  throw invalid(state, type);
}

// Which states each event applies to (the rest refuse it). The switches have no default: when a
// status or an event type is left out, TypeScript reports that the function lacks a return.
function transition(state: PvWattsState, event: ParsedPvWattsEvent, ctx: Ctx): PvWattsOutageResult {
  switch (event.type) {
    case 'issue-reported':
      switch (state.status) {
        case 'awaiting-report':
        case 'not-using-pv-watts':
        case 'restored':
          return issueReported(state, event, ctx);
        case 'workaround-offered':
        case 'impacted-not-switched':
        case 'switched':
          return refuse(state, event.type);
      }
    case 'consent-given':
      switch (state.status) {
        case 'workaround-offered':
        case 'impacted-not-switched':
          return consentGiven(state, event, ctx);
        case 'awaiting-report':
        case 'not-using-pv-watts':
        case 'switched':
        case 'restored':
          return refuse(state, event.type);
      }
    case 'consent-declined':
      switch (state.status) {
        case 'workaround-offered':
          return consentDeclined(state, event, ctx);
        case 'awaiting-report':
        case 'not-using-pv-watts':
        case 'impacted-not-switched':
        case 'switched':
        case 'restored':
          return refuse(state, event.type);
      }
    // SOPS.md item 13: a switch needs express consent recorded in the state. Only `switched` has
    // one, and there the switch is already made; everywhere else the request is refused.
    case 'switch-requested':
      switch (state.status) {
        case 'switched':
          return refuse(state, event.type);
        case 'impacted-not-switched':
          throw new ConsentRequiredError(state.org.name, state.status, event.type, state.declinedAt);
        case 'awaiting-report':
        case 'not-using-pv-watts':
        case 'workaround-offered':
        case 'restored':
          throw new ConsentRequiredError(state.org.name, state.status, event.type, null);
      }
    case 'still-blocked':
      switch (state.status) {
        case 'switched':
          return stillBlocked(state, event, ctx);
        case 'awaiting-report':
        case 'not-using-pv-watts':
        case 'workaround-offered':
        case 'impacted-not-switched':
        case 'restored':
          return refuse(state, event.type);
      }
    case 'pv-watts-restored':
      switch (state.status) {
        case 'switched':
        case 'workaround-offered':
        case 'impacted-not-switched':
          return restored(state, event, ctx);
        case 'awaiting-report':
        case 'not-using-pv-watts':
        case 'restored':
          return refuse(state, event.type);
      }
  }
}

function run(state: PvWattsState, event: ParsedPvWattsEvent, ctx: Ctx): PvWattsOutageResult {
  const issues = crossFieldIssues(state, event);
  // The step's log entries give the date of the event in the time zone.
  if (!isDayInRange(dayInZone(event.at, ctx.timeZone))) issues.push(outOfRangeIssue(['event', 'at'], `its date in ${ctx.timeZone}`));
  if (issues.length > 0) throw new SopInputError(ID, issues);
  return transition(state, event, ctx);
}

/**
 * One step of the PV Watts outage procedure for one organization (seed `000_528f9a7c318c3fea.txt`):
 * applies `event` to `state` and returns the next state with the decision for this step. The state
 * passed in is never changed; states are plain JSON, so a host can store them between steps.
 *
 * - `issue-reported`: `not-pv-watts` when the organization does not have PV Watts on; otherwise
 *   `offer-workaround` (the seed's chat or e-mail offer; never a switch).
 * - `consent-given` (named `givenBy`): `switch-organization`: switch, confirmation e-mail, outage
 *   log, chat transcript and SS ticket when by chat, link SS to BT, "temporarily disabled" e-mail.
 * - `consent-declined`: `keep-pv-watts` (impacted, not switched).
 * - `still-blocked`: `fix-invalidation`, `start-new-project`, or `investigate-still-blocked`.
 * - `pv-watts-restored`: `switch-back-and-notify` for a switched organization, `notify-restored`
 *   for an impacted one that did not switch; each with its e-mail and the follow-up log mark.
 * - `switch-requested`: never a decision (SOPS.md item 13): {@link ConsentRequiredError} without
 *   recorded consent, {@link InvalidTransitionError} when already switched.
 *
 * @param state - the organization's state (from {@link initialPvWattsState} or a previous step)
 * @param event - what happened
 * @param options - `policy` (log links, chat shortcut, articles) and `timeZone` (dates in log entries)
 * @returns the next state and the decision
 * @throws SopInputError for an invalid state or event (including a missing `agentName` where an
 *   e-mail is signed, an event before the state's latest one, or an event whose date is outside the years
 *   0001–9999, code `out_of_range`)
 * @throws ConsentRequiredError when asked to switch without recorded express consent
 * @throws InvalidTransitionError when the event makes no sense in the state (naming both)
 *
 * @example
 * ```ts
 * import { initialPvWattsState, pvWattsOutage } from 'solar-sop/pv-watts-outage';
 * const offered = pvWattsOutage(initialPvWattsState({ name: 'Acme Solar' }), {
 *   type: 'issue-reported', at: '2026-11-23T17:00:00Z', pvWattsEnabled: true, channel: 'chat', contactName: 'Dana',
 * });
 * offered.decision.outcome; //=> 'offer-workaround'
 * const switched = pvWattsOutage(offered.state, {
 *   type: 'consent-given', at: '2026-11-23T17:10:00Z', channel: 'chat', givenBy: 'Dana', agentName: 'Sam',
 * });
 * switched.decision.outcome; //=> 'switch-organization'
 * switched.state.status; //=> 'switched'
 * ```
 */
export function pvWattsOutage(state: PvWattsState, event: PvWattsEvent, options?: DecideOptions): PvWattsOutageResult {
  const { policy, timeZone } = resolveOptions(options, ID);
  const input = parseInput(PvWattsStepInput, { state, event }, ID);
  return run(input.state, input.event, { policy, timeZone, facts: input });
}

/**
 * The `pv-watts-outage/step` procedure on CLI facts: `{ state | org, event }`. @internal
 * @throws SopInputError, ConsentRequiredError, InvalidTransitionError as {@link pvWattsOutage}
 */
export function pvWattsOutageStep(facts: PvWattsStepFacts, options?: DecideOptions): PvWattsOutageResult {
  const { policy, timeZone } = resolveOptions(options, ID, facts);
  const f = parseInput(PvWattsStepFacts, facts, ID);
  const state: PvWattsState = f.state ?? { status: 'awaiting-report', org: f.org as PvWattsOrg };
  return run(state, f.event, { policy, timeZone, facts: f });
}
