import { workingTime } from '../../src/service-desk/internal.js';
import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { queueCheck } from '../../src/service-desk/queue-check.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';
import { at, crossProduct, MINUTE } from './fixtures.js';

const OUTCOMES = ['not-needed', 'due', 'not-due'];
const NOW = '2026-11-23T10:00:00Z';
const decide = (facts: Parameters<typeof queueCheck>[0], options?: Parameters<typeof queueCheck>[1]) =>
  expectDecision(queueCheck(facts, options), 'service-desk/queue-check', OUTCOMES);

describe('queueCheck', () => {
  describe('decision table: monitor assigned × time since the last check', () => {
    const SINCE = { never: undefined, '0 min': 0, '19:59.999': 20 * MINUTE - 1, '20 min': 20 * MINUTE, '45 min': 45 * MINUTE } as const;
    const rows = crossProduct({ monitorAssigned: [true, false], since: Object.keys(SINCE) as (keyof typeof SINCE)[] });
    it.each(rows)('monitor assigned $monitorAssigned, last check $since ago', ({ monitorAssigned, since }) => {
      const ago = SINCE[since];
      const d = decide({ now: NOW, monitorAssigned, ...(ago === undefined ? {} : { lastCheckedAt: at(NOW, -ago) }) });
      const expected = monitorAssigned ? 'not-needed' : ago === undefined || ago >= 20 * MINUTE ? 'due' : 'not-due';
      expect(d.outcome).toBe(expected);
      expect(d.actions.map((a) => a.kind)).toEqual([{ 'not-needed': 'stop', due: 'check', 'not-due': 'wait' }[expected]]);
      expect(d.nextCheckAt).toBe(monitorAssigned ? null : ago === undefined ? '2026-11-23T10:00:00.000Z' : at(NOW, 20 * MINUTE - ago));
      expect(d.trace.map((t) => t.rule)).toEqual(
        monitorAssigned ? ['service-desk/queue-monitor'] : ['service-desk/queue-monitor', 'service-desk/unassigned-queue-check'],
      );
    });
  });

  it('waits until 20 minutes after the last check', () => {
    const d = decide({ now: '2026-11-23T10:19:00Z', lastCheckedAt: NOW, monitorAssigned: false });
    expect(d.actions).toEqual([
      { kind: 'wait', until: '2026-11-23T10:20:00.000Z', summary: 'Check the Unassigned Queue again at 2026-11-23T10:20:00.000Z.' },
    ]);
    expect(d.trace[1]?.detail).toBe(
      'Every 20 minutes; last checked 2026-11-23T10:00:00.000Z, 19 minutes ago: next check at 2026-11-23T10:20:00.000Z.',
    );
  });

  it('says when the queue was never checked', () => {
    expect(decide({ now: NOW, monitorAssigned: false }).trace[1]?.detail).toBe('Every 20 minutes; not checked yet: a check is due.');
  });

  it('asks to check the Unassigned Queue now when a check is due', () => {
    expect(decide({ now: NOW, lastCheckedAt: at(NOW, -20 * MINUTE), monitorAssigned: false }).actions).toEqual([
      { kind: 'check', what: 'Unassigned Queue', summary: 'Check the Unassigned Queue now and assign tickets as appropriate.' },
    ]);
  });

  it('uses the interval of the policy', () => {
    const policy = definePolicy({ name: 'hourly', version: '1', serviceDesk: { queueCheckIntervalMinutes: 60 } });
    const d = decide({ now: NOW, lastCheckedAt: at(NOW, -45 * MINUTE), monitorAssigned: false }, { policy });
    expect(d.outcome).toBe('not-due');
    expect(d.intervalMinutes).toBe(60);
    expect(decide({ now: NOW, lastCheckedAt: at(NOW, -60 * MINUTE), monitorAssigned: false }, { policy }).outcome).toBe('due');
  });

  it('rejects a last check after now', () => {
    const error = inputError(() => queueCheck({ now: NOW, lastCheckedAt: at(NOW, 1), monitorAssigned: false }));
    expect(issuePaths(error)).toEqual(['lastCheckedAt']);
    expect(error.issues[0]?.code).toBe('after_now');
  });

  it('rejects each bad field, naming its path', () => {
    const error = inputError(() => queueCheck({ now: 'now', lastCheckedAt: '2026-11-23T10:00', monitorAssigned: 'no' as never }));
    expect(issuePaths(error)).toEqual(['now', 'lastCheckedAt', 'monitorAssigned']);
    expect(issuePaths(inputError(() => queueCheck({ now: NOW } as never)))).toEqual(['monitorAssigned']);
  });
});

