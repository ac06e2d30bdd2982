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

standardCases('queueCheck', queueCheck as never, () => ({ now: NOW, lastCheckedAt: '2026-11-23T09:50:00Z', monitorAssigned: false }));
