import * as z from 'zod/mini';
import { DecisionBuilder, type Decision } from '../_lib/decision.js';
import { formatPath, SopInputError, type SopIssue } from '../_lib/errors.js';
import { normalizeName } from '../_lib/names.js';
import { parseInput } from '../_lib/validate.js';
import type { Policy } from '../policy/brand.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { PV_WATTS_RULES as R } from './rules.js';
import { PvWattsRestorationPlanFacts, PvWattsStateSchema, type PvWattsOrg, type PvWattsState, type PvWattsStatus } from './schema.js';
import { PV_WATTS_ON, PV_WATTS_SETTING } from './step.js';
import { pvWattsRestored, pvWattsSwitchedBack } from './templates.js';

const ID = 'pv-watts-outage/restoration-plan';

/** Outcomes of {@link pvWattsRestorationPlan}. */
export type PvWattsRestorationPlanOutcome = 'follow-up-needed' | 'nothing-to-do';

/** The outcomes of {@link pvWattsRestorationPlan}, in documentation order. */
export const PV_WATTS_RESTORATION_PLAN_OUTCOMES: readonly PvWattsRestorationPlanOutcome[] = ['follow-up-needed', 'nothing-to-do'];

/** What to do for one organization when PV Watts works again. */
export type PvWattsRestorationAction = 'switch-back-and-notify' | 'notify-restored' | 'no-follow-up';

/** The plan for one organization. */
export interface PvWattsRestorationEntry {
  /** The organization. */
  readonly org: PvWattsOrg;
  /** Its status when the plan was made. */
  readonly status: PvWattsStatus;
  /** What to do for it. */
  readonly action: PvWattsRestorationAction;
  /** The e-mail to send it (`pv-watts-outage/switched-back-email` or `pv-watts-outage/restored-email`), or `null`. */
  readonly templateId: string | null;
  /** Whom the e-mail greets, or `null` when none is sent. */
  readonly contactName: string | null;
  /** Why, in words. */
  readonly reason: string;
}

/** What {@link pvWattsRestorationPlan} returns. */
export type PvWattsRestorationPlanDecision = Decision<
  'pv-watts-outage/restoration-plan',
  PvWattsRestorationPlanOutcome,
  {
    /** One entry per organization, in the order given. */
    entries: readonly PvWattsRestorationEntry[];
    /** Names of the organizations to switch back to PV Watts and notify. */
    switchBack: readonly string[];
    /** Names of the impacted organizations that did not switch, to notify. */
    notifyRestored: readonly string[];
    /** Names of the organizations that need nothing. */
    noFollowUp: readonly string[];
  }
>;

const NOT_IMPACTED_REASON = {
  'awaiting-report': 'reported no outage issue',
  'not-using-pv-watts': 'does not use PV Watts, so it was not impacted',
} as const;

// No default branch: when a status is left out, TypeScript reports that the function lacks a return.
// Each entry is one literal: spreading a shared base before `reason` builds the object the slow way.
function entryFor(state: PvWattsState): PvWattsRestorationEntry {
  const org = { ...state.org };
  switch (state.status) {
    case 'switched':
      return {
        org,
        status: state.status,
        action: 'switch-back-and-notify',
        templateId: pvWattsSwitchedBack.id,
        contactName: state.contactName,
        reason: `switched off PV Watts at ${state.switchedAt} with consent from ${state.consent.givenBy}`,
      };
    case 'workaround-offered':
    case 'impacted-not-switched':
      return {
        org,
        status: state.status,
        action: 'notify-restored',
        templateId: pvWattsRestored.id,
        contactName: state.contactName,
        reason:
          state.status === 'workaround-offered'
            ? `impacted (reported at ${state.reportedAt}) and never answered the offer to switch`
            : `impacted and declined the switch at ${state.declinedAt}`,
      };
    case 'awaiting-report':
    case 'not-using-pv-watts':
      return { org, status: state.status, action: 'no-follow-up', templateId: null, contactName: null, reason: NOT_IMPACTED_REASON[state.status] };
    case 'restored':
      return { org, status: state.status, action: 'no-follow-up', templateId: null, contactName: null, reason: `already followed up at ${state.restoredAt}` };
  }
}

