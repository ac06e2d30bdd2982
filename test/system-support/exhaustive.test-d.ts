import { match } from 'ts-pattern';
import { describe, expectTypeOf, it } from 'vitest';
import type { Action, Message, PolicyRef, TraceEntry } from '../../src/_lib/decision.js';
import {
  omnidianFollowUp,
  reactivationRequest,
  routeSystemInquiry,
  type OmnidianFollowUpDecision,
  type OmnidianFollowUpOutcome,
  type ReactivationOpenCase,
  type ReactivationRequestDecision,
  type ReactivationRequestOutcome,
  type RouteSystemInquiryDecision,
  type RouteSystemInquiryOutcome,
  type SystemConcernGroup,
  type SystemSelectedContract,
} from '../../src/system-support/index.js';

declare const route: RouteSystemInquiryOutcome;
declare const followUp: OmnidianFollowUpOutcome;
declare const reactivation: ReactivationRequestOutcome;

describe('system-support outcome unions are closed', () => {
  it('routeSystemInquiry: every outcome must be handled', () => {
    match(route)
      .with('authenticate-first', () => 1)
      .with('m3-not-approved', () => 1)
      .with('explain-savings', () => 1)
      .with('refer-to-omnidian', () => 1)
      .with('create-om-case', () => 1)
      .with('refer-to-installer-warranty', () => 1)
      .with('myeverbright-monitoring', () => 1)
      .with('manufacturer-monitoring', () => 1)
      .with('decline-panel-cleaning', () => 1)
      .with('property-damage-claim', () => 1)
      .with('insurance-appraisal', () => 1)
      .exhaustive();
    match(route)
      .with('authenticate-first', () => 1)
      .with('m3-not-approved', () => 1)
      .with('explain-savings', () => 1)
      .with('refer-to-omnidian', () => 1)
      .with('create-om-case', () => 1)
      .with('refer-to-installer-warranty', () => 1)
      .with('myeverbright-monitoring', () => 1)
      .with('manufacturer-monitoring', () => 1)
      .with('decline-panel-cleaning', () => 1)
      .with('property-damage-claim', () => 1)
      // @ts-expect-error 'insurance-appraisal' is not handled
      .exhaustive();
  });

  it('omnidianFollowUp: every outcome must be handled', () => {
    match(followUp)
      .with('no-open-case', () => 1)
      .with('share-update', () => 1)
      .with('wait', () => 1)
      .with('escalate', () => 1)
      .exhaustive();
    match(followUp)
      .with('no-open-case', () => 1)
      .with('share-update', () => 1)
      .with('wait', () => 1)
      // @ts-expect-error 'escalate' is not handled
      .exhaustive();
  });

  it('reactivationRequest: every outcome must be handled', () => {
    match(reactivation)
      .with('within-window', () => 1)
      .with('transfer-to-account-servicing', () => 1)
      .with('already-reactivated', () => 1)
      .exhaustive();
    match(reactivation)
      .with('within-window', () => 1)
      .with('transfer-to-account-servicing', () => 1)
      // @ts-expect-error 'already-reactivated' is not handled
      .exhaustive();
  });

  it('a switch without every outcome does not reach never', () => {
    function label(o: ReactivationRequestOutcome): string {
      switch (o) {
        case 'within-window':
          return 'a';
        case 'transfer-to-account-servicing':
          return 'b';
        default: {
          // @ts-expect-error 'already-reactivated' is left, so o is not never
          const rest: never = o;
          return rest;
        }
      }
    }
    expectTypeOf(label).returns.toEqualTypeOf<string>();
  });
});

