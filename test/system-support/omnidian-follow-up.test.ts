import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { omnidianFollowUp, type OmnidianFollowUpDecision } from '../../src/system-support/omnidian-follow-up.js';
import type { OmnidianFollowUpFacts } from '../../src/system-support/schema.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';

const PROCEDURE = 'system-support/omnidian-follow-up';
const OUTCOMES = ['no-open-case', 'share-update', 'wait', 'escalate'];
const HOUR = 3_600_000;
const decide = (facts: OmnidianFollowUpFacts, options?: Parameters<typeof omnidianFollowUp>[1]): OmnidianFollowUpDecision =>
  expectDecision(omnidianFollowUp(facts, options), PROCEDURE, OUTCOMES);
const rules = (d: OmnidianFollowUpDecision) => d.trace.map((t) => t.rule.replace('system-support/', ''));
const kinds = (d: OmnidianFollowUpDecision) => d.actions.map((a) => a.kind);

const CREATED = '2026-11-10T09:00:00-08:00';
const UPDATED = '2026-11-21T12:00:00-08:00'; // 2026-11-21T20:00:00Z
const UPDATED_MS = Date.parse(UPDATED);
const at = (ms: number) => new Date(ms).toISOString();
/** No new update; `lastUpdateAt` `null` = never updated. */
const noUpdate = (now: string, lastUpdateAt: string | null = UPDATED): OmnidianFollowUpFacts => ({
  now,
  openCase: { createdAt: CREATED, ...(lastUpdateAt === null ? {} : { lastUpdateAt }), hasNewUpdate: false },
});