function duplicateIssues(states: readonly PvWattsState[], prefix: readonly (string | number)[]): SopIssue[] {
  const seen = new Map<string, number>();
  const issues: SopIssue[] = [];
  states.forEach((state, i) => {
    const key = state.org.id === undefined ? `name:${normalizeName(state.org.name)}` : `id:${state.org.id}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    issues.push({
      path: [...prefix, i, 'org'],
      code: 'duplicate_org',
      message: `is the same organization as ${formatPath([...prefix, first])} (${state.org.name}); give one state per organization`,
    });
  });
  return issues;
}

function plan(states: readonly PvWattsState[], policy: Policy, prefix: readonly (string | number)[], facts: unknown): PvWattsRestorationPlanDecision {
  const issues = duplicateIssues(states, prefix);
  if (issues.length > 0) throw new SopInputError(ID, issues);
  const entries = states.map(entryFor);
  const names = (action: PvWattsRestorationAction) => entries.filter((e) => e.action === action).map((e) => e.org.name);
  const switchBack = names('switch-back-and-notify');
  const notifyRestored = names('notify-restored');
  const noFollowUp = names('no-follow-up');
  const list = (xs: readonly string[]) => xs.join(', ');

  const b = new DecisionBuilder(facts);
  b.fired(
    R.restored,
    `PV Watts is working again. ${entries.length} organization${entries.length === 1 ? '' : 's'}: ` +
      `switched ${switchBack.length}, impacted and not switched ${notifyRestored.length}, nothing to do ${noFollowUp.length}` +
      (noFollowUp.length === 0 ? '.' : ` (${entries.filter((e) => e.action === 'no-follow-up').map((e) => `${e.org.name}: ${e.reason}`).join('; ')}).`),
  );
  const follow = entries.filter((e) => e.action !== 'no-follow-up');
  if (follow.length === 0) {
    b.act({ kind: 'stop', summary: 'No organization needs to be switched back or followed up.' });
    return b.build(ID, 'nothing-to-do', policy, { entries, switchBack, notifyRestored, noFollowUp });
  }
  if (switchBack.length > 0) {
    b.fired(R.switchBack, `Switch back to PV Watts: ${list(switchBack)}.`);
    for (const name of switchBack) {
      b.act({ kind: 'change-setting', setting: PV_WATTS_SETTING, value: PV_WATTS_ON, summary: `Switch ${name} back to PV Watts.` });
    }
    b.fired(R.switchedBackEmail, `Send the switched-back e-mail to: ${list(switchBack)}.`);
    for (const e of entries.filter((x) => x.action === 'switch-back-and-notify')) {
      b.act({
        kind: 'reply',
        to: 'customer',
        channel: 'email',
        summary: `E-mail ${e.contactName} at ${e.org.name} that it has been switched back to PV Watts (${pvWattsSwitchedBack.id}).`,
      });
    }
  }
  if (notifyRestored.length > 0) {
    b.fired(R.restoredEmail, `Send the "back up and running" e-mail to: ${list(notifyRestored)}.`);
    for (const e of entries.filter((x) => x.action === 'notify-restored')) {
      b.act({
        kind: 'reply',
        to: 'customer',
        channel: 'email',
        summary: `E-mail ${e.contactName} at ${e.org.name} that the PV Watts API is back up and running (${pvWattsRestored.id}).`,
      });
    }
  }
  b.fired(R.followUpLog, `Mark the follow-up of ${list(follow.map((e) => e.org.name))} in the follow-up spreadsheet.`);
  for (const e of follow) {
    b.act({
      kind: 'log',
      where: policy.pvWattsOutage.followUpLogUrl,
      entry: `Followed up with ${e.org.name}${e.action === 'switch-back-and-notify' ? ' (switched back to PV Watts)' : ' (not switched)'}.`,
      summary: `Mark that you have followed up with ${e.org.name} in the follow-up spreadsheet.`,
    });
  }
  return b.build(ID, 'follow-up-needed', policy, { entries, switchBack, notifyRestored, noFollowUp });
}

const States = z.array(PvWattsStateSchema, { error: 'expected an array of organization states' });

/**
 * When PV Watts works again: for many organizations at once, who is switched back to PV Watts and
 * who gets which e-mail (seed `000_528f9a7c318c3fea.txt`, "When PV Watts is working again:").
 * Switched organizations are switched back and get the switched-back e-mail; impacted ones that
 * did not switch (offered, or declined) get the "back up and running" e-mail; every one followed up
 * is marked in the follow-up spreadsheet. Organizations not impacted, or already followed up, need
 * nothing. To render each e-mail and advance each state, apply a `pv-watts-restored` event to it
 * with {@link pvWattsOutage}.
 *
 * @param states - one state per organization (as {@link pvWattsOutage} returned them)
 * @param options - `policy` (the follow-up spreadsheet) and `timeZone`
 * @returns the decision: `follow-up-needed` or `nothing-to-do`, with one entry per organization
 * @throws SopInputError for an invalid state, or the same organization twice
 *
 * @example
 * ```ts
 * import { pvWattsRestorationPlan } from 'solar-sop/pv-watts-outage';
 * const d = pvWattsRestorationPlan([
 *   { status: 'not-using-pv-watts', org: { name: 'Sunny Co' }, contactName: 'Lee', channel: 'email',
 *     reportedAt: '2026-11-23T17:00:00.000Z', updatedAt: '2026-11-23T17:00:00.000Z' },
 * ]);
 * d.outcome; //=> 'nothing-to-do'
 * ```
 */
export function pvWattsRestorationPlan(states: readonly PvWattsState[], options?: DecideOptions): PvWattsRestorationPlanDecision {
  const { policy } = resolveOptions(options, ID);
  const parsed = parseInput(States, states, ID);
  return plan(parsed, policy, [], parsed);
}

/** The `pv-watts-outage/restoration-plan` procedure on CLI facts `{ states }`. @internal */
export function pvWattsRestorationPlanFromFacts(facts: PvWattsRestorationPlanFacts, options?: DecideOptions): PvWattsRestorationPlanDecision {
  const { policy } = resolveOptions(options, ID, facts);
  const f = parseInput(PvWattsRestorationPlanFacts, facts, ID);
  return plan(f.states, policy, ['states'], f);
}