describe('queueCheck with business hours (SOPS.md item 18)', () => {
  const policy = definePolicy({
    name: 'desk',
    version: '1',
    serviceDesk: { businessHours: { timeZone: 'America/Denver', weekly: { monday: [['08:00', '17:00']], tuesday: [['08:00', '17:00']] } } },
  });
  it.each([
    ['at 7:59 Monday', '2026-11-23T07:59:00-07:00', 'not-needed', '2026-11-23T15:00:00.000Z'],
    ['at opening', '2026-11-23T08:00:00-07:00', 'due', '2026-11-23T15:00:00.000Z'],
    ['at 16:59', '2026-11-23T16:59:00-07:00', 'due', '2026-11-23T23:59:00.000Z'],
    ['at closing', '2026-11-23T17:00:00-07:00', 'not-needed', '2026-11-24T15:00:00.000Z'],
    ['on Wednesday (a closed weekday)', '2026-11-25T12:00:00-07:00', 'not-needed', '2026-11-30T15:00:00.000Z'],
  ])('never checked, %s: %s', (_label, now, outcome, next) => {
    const d = decide({ now, monitorAssigned: false }, { policy });
    expect(d.outcome).toBe(outcome);
    expect(d.nextCheckAt).toBe(next);
  });
  it('refuses, at now, a moment in a year the business-hours calendar does not know', () => {
    expect(() => decide({ now: '2300-01-05T10:00:00-07:00', monitorAssigned: false }, { policy })).toThrow(
      expect.objectContaining({ name: 'SopInputError', issues: [expect.objectContaining({ path: ['now'], code: 'out_of_range' })] }),
    );
  });
  it('passes on an error of its own from the calendar (a defect), unchanged', () => {
    const boom = new TypeError('boom');
    expect(() => workingTime('x', ['now'], () => { throw boom; })).toThrow(boom);
  });

  it('says the desk is closed, cites the calendar and waits for the opening', () => {
    const d = decide({ now: '2026-11-23T18:00:00-07:00', lastCheckedAt: '2026-11-23T16:50:00-07:00', monitorAssigned: false }, { policy });
    expect(d.trace.map((t) => t.rule)).toEqual(['service-desk/queue-monitor', 'service-desk/business-hours']);
    expect(d.trace[1]?.detail).toBe(
      'The desk is closed at 2026-11-24T01:00:00.000Z by the business hours America/Denver: monday 08:00–17:00; tuesday 08:00–17:00; closed on US federal holidays (observed dates) (SOPS.md item 18): no check is needed until it opens at 2026-11-24T15:00:00.000Z.',
    );
    expect(d.actions).toEqual([
      { kind: 'wait', until: '2026-11-24T15:00:00.000Z', summary: 'The desk is closed; check the Unassigned Queue when it opens at 2026-11-24T15:00:00.000Z.' },
    ]);
  });
  it('keeps the interval while the desk is open, and the monitor rule first', () => {
    expect(decide({ now: '2026-11-23T10:10:00-07:00', lastCheckedAt: '2026-11-23T10:00:00-07:00', monitorAssigned: false }, { policy }).outcome).toBe('not-due');
    expect(decide({ now: '2026-11-23T18:00:00-07:00', monitorAssigned: true }, { policy }).nextCheckAt).toBeNull();
  });
});

standardCases('queueCheck', queueCheck as never, () => ({ now: NOW, lastCheckedAt: '2026-11-23T09:50:00Z', monitorAssigned: false }));