describe('system-support decision types', () => {
  it('pins the outcome unions', () => {
    expectTypeOf<RouteSystemInquiryOutcome>().toEqualTypeOf<
      | 'authenticate-first'
      | 'm3-not-approved'
      | 'explain-savings'
      | 'refer-to-omnidian'
      | 'create-om-case'
      | 'refer-to-installer-warranty'
      | 'myeverbright-monitoring'
      | 'manufacturer-monitoring'
      | 'decline-panel-cleaning'
      | 'property-damage-claim'
      | 'insurance-appraisal'
    >();
    expectTypeOf<OmnidianFollowUpOutcome>().toEqualTypeOf<'no-open-case' | 'share-update' | 'wait' | 'escalate'>();
    expectTypeOf<ReactivationRequestOutcome>().toEqualTypeOf<'within-window' | 'transfer-to-account-servicing' | 'already-reactivated'>();
  });

  it('pins the decisions', () => {
    expectTypeOf(routeSystemInquiry).returns.toEqualTypeOf<RouteSystemInquiryDecision>();
    expectTypeOf(omnidianFollowUp).returns.toEqualTypeOf<OmnidianFollowUpDecision>();
    expectTypeOf(reactivationRequest).returns.toEqualTypeOf<ReactivationRequestDecision>();

    expectTypeOf<RouteSystemInquiryDecision['procedure']>().toEqualTypeOf<'system-support/route-inquiry'>();
    expectTypeOf<RouteSystemInquiryDecision['outcome']>().toEqualTypeOf<RouteSystemInquiryOutcome>();
    expectTypeOf<RouteSystemInquiryDecision['concernGroup']>().toEqualTypeOf<SystemConcernGroup>();
    expectTypeOf<RouteSystemInquiryDecision['m3GateApplies']>().toEqualTypeOf<boolean>();
    expectTypeOf<RouteSystemInquiryDecision['selectedContract']>().toEqualTypeOf<SystemSelectedContract | null>();

    expectTypeOf<OmnidianFollowUpDecision['procedure']>().toEqualTypeOf<'system-support/omnidian-follow-up'>();
    expectTypeOf<OmnidianFollowUpDecision['escalationDueAt']>().toEqualTypeOf<string | null>();
    expectTypeOf<OmnidianFollowUpDecision['lastActivityAt']>().toEqualTypeOf<string | null>();
    expectTypeOf<OmnidianFollowUpDecision['hoursSinceLastActivity']>().toEqualTypeOf<number | null>();
    expectTypeOf<OmnidianFollowUpDecision['escalationHours']>().toEqualTypeOf<number>();

    expectTypeOf<ReactivationRequestDecision['procedure']>().toEqualTypeOf<'system-support/reactivation-request'>();
    expectTypeOf<ReactivationRequestDecision['businessDaysSincePayment']>().toEqualTypeOf<number>();
    expectTypeOf<ReactivationRequestDecision['windowEndsOn']>().toEqualTypeOf<string>();
    expectTypeOf<ReactivationRequestDecision['openCase']>().toEqualTypeOf<ReactivationOpenCase | null>();

    expectTypeOf<ReactivationRequestDecision['actions']>().toEqualTypeOf<readonly Action[]>();
    expectTypeOf<ReactivationRequestDecision['messages']>().toEqualTypeOf<readonly Message[]>();
    expectTypeOf<ReactivationRequestDecision['trace']>().toEqualTypeOf<readonly TraceEntry[]>();
    expectTypeOf<ReactivationRequestDecision['policy']>().toEqualTypeOf<PolicyRef>();
  });

  it('rejects facts of the wrong shape at compile time', () => {
    // @ts-expect-error concern must be one of the documented concerns
    routeSystemInquiry({ customerAuthenticated: true, m3Approved: true, concern: 'billing', contractType: 'PPA', channel: 'phone' });
    // @ts-expect-error contractType is PPA or RIC
    routeSystemInquiry({ customerAuthenticated: true, m3Approved: true, concern: 'outage', contractType: 'Lease', channel: 'phone' });
    // @ts-expect-error stillDeactivated is required
    reactivationRequest({ now: '2026-12-07T12:00:00Z', paymentMadeOn: '2026-11-20', channel: 'chat' });
  });
});
