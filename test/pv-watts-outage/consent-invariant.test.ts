import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConsentRequiredError, InvalidTransitionError } from '../../src/pv-watts-outage/errors.js';
import type { PvWattsEvent, PvWattsState } from '../../src/pv-watts-outage/schema.js';
import { initialPvWattsState, pvWattsOutage, PV_WATTS_OFF, PV_WATTS_SETTING } from '../../src/pv-watts-outage/step.js';
import { deepFreeze, expectDecision } from '../_helpers/contract.js';

const START = Date.parse('2026-11-23T17:00:00Z');
const name = fc.constantFrom('Dana Reyes', 'Lee Park', 'Kim Lo');
const channel = fc.constantFrom('chat' as const, 'email' as const);

/** An event of any type, `minutes` after the start (times never go backwards). */
const eventAt = (minutes: number): fc.Arbitrary<PvWattsEvent> => {
  const at = new Date(START + minutes * 60_000).toISOString();
  return fc.oneof(
    fc.record({ pvWattsEnabled: fc.boolean(), channel, contactName: name }).map((e) => ({
      type: 'issue-reported' as const,
      at,
      ...e,
      agentName: 'Jordan Smith',
    })),
    fc.record({ channel, givenBy: name }).map((e) => ({ type: 'consent-given' as const, at, ...e, agentName: 'Jordan Smith' })),
    fc.constant({ type: 'consent-declined' as const, at }),
    fc.constant({ type: 'switch-requested' as const, at }),
    fc.constant({ type: 'switch-requested' as const, at }),
    fc
      .constantFrom('phases-spinning' as const, 'recalculating-existing-project' as const, 'other' as const)
      .map((symptom) => ({ type: 'still-blocked' as const, at, symptom })),
    fc.constant({ type: 'pv-watts-restored' as const, at, agentName: 'Jordan Smith' }),
  );
};
const sequence = fc.array(fc.nat({ max: 3 }), { maxLength: 25 }).chain((gaps) => {
  let minutes = 0;
  return fc.tuple(...gaps.map((gap) => eventAt((minutes += gap))));
});

type Step =
  | { readonly event: PvWattsEvent; readonly before: PvWattsState; readonly result: ReturnType<typeof pvWattsOutage> }
  | { readonly event: PvWattsEvent; readonly before: PvWattsState; readonly error: unknown };

/** Applies every event in turn; a refused event leaves the state as it was. */
function run(events: readonly PvWattsEvent[]): Step[] {
  let state: PvWattsState = initialPvWattsState({ name: 'Acme Solar' });
  const steps: Step[] = [];
  for (const event of events) {
    const before = deepFreeze(structuredClone(state));
    try {
      const result = pvWattsOutage(before, event);
      steps.push({ event, before, result });
      state = result.state;
    } catch (error) {
      steps.push({ event, before, error });
    }
  }
  return steps;
}

const switchesOff = (step: Step): boolean =>
  'result' in step &&
  step.result.decision.actions.some((a) => a.kind === 'change-setting' && a.setting === PV_WATTS_SETTING && a.value === PV_WATTS_OFF);

describe('consent (SOPS.md item 13), over random event sequences', () => {
  it('only ever refuses an event with ConsentRequiredError or InvalidTransitionError, and every decision keeps the contract', () => {
    fc.assert(
      fc.property(sequence, (events) => {
        for (const step of run(events)) {
          if ('error' in step) {
            expect(step.error instanceof ConsentRequiredError || step.error instanceof InvalidTransitionError, String(step.error)).toBe(true);
          } else {
            expectDecision(step.result.decision, 'pv-watts-outage/step', [step.result.decision.outcome]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never switches an organization off PV Watts unless a named person’s consent-given was accepted for this outage', () => {
    fc.assert(
      fc.property(sequence, (events) => {
        let consentBy: string | null = null;
        for (const step of run(events)) {
          if ('error' in step) continue;
          // A new outage report starts over: consent from an earlier outage does not count.
          if (step.event.type === 'issue-reported') consentBy = null;
          if (step.event.type === 'consent-given') consentBy = step.event.givenBy;
          if (switchesOff(step)) {
            expect(step.event.type).toBe('consent-given');
            expect(consentBy?.trim()).toBeTruthy();
            expect(step.result.state).toMatchObject({ status: 'switched', consent: { givenBy: consentBy } });
          }
        }
      }),
    );
  });

  it('refuses every switch-requested: ConsentRequiredError without recorded consent (and after a decline), never a decision', () => {
    fc.assert(
      fc.property(sequence, (events) => {
        let declinedAfterLastConsent = false;
        for (const step of run(events)) {
          if (step.event.type === 'switch-requested') {
            expect('error' in step).toBe(true);
            const error = (step as { error: unknown }).error;
            if (step.before.status === 'switched') {
              expect(error).toBeInstanceOf(InvalidTransitionError);
            } else {
              expect(error).toBeInstanceOf(ConsentRequiredError);
              expect((error as ConsentRequiredError).declinedAt !== null).toBe(step.before.status === 'impacted-not-switched');
              if (declinedAfterLastConsent) expect(step.before.status).toBe('impacted-not-switched');
            }
            continue;
          }
          if ('error' in step) continue;
          if (step.event.type === 'consent-declined') declinedAfterLastConsent = true;
          if (step.event.type === 'consent-given' || step.event.type === 'issue-reported' || step.event.type === 'pv-watts-restored') {
            declinedAfterLastConsent = false;
          }
        }
      }),
    );
  });

  it('is switched exactly while a consented switch has not been undone by the restoration', () => {
    fc.assert(
      fc.property(sequence, (events) => {
        let switched = false;
        for (const step of run(events)) {
          if ('error' in step) continue;
          if (switchesOff(step)) switched = true;
          if (step.result.decision.outcome === 'switch-back-and-notify') {
            expect(switched).toBe(true);
            switched = false;
          }
          expect(step.result.state.status === 'switched').toBe(switched);
        }
      }),
    );
  });

  it('gives the same answer for a state that went through JSON', () => {
    fc.assert(
      fc.property(sequence, (events) => {
        for (const step of run(events)) {
          const again = (() => {
            try {
              return pvWattsOutage(JSON.parse(JSON.stringify(step.before)) as PvWattsState, step.event);
            } catch (error) {
              return { error };
            }
          })();
          if ('error' in step) expect((again as { error: unknown }).error).toEqual(step.error);
          else expect(again).toEqual(step.result);
        }
      }),
      { numRuns: 50 },
    );
  });
});