describe('omnidianFollowUp', () => {
  describe('the 48-hour boundary (strictly more than 48 hours escalates)', () => {
    it('waits at 47:59:59', () => {
      const d = decide(noUpdate(at(UPDATED_MS + 48 * HOUR - 1000)));
      expect(d.outcome).toBe('wait');
      expect(d.escalationDueAt).toBe('2026-11-23T20:00:00.000Z');
      expect(d.trace[1]?.detail).toMatch(/47:59:59 \(h:mm:ss\) since 2026-11-21T20:00:00.000Z, not more than 48 hours/);
    });

    it('waits at exactly 48:00:00', () => {
      const d = decide(noUpdate(at(UPDATED_MS + 48 * HOUR)));
      expect(d.outcome).toBe('wait');
      expect(d.hoursSinceLastActivity).toBe(48);
      expect(d.escalationDueAt).toBe('2026-11-23T20:00:00.000Z');
      expect(kinds(d)).toEqual(['reply', 'wait', 'disposition-notes', 'stop']);
      expect(d.actions[0]).toEqual({ kind: 'reply', to: 'homeowner', summary: 'Tell the homeowner their case with Omnidian is open and has no new update yet.' });
      expect(d.actions[1]).toMatchObject({ kind: 'wait', until: '2026-11-23T20:00:00.000Z' });
      expect(rules(d)).toEqual(['omnidian-open-case', 'omnidian-no-update', 'disposition-notes']);
    });

    it('escalates at 48:00:00.001', () => {
      const d = decide(noUpdate(at(UPDATED_MS + 48 * HOUR + 1)));
      expect(d.outcome).toBe('escalate');
      expect(d.escalationDueAt).toBe('2026-11-23T20:00:00.000Z');
      expect(d.trace[1]?.detail).toMatch(/48:00:00\.001 \(h:mm:ss\) since .*, more than 48 hours: escalate/);
      expect(kinds(d)).toEqual(['escalate', 'disposition-notes', 'stop']);
      expect(d.actions[0]).toMatchObject({ kind: 'escalate', to: 'Omnidian', via: 'O&M Escalation Process' });
      expect(rules(d)).toEqual(['omnidian-open-case', 'omnidian-no-update', 'omnidian-escalation', 'disposition-notes']);
    });

    it('reads offsets, not the host zone: the same instant written in two zones decides the same', () => {
      const utc = decide(noUpdate('2026-11-23T20:00:00.001Z'));
      const tokyo = decide(noUpdate('2026-11-24T05:00:00.001+09:00'));
      expect(tokyo.outcome).toBe('escalate');
      expect(tokyo).toEqual(utc);
    });
  });

  describe('the later of creation and the latest update', () => {
    it('counts from the creation when the case was never updated', () => {
      const d = decide(noUpdate('2026-11-12T09:00:00-08:00', null));
      expect(d.outcome).toBe('wait');
      expect(d.lastActivityAt).toBe('2026-11-10T17:00:00.000Z');
      expect(d.escalationDueAt).toBe('2026-11-12T17:00:00.000Z');
      expect(d.trace[0]?.detail).toMatch(/never updated/);
    });

    it('counts from the latest update, not the creation', () => {
      const d = decide(noUpdate('2026-11-22T12:00:00-08:00'));
      expect(d.outcome).toBe('wait');
      expect(d.lastActivityAt).toBe('2026-11-21T20:00:00.000Z');
      expect(d.hoursSinceLastActivity).toBe(24);
      expect(d.trace[0]?.detail).toMatch(/last updated 2026-11-21T20:00:00.000Z/);
    });

    it('accepts an update at the very moment of creation', () => {
      expect(decide(noUpdate('2026-11-10T10:00:00-08:00', CREATED)).outcome).toBe('wait');
    });
  });

  describe('every combination of open case × new update × overdue × ever updated', () => {
    const CROSS = [true, false].flatMap((hasCase) =>
      [true, false].flatMap((hasNewUpdate) =>
        [true, false].flatMap((overdue) => [true, false].map((updated) => ({ hasCase, hasNewUpdate, overdue, updated }))),
      ),
    );
    it.each(CROSS)('open case $hasCase, new update $hasNewUpdate, overdue $overdue, updated $updated', (row) => {
      const last = UPDATED_MS;
      const now = at(last + (row.overdue ? 60 : 30) * HOUR);
      const openCase = {
        createdAt: row.updated ? CREATED : at(last),
        ...(row.updated ? { lastUpdateAt: at(last) } : {}),
        hasNewUpdate: row.hasNewUpdate,
      };
      const d = decide(row.hasCase ? { now, openCase } : { now });
      const expected = !row.hasCase ? 'no-open-case' : row.hasNewUpdate ? 'share-update' : row.overdue ? 'escalate' : 'wait';
      expect(d.outcome).toBe(expected);
      expect(kinds(d).slice(-2)).toEqual(['disposition-notes', 'stop']);
      expect(d.lastActivityAt).toBe(row.hasCase ? at(last) : null);
      expect(d.escalationDueAt).toBe(expected === 'wait' || expected === 'escalate' ? at(last + 48 * HOUR) : null);
    });
  });

  it('shares a new update, however old the case', () => {
    const d = decide({ now: '2026-11-30T12:00:00Z', openCase: { createdAt: CREATED, hasNewUpdate: true } });
    expect(d.outcome).toBe('share-update');
    expect(kinds(d)).toEqual(['check', 'reply', 'disposition-notes', 'stop']);
    expect(d.actions[0]).toEqual({ kind: 'check', what: 'open case updates', summary: 'Read the latest update on the open case.' });
    expect(d.actions[1]).toMatchObject({ to: 'homeowner' });
    expect(rules(d)).toEqual(['omnidian-open-case', 'omnidian-new-update', 'disposition-notes']);
    expect(d.escalationDueAt).toBeNull();
  });

  it('without an open case creates a Salesforce O&M case', () => {
    const d = decide({ now: '2026-11-23T12:00:00Z' });
    expect(d.outcome).toBe('no-open-case');
    expect(d.actions[0]).toEqual({
      kind: 'create-ticket',
      project: 'Salesforce O&M case',
      fields: { concern: 'Omnidian unresponsive', assignTo: 'O&M team' },
      summary: expect.stringMatching(/O&M team/),
    });
    expect(rules(d)).toEqual(['omnidian-open-case', 'om-case', 'disposition-notes']);
    expect(d).toMatchObject({ lastActivityAt: null, hoursSinceLastActivity: null, escalationDueAt: null, escalationHours: 48 });
  });

  it('uses the escalation hours and the department of the policy', () => {
    const policy = definePolicy({ name: 'faster', version: '1', systemSupport: { omnidianEscalationHours: 24, serviceDepartment: 'O&M Partners' } });
    const d = decide(noUpdate(at(UPDATED_MS + 24 * HOUR + 1)), { policy });
    expect(d.outcome).toBe('escalate');
    expect(d.escalationHours).toBe(24);
    expect(d.actions[0]).toMatchObject({ to: 'O&M Partners' });
  });

  it('accepts Date objects', () => {
    const d = decide({ now: new Date(UPDATED_MS + 49 * HOUR), openCase: { createdAt: new Date(UPDATED_MS), hasNewUpdate: false } });
    expect(d.outcome).toBe('escalate');
  });

  describe('bad input', () => {
    it('rejects a creation and an update after now', () => {
      const error = inputError(() =>
        omnidianFollowUp({ now: '2026-11-23T12:00:00Z', openCase: { createdAt: '2026-11-23T12:00:01Z', lastUpdateAt: '2026-11-24T00:00:00Z', hasNewUpdate: false } }),
      );
      expect(issuePaths(error)).toEqual(['openCase.createdAt', 'openCase.lastUpdateAt']);
      expect(error.message).toMatch(/cannot be created in the future/);
      expect(error.message).toMatch(/cannot be updated in the future/);
    });

    it('says for each field which moment is in the future, with code after_now', () => {
      const error = inputError(() =>
        omnidianFollowUp({ now: '2026-11-23T12:00:00Z', openCase: { createdAt: '2026-11-23T12:00:01Z', lastUpdateAt: '2026-11-24T00:00:00Z', hasNewUpdate: false } }),
      );
      expect(error.issues.map((i) => [i.code, i.message])).toEqual([
        ['after_now', '2026-11-23T12:00:01.000Z is after now (2026-11-23T12:00:00.000Z); a case cannot be created in the future'],
        ['after_now', '2026-11-24T00:00:00.000Z is after now (2026-11-23T12:00:00.000Z); a case cannot be updated in the future'],
      ]);
    });

    it('rejects an update before the creation', () => {
      const error = inputError(() =>
        omnidianFollowUp({ now: '2026-11-23T12:00:00Z', openCase: { createdAt: '2026-11-20T00:00:00Z', lastUpdateAt: '2026-11-19T00:00:00Z', hasNewUpdate: false } }),
      );
      expect(issuePaths(error)).toEqual(['openCase.lastUpdateAt']);
      expect(error.issues[0]?.code).toBe('before_creation');
      expect(error.issues[0]?.message).toBe('2026-11-19T00:00:00.000Z is before the case was created (2026-11-20T00:00:00.000Z)');
    });

    it('accepts a creation at the very moment of now', () => {
      expect(decide({ now: '2026-11-23T12:00:00Z', openCase: { createdAt: '2026-11-23T12:00:00Z', hasNewUpdate: false } }).outcome).toBe('wait');
    });

    it('rejects each bad field, naming its path', () => {
      const error = inputError(() =>
        omnidianFollowUp({
          now: '2026-11-23T12:00:00',
          openCase: { createdAt: '2026-11-20', lastUpdateAt: 'yesterday', hasNewUpdate: 'no' },
        } as never),
      );
      expect(issuePaths(error)).toEqual(['now', 'openCase.createdAt', 'openCase.lastUpdateAt', 'openCase.hasNewUpdate']);
      expect(error.message).toMatch(/has no UTC offset/);
    });

    it('rejects an unknown field of the open case', () => {
      const error = inputError(() =>
        omnidianFollowUp({ now: '2026-11-23T12:00:00Z', openCase: { createdAt: CREATED, hasNewUpdate: false, caseId: '1' } } as never),
      );
      expect(issuePaths(error)).toEqual(['openCase']);
    });
  });
});

standardCases('omnidianFollowUp', omnidianFollowUp as never, () => ({
  now: '2026-11-23T12:00:00-08:00',
  openCase: { createdAt: CREATED, lastUpdateAt: UPDATED, hasNewUpdate: false },
}));
