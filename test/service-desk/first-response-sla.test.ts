import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { firstResponseSla } from '../../src/service-desk/first-response-sla.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';
import { at, crossProduct, HOUR, MINUTE, SECOND } from './fixtures.js';

const OUTCOMES = ['met', 'missed', 'on-track', 'at-risk', 'breached'];
const CREATED = '2026-11-23T09:00:00-08:00';
const decide = (facts: Parameters<typeof firstResponseSla>[0], options?: Parameters<typeof firstResponseSla>[1]) =>
  expectDecision(firstResponseSla(facts, options), 'service-desk/first-response-sla', OUTCOMES);
const after = (ms: number) => at(CREATED, ms);

describe('firstResponseSla', () => {
  describe('the exact boundaries of the 2-hour SLA without a response', () => {
    it.each([
      ['0:00:00', 0, 'on-track', 120],
      ['1:29:59', HOUR + 29 * MINUTE + 59 * SECOND, 'on-track', 31],
      ['1:29:59.999', HOUR + 30 * MINUTE - 1, 'on-track', 31],
      ['1:30:00 (30 minutes left)', HOUR + 30 * MINUTE, 'at-risk', 30],
      ['1:59:59', 2 * HOUR - SECOND, 'at-risk', 1],
      ['2:00:00 (the due instant itself)', 2 * HOUR, 'at-risk', 0],
      ['2:00:00.001', 2 * HOUR + 1, 'breached', -1],
      ['2:00:01', 2 * HOUR + SECOND, 'breached', -1],
      ['3:00:00', 3 * HOUR, 'breached', -60],
    ])('is %s after creation: %s with %i minutes remaining', (_label, ms, outcome, minutes) => {
      const d = decide({ createdAt: CREATED, now: after(ms) });
      expect(d.outcome).toBe(outcome);
      expect(d.minutesRemaining).toBe(minutes);
      expect(d.dueAt).toBe('2026-11-23T19:00:00.000Z');
      expect(d.atRiskAt).toBe('2026-11-23T18:30:00.000Z');
      expect(d.firstResponseMinutes).toBe(120);
    });
  });

  describe('the exact boundaries with a response', () => {
    it.each([
      ['at creation', 0, 'met', 120],
      ['at 1:59:59', 2 * HOUR - SECOND, 'met', 1],
      ['at 2:00:00', 2 * HOUR, 'met', 0],
      ['at 2:00:00.001', 2 * HOUR + 1, 'missed', -1],
      ['at 2:00:01', 2 * HOUR + SECOND, 'missed', -1],
    ])('is %s: %s, the minutes measured at the response', (_label, ms, outcome, minutes) => {
      const d = decide({ createdAt: CREATED, now: after(5 * HOUR), firstRespondedAt: after(ms) });
      expect(d.outcome).toBe(outcome);
      expect(d.minutesRemaining).toBe(minutes);
    });
  });

  describe('decision table: response (none, in time, late) × moment (on track, at risk, due, breached)', () => {
    const RESPONSES = { none: undefined, 'in-time': 90 * MINUTE, late: 2 * HOUR + MINUTE } as const;
    const MOMENTS = { early: 2 * HOUR + 2 * MINUTE, late: 6 * HOUR } as const;
    const NOW_UNANSWERED = { 'on-track': 30 * MINUTE, 'at-risk': 100 * MINUTE, due: 2 * HOUR, breached: 2 * HOUR + 5 * MINUTE } as const;
    const rows = crossProduct({
      response: Object.keys(RESPONSES) as (keyof typeof RESPONSES)[],
      moment: [...(Object.keys(MOMENTS) as (keyof typeof MOMENTS)[]), ...(Object.keys(NOW_UNANSWERED) as (keyof typeof NOW_UNANSWERED)[])],
    });
    it.each(rows)('response $response, now $moment', ({ response, moment }) => {
      const respondedMs = RESPONSES[response];
      const nowMs = moment in MOMENTS ? MOMENTS[moment as keyof typeof MOMENTS] : NOW_UNANSWERED[moment as keyof typeof NOW_UNANSWERED];
      if (respondedMs !== undefined && respondedMs > nowMs) {
        // A response after now cannot have happened yet.
        expect(issuePaths(inputError(() => firstResponseSla({ createdAt: CREATED, now: after(nowMs), firstRespondedAt: after(respondedMs) })))).toEqual([
          'firstRespondedAt',
        ]);
        return;
      }
      const d = decide({
        createdAt: CREATED,
        now: after(nowMs),
        ...(respondedMs === undefined ? {} : { firstRespondedAt: after(respondedMs) }),
      });
      const expected =
        respondedMs !== undefined
          ? respondedMs <= 2 * HOUR
            ? 'met'
            : 'missed'
          : nowMs > 2 * HOUR
            ? 'breached'
            : nowMs >= 90 * MINUTE
              ? 'at-risk'
              : 'on-track';
      expect(d.outcome).toBe(expected);
      const action = d.actions[0];
      expect(action?.kind).toBe({ met: 'stop', missed: 'stop', 'on-track': 'wait', 'at-risk': 'reply', breached: 'reply' }[expected]);
      expect(d.trace.map((t) => t.rule)).toEqual(['service-desk/first-response-sla', 'service-desk/sla-monitoring']);
    });
  });

  it('waits until the at-risk instant while on track', () => {
    const d = decide({ createdAt: CREATED, now: after(10 * MINUTE) });
    expect(d.actions).toEqual([
      {
        kind: 'wait',
        until: '2026-11-23T18:30:00.000Z',
        summary: 'Send the first response by 2026-11-23T19:00:00.000Z; it becomes at risk at 2026-11-23T18:30:00.000Z.',
      },
    ]);
  });

  it('says how many minutes are left when at risk, and how late when breached', () => {
    expect(decide({ createdAt: CREATED, now: after(2 * HOUR - 15 * MINUTE) }).actions[0]?.summary).toBe(
      'Send the first response now: 15 minutes left before the SLA ends at 2026-11-23T19:00:00.000Z.',
    );
    expect(decide({ createdAt: CREATED, now: after(2 * HOUR + MINUTE) }).actions[0]?.summary).toBe(
      'Send the first response now: it was due at 2026-11-23T19:00:00.000Z (1 minute overdue).',
    );
    expect(decide({ createdAt: CREATED, now: after(2 * HOUR + 90 * SECOND) }).trace[1]?.detail).toContain('2 minutes overdue');
  });

  it('names the at-risk window in minutes in the trace, on track and at risk', () => {
    expect(decide({ createdAt: CREATED, now: after(HOUR) }).trace[1]?.detail).toBe(
      'No first response yet; 60 minutes left at 2026-11-23T18:00:00.000Z, more than 30 minutes: on track.',
    );
    expect(decide({ createdAt: CREATED, now: after(2 * HOUR - 15 * MINUTE) }).trace[1]?.detail).toBe(
      'No first response yet; 15 minutes left at 2026-11-23T18:45:00.000Z, 30 minutes or fewer: at risk.',
    );
  });

  it('asks for the first response now, to the customer, when at risk or breached', () => {
    expect(decide({ createdAt: CREATED, now: after(2 * HOUR - 15 * MINUTE) }).actions).toEqual([
      { kind: 'reply', to: 'customer', summary: 'Send the first response now: 15 minutes left before the SLA ends at 2026-11-23T19:00:00.000Z.' },
    ]);
    expect(decide({ createdAt: CREATED, now: after(3 * HOUR) }).actions).toEqual([
      { kind: 'reply', to: 'customer', summary: 'Send the first response now: it was due at 2026-11-23T19:00:00.000Z (60 minutes overdue).' },
    ]);
  });

  it('counts 0 minutes as left, not overdue, at the due instant', () => {
    expect(decide({ createdAt: CREATED, now: after(2 * HOUR) }).actions[0]?.summary).toBe(
      'Send the first response now: 0 minutes left before the SLA ends at 2026-11-23T19:00:00.000Z.',
    );
    expect(decide({ createdAt: CREATED, now: after(3 * HOUR), firstRespondedAt: after(2 * HOUR) }).trace[1]?.detail).toBe(
      'First response sent 2026-11-23T19:00:00.000Z with 0 minutes left on the clock: the SLA was met.',
    );
  });

  it('accepts a first response sent at the very moment of now', () => {
    const d = decide({ createdAt: CREATED, now: after(HOUR), firstRespondedAt: after(HOUR) });
    expect(d.outcome).toBe('met');
    expect(d.minutesRemaining).toBe(60);
  });

  it('records the response moment and the result in the trace', () => {
    const d = decide({ createdAt: CREATED, now: after(3 * HOUR), firstRespondedAt: after(2 * HOUR + 10 * MINUTE) });
    expect(d.trace[0]?.detail).toBe(
      'Created 2026-11-23T17:00:00.000Z; the first response is due within 120 minutes, by 2026-11-23T19:00:00.000Z.',
    );
    expect(d.trace[1]?.detail).toBe('First response sent 2026-11-23T19:10:00.000Z with 10 minutes overdue on the clock: the SLA was missed.');
    expect(d.actions[0]?.summary).toMatch(/^The first response was sent after the due time/);
    expect(decide({ createdAt: CREATED, now: after(3 * HOUR), firstRespondedAt: after(HOUR) }).actions[0]?.summary).toMatch(
      /^The first response was sent in time/,
    );
  });

  it('uses the durations of the policy', () => {
    const policy = definePolicy({ name: 'four-hours', version: '1', serviceDesk: { firstResponseMinutes: 240, atRiskMinutes: 60 } });
    expect(decide({ createdAt: CREATED, now: after(2 * HOUR + SECOND) }, { policy }).outcome).toBe('on-track');
    const d = decide({ createdAt: CREATED, now: after(3 * HOUR) }, { policy });
    expect(d.outcome).toBe('at-risk');
    expect(d.dueAt).toBe('2026-11-23T21:00:00.000Z');
    expect(d.firstResponseMinutes).toBe(240);
    expect(decide({ createdAt: CREATED, now: after(3 * HOUR - 1) }, { policy }).outcome).toBe('on-track');
  });

  it('has no at-risk window when the policy sets it to 0 minutes, but the due instant itself is still not breached', () => {
    const policy = definePolicy({ name: 'no-risk', version: '1', serviceDesk: { atRiskMinutes: 0 } });
    expect(decide({ createdAt: CREATED, now: after(2 * HOUR - 1) }, { policy }).outcome).toBe('on-track');
    expect(decide({ createdAt: CREATED, now: after(2 * HOUR) }, { policy }).outcome).toBe('at-risk');
  });

  it('gives the same answer for the same instants written in any offset, and as Date objects', () => {
    const a = decide({ createdAt: '2026-11-23T17:00:00Z', now: '2026-11-23T18:45:00Z' });
    const b = decide({ createdAt: '2026-11-24T06:00:00+13:00', now: new Date('2026-11-23T18:45:00Z') });
    expect(b).toEqual(a);
  });

  it('rejects a creation after now', () => {
    const error = inputError(() => firstResponseSla({ createdAt: '2026-11-23T12:00:00Z', now: '2026-11-23T11:59:59Z' }));
    expect(issuePaths(error)).toEqual(['createdAt']);
    expect(error.message).toMatch(/is after now .* it cannot have happened yet/);
  });

  it('rejects a response after now and a response before creation', () => {
    expect(
      issuePaths(inputError(() => firstResponseSla({ createdAt: CREATED, now: after(HOUR), firstRespondedAt: after(HOUR + 1) }))),
    ).toEqual(['firstRespondedAt']);
    const error = inputError(() => firstResponseSla({ createdAt: CREATED, now: after(HOUR), firstRespondedAt: after(-1) }));
    expect(issuePaths(error)).toEqual(['firstRespondedAt']);
    expect(error.issues[0]?.code).toBe('before_created');
    expect(error.issues[0]?.message).toBe('2026-11-23T16:59:59.999Z is before the ticket was created (2026-11-23T17:00:00.000Z)');
  });

  it('reports both a creation and a response after now at once', () => {
    const error = inputError(() =>
      firstResponseSla({ createdAt: '2026-11-23T12:00:00Z', now: '2026-11-23T10:00:00Z', firstRespondedAt: '2026-11-23T13:00:00Z' }),
    );
    expect(issuePaths(error)).toEqual(['createdAt', 'firstRespondedAt']);
  });

  it('rejects each bad field, naming its path', () => {
    const error = inputError(() =>
      firstResponseSla({ createdAt: '2026-11-23T09:00:00', now: '2026-11-23', firstRespondedAt: 42 as never }),
    );
    expect(issuePaths(error)).toEqual(['createdAt', 'now', 'firstRespondedAt']);
    expect(error.message).toMatch(/has no UTC offset/);
    expect(issuePaths(inputError(() => firstResponseSla({ now: CREATED } as never)))).toEqual(['createdAt']);
  });
});

standardCases('firstResponseSla', firstResponseSla as never, () => ({
  createdAt: CREATED,
  now: '2026-11-23T10:45:00-08:00',
}));
