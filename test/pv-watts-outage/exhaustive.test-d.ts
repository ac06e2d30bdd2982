import { match } from 'ts-pattern';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ConsentRequiredError,
  InvalidTransitionError,
  PvWattsEventType,
  PvWattsOutageDecision,
  PvWattsOutageOutcome,
  PvWattsOutageResult,
  PvWattsRestorationAction,
  PvWattsRestorationEntry,
  PvWattsRestorationPlanDecision,
  PvWattsRestorationPlanOutcome,
  PvWattsState,
  PvWattsStatus,
} from '../../src/pv-watts-outage/index.js';
import { pvWattsOutage, pvWattsRestorationPlan } from '../../src/pv-watts-outage/index.js';

declare const outcome: PvWattsOutageOutcome;
declare const planOutcome: PvWattsRestorationPlanOutcome;
declare const action: PvWattsRestorationAction;
declare const status: PvWattsStatus;
declare const eventType: PvWattsEventType;

describe('pv-watts-outage types', () => {
  it('pins the outcome unions', () => {
    expectTypeOf<PvWattsOutageOutcome>().toEqualTypeOf<
      | 'not-pv-watts'
      | 'offer-workaround'
      | 'switch-organization'
      | 'keep-pv-watts'
      | 'fix-invalidation'
      | 'start-new-project'
      | 'investigate-still-blocked'
      | 'switch-back-and-notify'
      | 'notify-restored'
    >();
    expectTypeOf<PvWattsRestorationPlanOutcome>().toEqualTypeOf<'follow-up-needed' | 'nothing-to-do'>();
    expectTypeOf<PvWattsRestorationAction>().toEqualTypeOf<'switch-back-and-notify' | 'notify-restored' | 'no-follow-up'>();
    expectTypeOf<PvWattsStatus>().toEqualTypeOf<
      'awaiting-report' | 'not-using-pv-watts' | 'workaround-offered' | 'impacted-not-switched' | 'switched' | 'restored'
    >();
    expectTypeOf<PvWattsEventType>().toEqualTypeOf<
      'issue-reported' | 'consent-given' | 'consent-declined' | 'switch-requested' | 'still-blocked' | 'pv-watts-restored'
    >();
  });

  it('pins the decision and result types', () => {
    expectTypeOf(pvWattsOutage).returns.toEqualTypeOf<PvWattsOutageResult>();
    expectTypeOf<PvWattsOutageResult['state']>().toEqualTypeOf<PvWattsState>();
    expectTypeOf<PvWattsOutageDecision['procedure']>().toEqualTypeOf<'pv-watts-outage/step'>();
    expectTypeOf<PvWattsOutageDecision['outcome']>().toEqualTypeOf<PvWattsOutageOutcome>();
    expectTypeOf<PvWattsOutageDecision['from']>().toEqualTypeOf<PvWattsStatus>();
    expectTypeOf<PvWattsOutageDecision['to']>().toEqualTypeOf<PvWattsStatus>();
    expectTypeOf<PvWattsOutageDecision['event']>().toEqualTypeOf<PvWattsEventType>();
    expectTypeOf(pvWattsRestorationPlan).returns.toEqualTypeOf<PvWattsRestorationPlanDecision>();
    expectTypeOf<PvWattsRestorationPlanDecision['procedure']>().toEqualTypeOf<'pv-watts-outage/restoration-plan'>();
    expectTypeOf<PvWattsRestorationPlanDecision['entries']>().toEqualTypeOf<readonly PvWattsRestorationEntry[]>();
    expectTypeOf<PvWattsRestorationEntry['action']>().toEqualTypeOf<PvWattsRestorationAction>();
  });

  it('pins the typed fields of the errors', () => {
    expectTypeOf<ConsentRequiredError['status']>().toEqualTypeOf<PvWattsStatus>();
    expectTypeOf<ConsentRequiredError['eventType']>().toEqualTypeOf<PvWattsEventType>();
    expectTypeOf<ConsentRequiredError['declinedAt']>().toEqualTypeOf<string | null>();
    expectTypeOf<InvalidTransitionError['status']>().toEqualTypeOf<PvWattsStatus>();
    expectTypeOf<InvalidTransitionError['eventType']>().toEqualTypeOf<PvWattsEventType>();
    expectTypeOf<ConsentRequiredError>().toExtend<Error>();
    expectTypeOf<InvalidTransitionError>().toExtend<Error>();
  });

  it('narrows a state on its status', () => {
    const s = {} as PvWattsState;
    if (s.status === 'switched') expectTypeOf(s.consent.givenBy).toEqualTypeOf<string>();
    if (s.status === 'impacted-not-switched') expectTypeOf(s.declinedAt).toEqualTypeOf<string>();
    if (s.status === 'restored') expectTypeOf(s.wasSwitched).toEqualTypeOf<boolean>();
  });

  it('fails to compile a match that leaves out an outcome, status or event type', () => {
    match(outcome)
      .with('not-pv-watts', 'offer-workaround', 'switch-organization', 'keep-pv-watts', () => 1)
      .with('fix-invalidation', 'start-new-project', 'investigate-still-blocked', () => 2)
      .with('switch-back-and-notify', 'notify-restored', () => 3)
      .exhaustive();
    match(outcome)
      .with('not-pv-watts', 'offer-workaround', 'switch-organization', 'keep-pv-watts', () => 1)
      .with('fix-invalidation', 'start-new-project', 'investigate-still-blocked', () => 2)
      .with('switch-back-and-notify', () => 3)
      // @ts-expect-error -- 'notify-restored' is not handled
      .exhaustive();

    match(planOutcome).with('follow-up-needed', () => 1).with('nothing-to-do', () => 2).exhaustive();
    // @ts-expect-error -- 'nothing-to-do' is not handled
    match(planOutcome).with('follow-up-needed', () => 1).exhaustive();

    match(action).with('switch-back-and-notify', 'notify-restored', 'no-follow-up', () => 1).exhaustive();
    // @ts-expect-error -- 'no-follow-up' is not handled
    match(action).with('switch-back-and-notify', 'notify-restored', () => 1).exhaustive();

    match(status)
      .with('awaiting-report', 'not-using-pv-watts', 'workaround-offered', 'impacted-not-switched', 'switched', () => 1)
      // @ts-expect-error -- 'restored' is not handled
      .exhaustive();

    match(eventType)
      .with('issue-reported', 'consent-given', 'consent-declined', 'switch-requested', 'still-blocked', () => 1)
      // @ts-expect-error -- 'pv-watts-restored' is not handled
      .exhaustive();
  });
});
