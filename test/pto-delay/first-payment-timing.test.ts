import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { firstPaymentTiming } from '../../src/pto-delay/first-payment-timing.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';

const OUTCOMES = ['within-grace', 'grace-ended'];
const decide = (m2ApprovedOn: string, now: string, options?: Parameters<typeof firstPaymentTiming>[1]) =>
  expectDecision(firstPaymentTiming({ m2ApprovedOn, installer: 'Top Electric', now }, options), 'pto-delay/first-payment-timing', OUTCOMES);

describe('firstPaymentTiming', () => {
  it('is within grace on day 59, with the first payment due on day 60', () => {
    const d = decide('2026-09-25', '2026-11-23T12:00:00-08:00');
    expect(d.outcome).toBe('within-grace');
    expect(d.daysSinceInstall).toBe(59);
    expect(d.firstPaymentDueOn).toBe('2026-11-24');
    expect(d.messages[0]?.text).toBe(
      'I see your system was fully installed in September 2026. Your first payment will not be due until 60 days after September 2026 (on November 24, 2026).',
    );
    expect(d.trace.map((t) => t.rule)).toEqual([
      'pto-delay/installation-date',
      'pto-delay/grace-period',
      'pto-delay/within-grace-reply',
    ]);
  });

  it('has ended the grace period on day 60, and says billing cannot be halted', () => {
    const d = decide('2026-09-24', '2026-11-23T12:00:00-08:00');
    expect(d.outcome).toBe('grace-ended');
    expect(d.daysSinceInstall).toBe(60);
    expect(d.actions[0]?.summary).toMatch(/cannot halt the billing process/);
    expect(d.messages[0]?.text).toContain('Your installer, Top Electric, is responsible');
  });

  it('explains the day count and the grace period in the trace, and promises to contact the installer (within grace)', () => {
    const d = decide('2026-09-25', '2026-11-23T12:00:00-08:00');
    expect(d.trace.map((t) => t.detail)).toEqual([
      'M2 approved on 2026-09-25: that is the installation date.',
      '59 calendar days since installation (today is 2026-11-23 in America/Los_Angeles); fewer than 60: within the grace period, first payment due 2026-11-24.',
      'Tell the homeowner no payment is due until the grace period ends, and that we will contact the installer.',
    ]);
    expect(d.actions).toEqual([
      {
        kind: 'reply',
        to: 'homeowner',
        templateId: 'pto-delay/within-grace-response',
        summary: 'Tell the homeowner they will not be billed until the grace period after their installation date ends.',
      },
      {
        kind: 'reply',
        to: 'homeowner',
        summary: 'Tell the homeowner we will reach out to their installer to ask for an update on the status of their PTO letter.',
      },
    ]);
  });

  it('explains the day count and the ended grace period in the trace, and promises to contact the installer (grace ended)', () => {
    const d = decide('2026-09-24', '2026-11-23T12:00:00-08:00');
    expect(d.trace.map((t) => t.detail)).toEqual([
      'M2 approved on 2026-09-24: that is the installation date.',
      '60 calendar days since installation (today is 2026-11-23 in America/Los_Angeles); 60 or more: the grace period ended on 2026-11-23 and billing cannot be halted.',
      'Tell the homeowner billing cannot be halted, and that we will contact the installer to expedite PTO.',
    ]);
    expect(d.actions).toEqual([
      { kind: 'reply', to: 'homeowner', summary: 'Tell the homeowner that unfortunately we cannot halt the billing process.' },
      {
        kind: 'reply',
        to: 'homeowner',
        templateId: 'pto-delay/grace-ended-response',
        summary: 'Tell the homeowner we will reach out to their installer on their behalf to see if the process can be expedited.',
      },
    ]);
  });

  it('has ended the grace period on day 61', () => {
    expect(decide('2026-09-23', '2026-11-23T12:00:00-08:00').outcome).toBe('grace-ended');
  });

  it('is within grace on the installation day itself (day 0)', () => {
    expect(decide('2026-11-23', '2026-11-23T12:00:00-08:00').daysSinceInstall).toBe(0);
  });

  it('says "1 calendar day" the day after installation', () => {
    const d = decide('2026-11-22', '2026-11-23T12:00:00-08:00');
    expect(d.daysSinceInstall).toBe(1);
    expect(d.trace[1]?.detail).toMatch(/^1 calendar day since installation/);
  });

  it('counts 29 February in a leap year', () => {
    const d = decide('2028-01-01', '2028-03-01T12:00:00Z', { timeZone: 'UTC' });
    expect(d.daysSinceInstall).toBe(60);
    expect(d.firstPaymentDueOn).toBe('2028-03-01');
    expect(d.outcome).toBe('grace-ended');
  });

  it('reads "today" in the policy time zone, not UTC: late evening in Los Angeles is still the day before', () => {
    // 2026-11-24T05:30Z is 21:30 on 23 November in Los Angeles: day 59, not day 60.
    expect(decide('2026-09-25', '2026-11-24T05:30:00Z').outcome).toBe('within-grace');
    expect(decide('2026-09-25', '2026-11-24T05:30:00Z', { timeZone: 'UTC' }).outcome).toBe('grace-ended');
  });

  it('uses the grace period of the policy', () => {
    const policy = definePolicy({ name: 'longer-grace', version: '1', ptoDelay: { gracePeriodDays: 90 } });
    const d = decide('2026-09-24', '2026-11-23T12:00:00-08:00', { policy });
    expect(d.outcome).toBe('within-grace');
    expect(d.firstPaymentDueOn).toBe('2026-12-23');
    expect(d.messages[0]?.text).toContain('90 days after');
  });

  it('makes no promise to reach out to Blue Hammer or Stronger, whom we no longer contact (SOPS.md item 9)', () => {
    const ended = expectDecision(
      firstPaymentTiming({ m2ApprovedOn: '2026-09-24', installer: 'Blue Hammer LLC', now: '2026-11-23T12:00:00-08:00' }),
      'pto-delay/first-payment-timing',
      OUTCOMES,
    );
    expect(ended.outcome).toBe('grace-ended');
    expect(ended.messages).toEqual([]);
    expect(ended.actions.map((a) => a.summary)).toEqual(['Tell the homeowner that unfortunately we cannot halt the billing process.']);
    expect(ended.trace.at(-1)?.detail).toBe(
      'Tell the homeowner billing cannot be halted. We no longer communicate with Blue Hammer, so do not promise to reach out to the installer.',
    );
    const within = expectDecision(
      firstPaymentTiming({ m2ApprovedOn: '2026-09-25', installer: 'stronger', now: '2026-11-23T12:00:00-08:00' }),
      'pto-delay/first-payment-timing',
      OUTCOMES,
    );
    expect(within.outcome).toBe('within-grace');
    expect(within.messages.map((m) => m.templateId)).toEqual(['pto-delay/within-grace-response']);
    expect(within.actions.some((a) => /reach out to their installer/.test(a.summary))).toBe(false);
    expect(within.trace.at(-1)?.detail).toMatch(/We no longer communicate with Stronger/);
  });

  it('rejects an M2 approval date after today', () => {
    const error = inputError(() => decide('2026-11-24', '2026-11-23T12:00:00-08:00'));
    expect(issuePaths(error)).toEqual(['m2ApprovedOn']);
    expect(error.message).toMatch(/after today \(2026-11-23 in America\/Los_Angeles\)/);
    expect(error.issues[0]).toMatchObject({
      code: 'after_now',
      message: '2026-11-24 is after today (2026-11-23 in America/Los_Angeles); an M2 approval date cannot be in the future',
    });
  });

  it('rejects each bad field, naming its path', () => {
    const error = inputError(() =>
      firstPaymentTiming({ m2ApprovedOn: '2026-02-30', installer: ' ', now: '2026-11-23T12:00:00' }),
    );
    expect(issuePaths(error)).toEqual(['m2ApprovedOn', 'installer', 'now']);
    expect(error.message).toMatch(/has no UTC offset/);
  });
});

standardCases('firstPaymentTiming', firstPaymentTiming as never, () => ({
  m2ApprovedOn: '2026-09-25',
  installer: 'Top Electric',
  now: '2026-11-23T12:00:00-08:00',
}));
