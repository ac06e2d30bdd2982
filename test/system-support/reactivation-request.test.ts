import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { reactivationRequest, type ReactivationRequestDecision } from '../../src/system-support/reactivation-request.js';
import { SYSTEM_SUPPORT_CHANNELS, type ReactivationRequestFacts } from '../../src/system-support/schema.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';

const PROCEDURE = 'system-support/reactivation-request';
const OUTCOMES = ['within-window', 'transfer-to-account-servicing', 'already-reactivated'];
const decide = (facts: Partial<ReactivationRequestFacts>, options?: Parameters<typeof reactivationRequest>[1]): ReactivationRequestDecision =>
  expectDecision(
    reactivationRequest({ channel: 'chat', stillDeactivated: true, ...facts } as ReactivationRequestFacts, options),
    PROCEDURE,
    OUTCOMES,
  );
const rules = (d: ReactivationRequestDecision) => d.trace.map((t) => t.rule.replace('system-support/', ''));
const kinds = (d: ReactivationRequestDecision) => d.actions.map((a) => a.kind);
/** Noon in Los Angeles on a calendar day. */
const noonLA = (day: string) => `${day}T12:00:00-08:00`;

describe('reactivationRequest', () => {
  describe('the 10/11 business-day boundary', () => {
    it.each([
      // [case, payment, day 10, day 11]
      ['a weekend only (Tue 8 Sep 2026, after Labor Day)', '2026-09-08', '2026-09-22', '2026-09-23'],
      ['Thanksgiving Day (Thu 26 Nov 2026) and a weekend', '2026-11-20', '2026-12-07', '2026-12-08'],
      ['Christmas Day on a Friday (25 Dec 2026)', '2026-12-11', '2026-12-28', '2026-12-29'],
      ['Christmas and New Year’s Day on Saturdays, observed Fri 24 and Fri 31 Dec 2027', '2027-12-17', '2028-01-04', '2028-01-05'],
    ])('across %s: day 10 is within the window, day 11 transfers', (_name, paid, day10, day11) => {
      const within = decide({ paymentMadeOn: paid, now: noonLA(day10) });
      expect(within.outcome).toBe('within-window');
      expect(within.businessDaysSincePayment).toBe(10);
      expect(within.windowEndsOn).toBe(day10);
      const after = decide({ paymentMadeOn: paid, now: noonLA(day11) });
      expect(after.outcome).toBe('transfer-to-account-servicing');
      expect(after.businessDaysSincePayment).toBe(11);
      expect(after.windowEndsOn).toBe(day10);
    });

    it('stays at day 10 over the weekend after it, and transfers on the Monday (day 11)', () => {
      // Paid Fri 2026-09-11: business days 14..18 (5), 21..25 (10). Sat 26 and Sun 27 are still day 10.
      expect(decide({ paymentMadeOn: '2026-09-11', now: noonLA('2026-09-27') }).businessDaysSincePayment).toBe(10);
      expect(decide({ paymentMadeOn: '2026-09-11', now: noonLA('2026-09-27') }).outcome).toBe('within-window');
      expect(decide({ paymentMadeOn: '2026-09-11', now: noonLA('2026-09-28') }).outcome).toBe('transfer-to-account-servicing');
    });

    it('skips a one-off closure of the policy', () => {
      const policy = definePolicy({ name: 'office-closed', version: '1', calendar: { closures: ['2026-09-16'] } });
      const d10 = decide({ paymentMadeOn: '2026-09-08', now: noonLA('2026-09-23') }, { policy });
      expect(d10.businessDaysSincePayment).toBe(10);
      expect(d10.outcome).toBe('within-window');
      expect(d10.windowEndsOn).toBe('2026-09-23');
      expect(decide({ paymentMadeOn: '2026-09-08', now: noonLA('2026-09-24') }, { policy }).outcome).toBe('transfer-to-account-servicing');
    });

    it('is day 0 on the payment day itself', () => {
      const d = decide({ paymentMadeOn: '2026-11-23', now: noonLA('2026-11-23') });
      expect(d.businessDaysSincePayment).toBe(0);
      expect(d.outcome).toBe('within-window');
      expect(d.trace[1]?.detail).toContain('0 business days since the payment');
    });

    it('says "1 business day" in the singular', () => {
      expect(decide({ paymentMadeOn: '2026-11-23', now: noonLA('2026-11-24') }).trace[1]?.detail).toContain(': 1 business day since the payment');
    });

    it('counts the business days in the window rule, "day" for one and "days" otherwise', () => {
      const window = (now: string) => decide({ paymentMadeOn: '2026-11-20', now: noonLA(now) }).trace.find((t) => t.rule === 'system-support/reactivation-window')?.detail;
      expect(window('2026-11-23')).toBe('1 business day since the payment, 10 or fewer: it may take up to 10 business days (until 2026-12-07).');
      expect(window('2026-12-07')).toBe('10 business days since the payment, 10 or fewer: it may take up to 10 business days (until 2026-12-07).');
    });

    it('reads "today" in the policy time zone: late evening in Los Angeles is still the day before', () => {
      // 2026-12-08T05:00Z is 21:00 on 7 December in Los Angeles: day 10, not day 11.
      const la = decide({ paymentMadeOn: '2026-11-20', now: '2026-12-08T05:00:00Z' });
      expect(la.today).toBe('2026-12-07');
      expect(la.outcome).toBe('within-window');
      const utc = decide({ paymentMadeOn: '2026-11-20', now: '2026-12-08T05:00:00Z' }, { timeZone: 'UTC' });
      expect(utc.today).toBe('2026-12-08');
      expect(utc.outcome).toBe('transfer-to-account-servicing');
    });

    it('uses the window of the policy', () => {
      const policy = definePolicy({ name: 'five-days', version: '1', systemSupport: { reactivationWindowBusinessDays: 5 } });
      const d = decide({ paymentMadeOn: '2026-09-08', now: noonLA('2026-09-16') }, { policy });
      expect(d.outcome).toBe('transfer-to-account-servicing');
      expect(d.windowEndsOn).toBe('2026-09-15');
      expect(d.windowBusinessDays).toBe(5);
    });
  });

  describe('every combination of still deactivated × day 10/11 × channel × open case', () => {
    const CROSS = [true, false].flatMap((stillDeactivated) =>
      [10, 11].flatMap((day) =>
        SYSTEM_SUPPORT_CHANNELS.flatMap((channel) => [true, false].map((hasCase) => ({ stillDeactivated, day, channel, hasCase }))),
      ),
    );
    it.each(CROSS)('still deactivated $stillDeactivated, business day $day, $channel, open case $hasCase', (row) => {
      const d = decide({
        paymentMadeOn: '2026-11-20',
        now: noonLA(row.day === 10 ? '2026-12-07' : '2026-12-08'),
        channel: row.channel,
        stillDeactivated: row.stillDeactivated,
        ...(row.hasCase ? { openCase: { kind: 'case' as const, reference: '00012345' } } : {}),
      });
      const expected = !row.stillDeactivated ? 'already-reactivated' : row.day === 10 ? 'within-window' : 'transfer-to-account-servicing';
      expect(d.outcome).toBe(expected);
      expect(d.businessDaysSincePayment).toBe(row.day);
      expect(rules(d)[0]).toBe('reactivation-open-case');
      expect(d.openCase).toEqual(row.hasCase ? { kind: 'case', reference: '00012345' } : null);
      expect(kinds(d)[0]).toBe(row.hasCase ? 'check' : 'record');
      expect(kinds(d).at(-1)).toBe('stop');
      expect(d.messages.map((m) => m.templateId)).toEqual(
        expected !== 'within-window'
          ? []
          : [row.channel === 'phone' ? 'system-support/payment-less-10-days-phone' : 'system-support/payment-less-10-days'],
      );
    });
  });

  describe('within the window', () => {
    it.each(['chat', 'email'] as const)('on %s sends the quick reply "Payment less 10 days"', (channel) => {
      const d = decide({ paymentMadeOn: '2026-11-20', now: noonLA('2026-12-07'), channel });
      expect(d.messages).toEqual([
        {
          templateId: 'system-support/payment-less-10-days',
          audience: 'homeowner',
          channel,
          text: 'Thank you for your payment made on November 20, 2026. Please note that it may take up to 10 business days to reactivate your system after a payment, so your system should be reactivated by December 7, 2026. If it is still deactivated after that date, please reach out to us again.',
        },
      ]);
      expect(kinds(d)).toEqual(['record', 'reply', 'stop']);
      expect(rules(d)).toEqual([
        'reactivation-open-case',
        'reactivation-payment-date',
        'reactivation-still-deactivated',
        'reactivation-window',
        'reactivation-quick-reply',
      ]);
      expect(d.trace[4]?.detail).toMatch(channel === 'chat' ? /^Chat/ : /^E-mail/);
    });

    it('on the phone says the spoken line', () => {
      const d = decide({ paymentMadeOn: '2026-11-20', now: noonLA('2026-11-25'), channel: 'phone' });
      expect(d.messages).toEqual([
        {
          templateId: 'system-support/payment-less-10-days-phone',
          audience: 'homeowner',
          channel: 'phone',
          text: 'It may take up to 10 business days to reactivate your system after your payment of November 20, 2026, so it should be reactivated by December 7, 2026. If it is still deactivated after that, please call us again.',
        },
      ]);
      expect(rules(d)).toEqual(['reactivation-open-case', 'reactivation-payment-date', 'reactivation-still-deactivated', 'reactivation-window']);
    });
  });

  it('past the window and still deactivated: warm transfer to Account Servicing', () => {
    const d = decide({ paymentMadeOn: '2026-09-08', now: noonLA('2026-10-01'), channel: 'phone' });
    expect(d.outcome).toBe('transfer-to-account-servicing');
    expect(kinds(d)).toEqual(['record', 'transfer', 'stop']);
    expect(d.actions[1]).toMatchObject({ kind: 'transfer', to: 'Account Servicing', warm: true });
    expect(rules(d)).toEqual(['reactivation-open-case', 'reactivation-payment-date', 'reactivation-still-deactivated', 'reactivation-transfer']);
  });

  it('no longer deactivated: already reactivated, whatever the count', () => {
    const d = decide({ paymentMadeOn: '2026-09-08', now: noonLA('2026-09-10'), stillDeactivated: false, channel: 'email' });
    expect(d.outcome).toBe('already-reactivated');
    expect(kinds(d)).toEqual(['record', 'reply', 'stop']);
    expect(d.actions[1]).toMatchObject({ to: 'homeowner', channel: 'email' });
    expect(d.messages).toEqual([]);
  });

  it('says "1 business day", not "1 business days", in the trace', () => {
    const d = decide({ paymentMadeOn: '2026-09-08', now: noonLA('2026-09-09'), stillDeactivated: false, channel: 'email' });
    expect(d.trace.find((t) => t.rule === 'system-support/reactivation-still-deactivated')?.detail).toBe(
      'The system is no longer deactivated (1 business day since the payment): nothing to reactivate.',
    );
    const two = decide({ paymentMadeOn: '2026-09-08', now: noonLA('2026-09-10'), stillDeactivated: false, channel: 'email' });
    expect(two.trace.find((t) => t.rule === 'system-support/reactivation-still-deactivated')?.detail).toBe(
      'The system is no longer deactivated (2 business days since the payment): nothing to reactivate.',
    );
  });

  it('checks and reports an open Case Review first', () => {
    const d = decide({ paymentMadeOn: '2026-09-08', now: noonLA('2026-09-10'), openCase: { kind: 'case-review', reference: 'CR-58213' } });
    expect(d.actions[0]).toMatchObject({ kind: 'check', what: 'Case Review CR-58213' });
    expect(d.trace[0]?.detail).toBe('Open Case Review CR-58213 is related to this concern: review it before answering.');
    expect(d.openCase).toEqual({ kind: 'case-review', reference: 'CR-58213' });
  });

  it('records the payment date the customer gave', () => {
    expect(decide({ paymentMadeOn: '2026-09-08', now: noonLA('2026-09-10') }).actions[0]).toMatchObject({
      kind: 'record',
      field: 'paymentMadeOn',
      value: '2026-09-08',
    });
  });

  describe('bad input', () => {
    it('rejects a payment date after today', () => {
      const error = inputError(() => decide({ paymentMadeOn: '2026-12-08', now: '2026-12-08T05:00:00Z' }));
      expect(issuePaths(error)).toEqual(['paymentMadeOn']);
      expect(error.message).toMatch(/after today \(2026-12-07 in America\/Los_Angeles\)/);
      expect(error.issues[0]?.code).toBe('after_now');
    });

    it('rejects each bad field, naming its path', () => {
      const error = inputError(() =>
        reactivationRequest({
          now: '2026-12-08',
          paymentMadeOn: '2026-02-30',
          channel: 'sms',
          stillDeactivated: 'yes',
          openCase: { kind: 'ticket', reference: ' ' },
        } as never),
      );
      expect(issuePaths(error)).toEqual(['now', 'paymentMadeOn', 'channel', 'stillDeactivated', 'openCase.kind', 'openCase.reference']);
      expect(error.message).toMatch(/is a calendar date, but a moment in time is needed/);
    });

    it('requires now, the payment date, the channel and whether the system is still deactivated', () => {
      expect(issuePaths(inputError(() => reactivationRequest({} as never)))).toEqual(['now', 'paymentMadeOn', 'channel', 'stillDeactivated']);
    });
  });
});

standardCases('reactivationRequest', reactivationRequest as never, () => ({
  now: '2026-12-07T12:00:00-08:00',
  paymentMadeOn: '2026-11-20',
  channel: 'chat',
  stillDeactivated: true,
  openCase: { kind: 'case', reference: '00012345' },
}));
