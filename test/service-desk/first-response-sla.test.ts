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

describe('firstResponseSla with business hours (SOPS.md item 18)', () => {
  const WEEKDAYS = { monday: [['08:00', '17:00']], tuesday: [['08:00', '17:00']], wednesday: [['08:00', '17:00']], thursday: [['08:00', '17:00']], friday: [['08:00', '17:00']] };
  const desk = (weekly: unknown = WEEKDAYS, extra: Record<string, unknown> = {}) =>
    definePolicy({ name: 'desk', version: '1', serviceDesk: { businessHours: { timeZone: 'America/Denver', weekly }, ...extra } } as never);
  const policy = desk();
  const utc = (local: string) => new Date(local).toISOString();
  const sla = (createdAt: string, now: string, p = policy, firstRespondedAt?: string) =>
    decide(firstRespondedAt === undefined ? { createdAt, now } : { createdAt, now, firstRespondedAt }, { policy: p });

  it('refuses, at createdAt, a ticket in a year the business-hours calendar does not know', () => {
    expect(() => sla('2300-01-05T10:00:00-07:00', '2300-01-05T10:30:00-07:00')).toThrow(
      expect.objectContaining({ name: 'SopInputError', issues: [expect.objectContaining({ path: ['createdAt'], code: 'out_of_range' })] }),
    );
  });

  it('is due Monday 9:30 for a ticket created Friday 16:30 Mountain (the worked example)', () => {
    const d = sla('2026-11-20T16:30:00-07:00', '2026-11-21T10:00:00-07:00');
    expect(d.dueAt).toBe(utc('2026-11-23T09:30:00-07:00'));
    expect(d.atRiskAt).toBe(utc('2026-11-23T09:00:00-07:00'));
    expect(d.outcome).toBe('on-track');
    expect(d.minutesRemaining).toBe(90);
    expect(d.trace.map((t) => t.rule)).toEqual(['service-desk/first-response-sla', 'service-desk/business-hours', 'service-desk/sla-monitoring']);
    expect(d.trace[0]?.detail).toContain('120 working minutes');
    expect(d.trace[1]?.detail).toBe(
      'Only working time counts (SOPS.md items 4 and 18), by the business hours America/Denver: monday 08:00–17:00; tuesday 08:00–17:00; wednesday 08:00–17:00; thursday 08:00–17:00; friday 08:00–17:00; closed on US federal holidays (observed dates); the clock started 2026-11-20T23:30:00.000Z.',
    );
  });

  it.each([
    ['at closing minus 1 minute', '2026-11-23T16:59:00-07:00', '2026-11-24T09:59:00-07:00', '2026-11-23T16:59:00-07:00'],
    ['at closing', '2026-11-23T17:00:00-07:00', '2026-11-24T10:00:00-07:00', '2026-11-24T08:00:00-07:00'],
    ['at opening', '2026-11-23T08:00:00-07:00', '2026-11-23T10:00:00-07:00', '2026-11-23T08:00:00-07:00'],
    ['on a Saturday (across a weekend)', '2026-11-21T11:00:00-07:00', '2026-11-23T10:00:00-07:00', '2026-11-23T08:00:00-07:00'],
    ['the day before Thanksgiving Day (a federal holiday)', '2026-11-25T16:00:00-07:00', '2026-11-27T09:00:00-07:00', '2026-11-25T16:00:00-07:00'],
    ['the Friday before the clocks go forward', '2027-03-12T16:30:00-07:00', '2027-03-15T09:30:00-06:00', '2027-03-12T16:30:00-07:00'],
  ])('created %s: due at the working-time instant', (_label, createdAt, due, clockStart) => {
    const d = sla(createdAt, createdAt);
    expect(d.dueAt).toBe(utc(due));
    expect(d.trace[1]?.detail).toContain(`the clock started ${utc(clockStart)}.`);
  });

  it('counts only Wednesdays on a calendar whose only working day is Wednesday', () => {
    const d = sla('2026-11-26T09:00:00-07:00', '2026-12-01T09:00:00-07:00', desk({ wednesday: [['08:00', '17:00']] }));
    expect(d.dueAt).toBe(utc('2026-12-02T10:00:00-07:00'));
    expect(d.outcome).toBe('on-track');
    expect(d.minutesRemaining).toBe(120);
  });

  it('moves the due time past a closure that swallows it', () => {
    const p = desk(undefined);
    const closed = definePolicy({ name: 'desk', version: '2', calendar: { closures: ['2026-11-24'] }, serviceDesk: { businessHours: p.serviceDesk.businessHours as never } });
    const d = sla('2026-11-23T16:00:00-07:00', '2026-11-24T12:00:00-07:00', closed);
    expect(d.dueAt).toBe(utc('2026-11-25T09:00:00-07:00'));
    expect(d.outcome).toBe('on-track');
    expect(d.minutesRemaining).toBe(60);
    expect(d.trace[1]?.detail).toContain('and 1 closure;');
  });

  it.each([
    ['at 9:00 Monday (30 working minutes left)', '2026-11-23T09:00:00-07:00', 'at-risk', 30],
    ['at 8:59 Monday', '2026-11-23T08:59:00-07:00', 'on-track', 31],
    ['on Sunday', '2026-11-22T12:00:00-07:00', 'on-track', 90],
    ['at 9:30 Monday (the due instant)', '2026-11-23T09:30:00-07:00', 'at-risk', 0],
    ['at 9:30:00.001 Monday', '2026-11-23T09:30:00.001-07:00', 'breached', -1],
    ['at 9:00 Tuesday', '2026-11-24T09:00:00-07:00', 'breached', -(7 * 60 + 30 + 60)],
  ])('counts working minutes for at-risk and breach: %s', (_label, now, outcome, minutes) => {
    const d = sla('2026-11-20T16:30:00-07:00', now);
    expect(d.outcome).toBe(outcome);
    expect(d.minutesRemaining).toBe(minutes);
  });

  it('measures a response in working minutes', () => {
    const met = sla('2026-11-20T16:30:00-07:00', '2026-11-24T12:00:00-07:00', policy, '2026-11-23T09:30:00-07:00');
    expect([met.outcome, met.minutesRemaining]).toEqual(['met', 0]);
    const missed = sla('2026-11-20T16:30:00-07:00', '2026-11-24T12:00:00-07:00', policy, '2026-11-23T10:00:00-07:00');
    expect([missed.outcome, missed.minutesRemaining]).toEqual(['missed', -30]);
  });

  it('is at risk from creation when the at-risk time is the whole first-response time', () => {
    const p = desk(undefined, { firstResponseMinutes: 30, atRiskMinutes: 30 });
    const d = sla('2026-11-21T12:00:00-07:00', '2026-11-21T12:00:00-07:00', p);
    expect(d.atRiskAt).toBe(utc('2026-11-21T12:00:00-07:00'));
    expect(d.dueAt).toBe(utc('2026-11-23T08:30:00-07:00'));
    expect(d.outcome).toBe('at-risk');
  });
});
