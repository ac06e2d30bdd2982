import { match } from 'ts-pattern';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  FirstPaymentTimingDecision,
  FirstPaymentTimingOutcome,
  HandlePtoConcernDecision,
  HandlePtoConcernOutcome,
  PartnerTicketDecision,
  PartnerTicketOutcome,
  PtoHomeownerReplyDecision,
  PtoHomeownerReplyOutcome,
  PtoHomeownerReplyResult,
  PtoInstallerOutreachDecision,
  PtoInstallerOutreachOutcome,
  PtoInstallerOutreachResult,
} from '../../src/pto-delay/index.js';

describe('pto-delay outcome unions', () => {
  it('pins every outcome union', () => {
    expectTypeOf<FirstPaymentTimingOutcome>().toEqualTypeOf<'within-grace' | 'grace-ended'>();
    expectTypeOf<PtoHomeownerReplyOutcome>().toEqualTypeOf<'littleton-top-electric' | 'things-you-can-do' | 'standard'>();
    expectTypeOf<PtoInstallerOutreachOutcome>().toEqualTypeOf<'linked-ticket' | 'do-not-contact'>();
    expectTypeOf<PartnerTicketOutcome>().toEqualTypeOf<'omnidian' | 'account-servicing' | 'not-a-partner-ticket'>();
    expectTypeOf<HandlePtoConcernOutcome>().toEqualTypeOf<'within-grace' | 'grace-ended'>();
  });

  it('pins the decision types', () => {
    expectTypeOf<PtoHomeownerReplyDecision['procedure']>().toEqualTypeOf<'pto-delay/homeowner-reply'>();
    expectTypeOf<PtoHomeownerReplyDecision['outcome']>().toEqualTypeOf<PtoHomeownerReplyOutcome>();
    expectTypeOf<PtoHomeownerReplyDecision['title']>().toEqualTypeOf<string>();
    expectTypeOf<PtoHomeownerReplyDecision['inLittleton']>().toEqualTypeOf<boolean>();
    expectTypeOf<PtoInstallerOutreachDecision['procedure']>().toEqualTypeOf<'pto-delay/installer-outreach'>();
    expectTypeOf<PtoInstallerOutreachDecision['outcome']>().toEqualTypeOf<PtoInstallerOutreachOutcome>();
    expectTypeOf<PartnerTicketDecision['procedure']>().toEqualTypeOf<'pto-delay/partner-ticket'>();
    expectTypeOf<PartnerTicketDecision['title']>().toEqualTypeOf<string | null>();
    expectTypeOf<HandlePtoConcernDecision['procedure']>().toEqualTypeOf<'pto-delay/handle-concern'>();
    expectTypeOf<HandlePtoConcernDecision['homeownerReply']>().toEqualTypeOf<PtoHomeownerReplyResult>();
    expectTypeOf<HandlePtoConcernDecision['installerOutreach']>().toEqualTypeOf<PtoInstallerOutreachResult>();
    expectTypeOf<HandlePtoConcernDecision['daysSinceInstall']>().toEqualTypeOf<number>();
    expectTypeOf<FirstPaymentTimingDecision['firstPaymentDueOn']>().toEqualTypeOf<string>();
  });

  it('narrows the installer outreach on its outcome', () => {
    const d = {} as PtoInstallerOutreachDecision;
    if (d.outcome === 'linked-ticket') {
      expectTypeOf(d.reporter).toEqualTypeOf<string>();
      expectTypeOf(d.reporterSource).toEqualTypeOf<'shared-reporter' | 'contractor-email'>();
    } else {
      expectTypeOf(d.reporter).toEqualTypeOf<null>();
      expectTypeOf(d.doNotContactReason).toEqualTypeOf<string>();
    }
    const r = {} as PtoInstallerOutreachResult;
    if (r.outcome === 'do-not-contact') expectTypeOf(r.title).toEqualTypeOf<null>();
  });

  it('fails to compile a match that leaves an outcome out', () => {
    const reply = 'standard' as PtoHomeownerReplyOutcome;
    match(reply)
      .with('littleton-top-electric', () => 1)
      .with('things-you-can-do', () => 2)
      .with('standard', () => 3)
      .exhaustive();
    match(reply)
      .with('littleton-top-electric', () => 1)
      .with('things-you-can-do', () => 2)
      // @ts-expect-error 'standard' is not handled
      .exhaustive();

    const outreach = 'linked-ticket' as PtoInstallerOutreachOutcome;
    match(outreach)
      .with('linked-ticket', () => 1)
      // @ts-expect-error 'do-not-contact' is not handled
      .exhaustive();

    const partner = 'omnidian' as PartnerTicketOutcome;
    match(partner)
      .with('omnidian', 'account-servicing', () => 1)
      // @ts-expect-error 'not-a-partner-ticket' is not handled
      .exhaustive();

    const concern = 'within-grace' as HandlePtoConcernOutcome;
    match(concern)
      .with('within-grace', () => 1)
      // @ts-expect-error 'grace-ended' is not handled
      .exhaustive();

    const timing = 'grace-ended' as FirstPaymentTimingOutcome;
    match(timing)
      .with('within-grace', () => 1)
      // @ts-expect-error 'grace-ended' is not handled
      .exhaustive();
  });

  it('fails to compile a switch that leaves an outcome out', () => {
    const label = (o: PartnerTicketOutcome): string => {
      switch (o) {
        case 'omnidian':
          return 'O';
        case 'account-servicing':
          return 'A';
        default: {
          // @ts-expect-error 'not-a-partner-ticket' reaches the never check
          const unreachable: never = o;
          return unreachable;
        }
      }
    };
    expectTypeOf(label).returns.toEqualTypeOf<string>();
  });
});
