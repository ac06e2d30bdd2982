import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import type { Policy } from '../../src/policy/brand.js';
import { closeEligibility, type CloseReason } from '../../src/service-desk/close-eligibility.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';
import { at, crossProduct, HOUR, MINUTE } from './fixtures.js';

const OUTCOMES = ['eligible', 'not-eligible'];
type Facts = Parameters<typeof closeEligibility>[0];
type DevTicket = Facts['devTickets'][number];
const decide = (facts: Facts, options?: Parameters<typeof closeEligibility>[1]) =>
  expectDecision(closeEligibility(facts, options), 'service-desk/close-eligibility', OUTCOMES);

const NOW = '2026-11-24T10:00:00Z';
const ago = (ms: number) => at(NOW, -ms);
const BASE: Facts = {
  now: NOW,
  customerConfirmedResolved: false,
  believedResolved: false,
  confirmationRequests: [],
  blockedOnCustomerInput: false,
  followUps: [],
  customerReplies: [],
  devTickets: [],
};

interface Plain {
  now: number;
  customerConfirmedResolved: boolean;
  believedResolved: boolean;
  confirmationRequests: number[];
  blockedOnCustomerInput: boolean;
  followUps: number[];
  customerReplies: number[];
  devTickets: DevTicket[];
}

/** SOPS.md item 5, restated directly over epoch milliseconds: the reasons that hold and the earliest eligible instant. */
function oracle(f: Plain, confirmMs = 24 * HOUR, followUpMs = 24 * HOUR, minFollowUps = 2): { reasons: CloseReason[]; eligibleAt: number | null } {
  const lastRequest = Math.max(...f.confirmationRequests);
  const unanswered = f.believedResolved && f.confirmationRequests.length > 0 && !f.customerReplies.some((r) => r > lastRequest);
  const counted = f.followUps.filter((t) => f.customerReplies.every((r) => t > r));
  const enough = f.blockedOnCustomerInput && counted.length >= minFollowUps;
  const bAt = lastRequest + confirmMs;
  const cAt = Math.max(...counted) + followUpMs;
  const reasons: CloseReason[] = [];
  if (f.customerConfirmedResolved) reasons.push('customer-confirmed');
  if (unanswered && f.now >= bAt) reasons.push('confirmation-unanswered');
  if (enough && f.now >= cAt) reasons.push('unresponsive-after-follow-ups');
  if (f.devTickets.some((d) => d.active && (d.priority === 'low' || d.priority === 'lowest'))) reasons.push('low-priority-dev-ticket');
  if (reasons.length > 0) return { reasons, eligibleAt: null };
  const candidates = [...(unanswered ? [bAt] : []), ...(enough ? [cAt] : [])];
  return { reasons, eligibleAt: candidates.length > 0 ? Math.min(...candidates) : null };
}

const iso = (ms: number) => new Date(ms).toISOString();
const toFacts = (p: Plain): Facts => ({
  ...p,
  now: iso(p.now),
  confirmationRequests: p.confirmationRequests.map(iso),
  followUps: p.followUps.map(iso),
  customerReplies: p.customerReplies.map(iso),
});

describe('closeEligibility', () => {
  describe('decision table: confirmed × believed × requests × blocked × follow-ups × dev tickets', () => {
    const N = Date.parse(NOW);
    const REQUESTS = {
      none: { requests: [], replies: [] },
      '23h59m ago': { requests: [N - 23 * HOUR - 59 * MINUTE], replies: [] },
      '24h ago': { requests: [N - 30 * HOUR, N - 24 * HOUR], replies: [N - 29 * HOUR] },
      'answered after': { requests: [N - 48 * HOUR], replies: [N - 47 * HOUR] },
    } as const;
    const FOLLOW_UPS = {
      none: { followUps: [], replies: [] },
      one: { followUps: [N - 30 * HOUR], replies: [] },
      'two, latest 23h59m ago': { followUps: [N - 40 * HOUR, N - 23 * HOUR - 59 * MINUTE], replies: [] },
      'two, latest 24h ago': { followUps: [N - 24 * HOUR, N - 26 * HOUR], replies: [] },
      'two around a reply': { followUps: [N - 50 * HOUR, N - 30 * HOUR], replies: [N - 45 * HOUR] },
    } as const;
    const DEV: Record<string, DevTicket[]> = {
      none: [],
      'active low': [{ key: 'BT-1', active: true, priority: 'low' }],
      'active lowest': [{ active: true, priority: 'lowest' }],
      'inactive low': [{ key: 'BT-2', active: false, priority: 'low' }],
      'active medium': [{ key: 'BT-3', active: true, priority: 'medium' }],
    };
    const rows = crossProduct({
      confirmed: [true, false],
      believed: [true, false],
      requests: Object.keys(REQUESTS) as (keyof typeof REQUESTS)[],
      blocked: [true, false],
      followUps: Object.keys(FOLLOW_UPS) as (keyof typeof FOLLOW_UPS)[],
      dev: Object.keys(DEV),
    });
    it.each(rows)('%o', (row) => {
      const plain: Plain = {
        now: N,
        customerConfirmedResolved: row.confirmed,
        believedResolved: row.believed,
        confirmationRequests: [...REQUESTS[row.requests].requests],
        blockedOnCustomerInput: row.blocked,
        followUps: [...FOLLOW_UPS[row.followUps].followUps],
        customerReplies: [...REQUESTS[row.requests].replies, ...FOLLOW_UPS[row.followUps].replies],
        devTickets: DEV[row.dev] as DevTicket[],
      };
      const expected = oracle(plain);
      const d = decide(toFacts(plain));
      expect(d.outcome).toBe(expected.reasons.length > 0 ? 'eligible' : 'not-eligible');
      expect(d.reasons).toEqual(expected.reasons);
      expect(d.eligibleAt).toBe(expected.eligibleAt === null ? null : iso(expected.eligibleAt));
      expect(d.blockers.map((x) => x.reason)).toEqual(
        d.outcome === 'eligible' ? [] : ['customer-confirmed', 'confirmation-unanswered', 'unresponsive-after-follow-ups', 'low-priority-dev-ticket'],
      );
      for (const blocker of d.blockers) expect(blocker.missing.length).toBeGreaterThan(0);
      expect(d.trace.slice(0, 5).map((t) => t.rule)).toEqual([
        'service-desk/closing',
        'service-desk/customer-confirmed',
        'service-desk/confirmation-unanswered',
        'service-desk/unresponsive-after-follow-ups',
        'service-desk/low-priority-dev-ticket',
      ]);
      expect(d.actions.at(-1)?.kind).toBe(d.outcome === 'eligible' ? 'close-ticket' : 'wait');
    });
  });

  describe('(b) confirmation request unanswered', () => {
    const facts = (requestAgo: number, replies: string[] = []): Facts => ({
      ...BASE,
      believedResolved: true,
      confirmationRequests: [ago(requestAgo)],
      customerReplies: replies,
    });

    it('is not eligible 23h59m after the request, and says when it will be', () => {
      const d = decide(facts(23 * HOUR + 59 * MINUTE));
      expect(d.outcome).toBe('not-eligible');
      expect(d.eligibleAt).toBe('2026-11-24T10:01:00.000Z');
      expect(d.blockers[1]).toEqual({
        reason: 'confirmation-unanswered',
        missing: ['24 hours have not passed since the latest confirmation request at 2026-11-23T10:01:00.000Z (until 2026-11-24T10:01:00.000Z)'],
        eligibleAt: '2026-11-24T10:01:00.000Z',
      });
      expect(d.actions).toEqual([
        { kind: 'wait', until: '2026-11-24T10:01:00.000Z', summary: 'Keep the ticket open: it can be closed at 2026-11-24T10:01:00.000Z if nothing changes.' },
      ]);
    });

    it('is not eligible 1 ms before 24 hours, and is eligible at exactly 24 hours', () => {
      expect(decide(facts(24 * HOUR - 1)).outcome).toBe('not-eligible');
      const d = decide(facts(24 * HOUR));
      expect(d.outcome).toBe('eligible');
      expect(d.reasons).toEqual(['confirmation-unanswered']);
      expect(d.blockers).toEqual([]);
      expect(d.eligibleAt).toBeNull();
      expect(d.actions).toEqual([{ kind: 'close-ticket', summary: 'Close the ticket (confirmation-unanswered).' }]);
    });

    it('counts from the latest confirmation request, whatever the order given', () => {
      const d = decide({ ...BASE, believedResolved: true, confirmationRequests: [ago(10 * HOUR), ago(72 * HOUR)] });
      expect(d.outcome).toBe('not-eligible');
      expect(d.eligibleAt).toBe(at(NOW, 14 * HOUR));
    });

    it('is blocked by a customer reply after the latest request, and asks again', () => {
      const d = decide(facts(30 * HOUR, [ago(29 * HOUR)]));
      expect(d.outcome).toBe('not-eligible');
      expect(d.eligibleAt).toBeNull();
      expect(d.blockers[1]?.missing).toEqual([
        'the customer replied at 2026-11-23T05:00:00.000Z, after the latest confirmation request at 2026-11-23T04:00:00.000Z',
      ]);
      expect(d.actions[0]).toEqual({
        kind: 'ask',
        question: 'Can you confirm the issue is resolved?',
        summary: 'Ask the customer to confirm the issue is resolved; if they do not reply within 24 hours, the ticket can be closed.',
      });
    });

    it('is not blocked by a reply before the request, nor by one at the same instant', () => {
      expect(decide(facts(30 * HOUR, [ago(31 * HOUR)])).outcome).toBe('eligible');
      expect(decide(facts(30 * HOUR, [ago(30 * HOUR)])).outcome).toBe('eligible');
      expect(decide(facts(30 * HOUR, [ago(30 * HOUR - 1)])).outcome).toBe('not-eligible');
    });

    it('needs at least one confirmation request, and asks for one', () => {
      const d = decide({ ...BASE, believedResolved: true });
      expect(d.blockers[1]?.missing).toEqual(['no confirmation request has been sent']);
      expect(d.eligibleAt).toBeNull();
      expect(d.actions.map((a) => a.kind)).toEqual(['ask', 'wait']);
      expect(d.actions.at(-1)?.summary).toBe('Keep the ticket open: it cannot be closed until the customer or an agent acts.');
    });

    it('needs us to believe the issue is resolved', () => {
      const d = decide({ ...facts(48 * HOUR), believedResolved: false });
      expect(d.outcome).toBe('not-eligible');
      expect(d.eligibleAt).toBeNull();
      expect(d.blockers[1]?.missing).toEqual(['we do not believe the issue is resolved']);
      expect(decide({ ...facts(HOUR), believedResolved: false }).blockers[1]?.missing).toEqual([
        'we do not believe the issue is resolved',
        '24 hours have not passed since the latest confirmation request at 2026-11-24T09:00:00.000Z (until 2026-11-25T09:00:00.000Z)',
      ]);
    });
  });

  describe('(c) unresponsive after follow-ups', () => {
    const facts = (followUps: number[], replies: number[] = []): Facts => ({
      ...BASE,
      blockedOnCustomerInput: true,
      followUps: followUps.map(ago),
      customerReplies: replies.map(ago),
    });

    it('is not eligible after one follow-up, and asks for another', () => {
      const d = decide(facts([48 * HOUR]));
      expect(d.outcome).toBe('not-eligible');
      expect(d.followUpsSinceLastReply).toBe(1);
      expect(d.eligibleAt).toBeNull();
      expect(d.blockers[2]?.missing).toEqual(["1 follow-up since the customer's last reply (none yet); 2 needed"]);
      expect(d.actions[0]).toEqual({
        kind: 'reply',
        to: 'customer',
        summary: 'Follow up with the customer for the input we need (1 of 2 follow-ups sent since their last reply).',
      });
      expect(d.trace.at(-1)?.rule).toBe('service-desk/follow-up-regularly');
    });

    it('is eligible 24 hours after the second follow-up, not a millisecond before', () => {
      expect(decide(facts([48 * HOUR, 24 * HOUR])).reasons).toEqual(['unresponsive-after-follow-ups']);
      const d = decide(facts([48 * HOUR, 24 * HOUR - 1]));
      expect(d.outcome).toBe('not-eligible');
      expect(d.eligibleAt).toBe(at(NOW, 1));
      expect(d.blockers[2]?.eligibleAt).toBe(at(NOW, 1));
    });

    it('counts only follow-ups after the customer\'s latest reply (one at the same instant does not count)', () => {
      const d = decide(facts([72 * HOUR, 60 * HOUR, 30 * HOUR], [50 * HOUR, 65 * HOUR]));
      expect(d.followUpsSinceLastReply).toBe(1);
      expect(d.blockers[2]?.missing).toEqual(["1 follow-up since the customer's last reply (2026-11-22T08:00:00.000Z); 2 needed"]);
      expect(decide(facts([50 * HOUR, 30 * HOUR], [50 * HOUR])).followUpsSinceLastReply).toBe(1);
      expect(decide(facts([50 * HOUR - 1, 30 * HOUR], [50 * HOUR])).outcome).toBe('eligible');
    });

    it('needs us to be blocked on customer input', () => {
      const d = decide({ ...facts([48 * HOUR, 30 * HOUR]), blockedOnCustomerInput: false });
      expect(d.outcome).toBe('not-eligible');
      expect(d.blockers[2]?.missing).toEqual(['we are not blocked on customer input']);
      expect(d.actions.map((a) => a.kind)).toEqual(['wait']);
    });
  });

  describe('(a) and (d)', () => {
    it('is eligible when the customer confirmed, whatever else', () => {
      const d = decide({ ...BASE, customerConfirmedResolved: true });
      expect(d.reasons).toEqual(['customer-confirmed']);
      expect(d.trace[1]?.detail).toBe('Holds: the customer confirmed the issue is resolved.');
    });

    it.each([
      ['low', true, true],
      ['lowest', true, true],
      ['medium', true, false],
      ['high', true, false],
      ['highest', true, false],
      ['low', false, false],
    ] as const)('counts a %s-priority dev ticket that is active: %s → %s', (priority, active, eligible) => {
      const d = decide({ ...BASE, devTickets: [{ key: 'BT-9', active, priority }] });
      expect(d.outcome).toBe(eligible ? 'eligible' : 'not-eligible');
      if (eligible) expect(d.trace[4]?.detail).toBe(`Holds: dev ticket BT-9 is active and of ${priority} priority.`);
      else expect(d.blockers[3]?.missing).toEqual(['no active low-priority dev ticket among 1 dev ticket']);
    });

    it('names a dev ticket without a key', () => {
      expect(decide({ ...BASE, devTickets: [{ active: true, priority: 'low' }] }).trace[4]?.detail).toBe(
        'Holds: dev ticket (no key) is active and of low priority.',
      );
    });
  });

  it('lists every reason that holds, in the seed\'s order', () => {
    const d = decide({
      ...BASE,
      customerConfirmedResolved: true,
      believedResolved: true,
      confirmationRequests: [ago(48 * HOUR)],
      blockedOnCustomerInput: true,
      followUps: [ago(30 * HOUR), ago(25 * HOUR)],
      devTickets: [{ active: true, priority: 'low' }],
    });
    expect(d.reasons).toEqual(['customer-confirmed', 'confirmation-unanswered', 'unresponsive-after-follow-ups', 'low-priority-dev-ticket']);
    expect(d.trace[2]?.detail).toBe(
      'Holds: we believe it is resolved, the latest of 1 confirmation request was at 2026-11-22T10:00:00.000Z, no customer reply since, and 24 hours passed at 2026-11-23T10:00:00.000Z.',
    );
    expect(d.trace[3]?.detail).toBe(
      "Holds: blocked on customer input, 2 follow-ups since the customer's last reply, and 24 hours passed since the latest at 2026-11-24T09:00:00.000Z.",
    );
  });

  it('gives the earliest of the (b) and (c) instants', () => {
    const d = decide({
      ...BASE,
      believedResolved: true,
      confirmationRequests: [ago(2 * HOUR)],
      blockedOnCustomerInput: true,
      followUps: [ago(30 * HOUR), ago(5 * HOUR)],
    });
    expect(d.eligibleAt).toBe(at(NOW, 19 * HOUR));
    expect(d.blockers.map((x) => x.eligibleAt)).toEqual([null, at(NOW, 22 * HOUR), at(NOW, 19 * HOUR), null]);
    const later = decide({ ...BASE, believedResolved: true, confirmationRequests: [ago(10 * HOUR)], blockedOnCustomerInput: true, followUps: [ago(30 * HOUR), ago(5 * HOUR)] });
    expect(later.eligibleAt).toBe(at(NOW, 14 * HOUR));
  });

  it('uses the durations and follow-up count of the policy', () => {
    const policy = definePolicy({
      name: 'patient',
      version: '1',
      serviceDesk: { closeAfterConfirmationHours: 48, closeAfterFollowUpHours: 72, minFollowUpsBeforeClosing: 3 },
    });
    expect(decide({ ...BASE, believedResolved: true, confirmationRequests: [ago(47 * HOUR)] }, { policy }).eligibleAt).toBe(at(NOW, HOUR));
    const d = decide({ ...BASE, blockedOnCustomerInput: true, followUps: [ago(100 * HOUR), ago(80 * HOUR)] }, { policy });
    expect(d.blockers[2]?.missing).toEqual(["2 follow-ups since the customer's last reply (none yet); 3 needed"]);
    expect(decide({ ...BASE, blockedOnCustomerInput: true, followUps: [ago(100 * HOUR), ago(90 * HOUR), ago(72 * HOUR)] }, { policy }).outcome).toBe('eligible');
  });

  it('reads the same instants written in any offset, or as Date objects, alike', () => {
    const a = decide({ ...BASE, believedResolved: true, confirmationRequests: ['2026-11-23T12:00:00Z'] });
    const b = decide({
      ...BASE,
      now: new Date(NOW),
      believedResolved: true,
      confirmationRequests: ['2026-11-23T04:00:00-08:00'],
    });
    expect(b).toEqual(a);
  });

  it('rejects every request, follow-up and reply after now, naming each', () => {
    const error = inputError(() =>
      closeEligibility({
        ...BASE,
        confirmationRequests: [ago(HOUR), at(NOW, 1)],
        followUps: [at(NOW, HOUR)],
        customerReplies: [at(NOW, 2), ago(1), at(NOW, 3)],
      }),
    );
    expect(issuePaths(error)).toEqual(['confirmationRequests.1', 'followUps.0', 'customerReplies.0', 'customerReplies.2']);
    expect(error.issues[0]?.message).toBe('2026-11-24T10:00:00.001Z is after now (2026-11-24T10:00:00.000Z); it cannot have happened yet');
    expect(decide({ ...BASE, confirmationRequests: [NOW], followUps: [NOW], customerReplies: [NOW] }).outcome).toBe('not-eligible');
  });

  it('rejects a follow-up or a reply after now when it is the only instant wrong', () => {
    expect(issuePaths(inputError(() => closeEligibility({ ...BASE, followUps: [ago(HOUR), at(NOW, 1)] })))).toEqual(['followUps.1']);
    expect(issuePaths(inputError(() => closeEligibility({ ...BASE, customerReplies: [at(NOW, 1)] })))).toEqual(['customerReplies.0']);
  });

  describe('what the trace says of each way of closing', () => {
    it('says only that we do not believe it resolved when the wait after a request is over', () => {
      const d = decide({ ...BASE, confirmationRequests: [ago(24 * HOUR)] });
      expect(d.trace[2]?.detail).toBe('Does not hold: we do not believe the issue is resolved.');
      expect(d.blockers[1]?.missing).toEqual(['we do not believe the issue is resolved']);
    });

    it('gives both what we lack and what is missing when neither belief nor request is there', () => {
      const d = decide(BASE);
      expect(d.trace[2]?.detail).toBe('Does not hold: we do not believe the issue is resolved; no confirmation request has been sent.');
      expect(d.trace[3]?.detail).toBe(
        "Does not hold: we are not blocked on customer input; 0 follow-ups since the customer's last reply (none yet); 2 needed.",
      );
      expect(d.blockers[2]?.missing).toEqual(['we are not blocked on customer input', "0 follow-ups since the customer's last reply (none yet); 2 needed"]);
      expect(d.trace[4]?.detail).toBe('Does not hold: no active low-priority dev ticket among 0 dev tickets.');
    });

    it('says only that we are not blocked when the wait after the follow-ups is over', () => {
      const d = decide({ ...BASE, followUps: [ago(48 * HOUR), ago(24 * HOUR)] });
      expect(d.trace[3]?.detail).toBe('Does not hold: we are not blocked on customer input.');
      expect(d.blockers[2]?.missing).toEqual(['we are not blocked on customer input']);
    });

    it('says how long is left after the latest follow-up, in the policy\'s hours', () => {
      const d = decide({ ...BASE, blockedOnCustomerInput: true, followUps: [ago(48 * HOUR), ago(23 * HOUR)] });
      expect(d.trace[3]?.detail).toBe('Does not hold: 24 hours have not passed since the latest follow-up (until 2026-11-24T11:00:00.000Z).');
    });

    it('says why to follow up regularly, with the count so far and the count needed', () => {
      const d = decide({ ...BASE, blockedOnCustomerInput: true, followUps: [ago(48 * HOUR)] });
      expect(d.trace.at(-1)).toMatchObject({
        rule: 'service-desk/follow-up-regularly',
        detail: "1 follow-up since the customer's last reply; 2 needed.",
      });
    });

    it('names every reason in the close action', () => {
      const d = decide({ ...BASE, customerConfirmedResolved: true, devTickets: [{ key: 'BT-1', active: true, priority: 'lowest' }] });
      expect(d.actions).toEqual([{ kind: 'close-ticket', summary: 'Close the ticket (customer-confirmed, low-priority-dev-ticket).' }]);
      expect(d.trace[4]?.detail).toBe('Holds: dev ticket BT-1 is active and of lowest priority.');
    });

    it('says when the customer replied after the latest request', () => {
      const d = decide({ ...BASE, believedResolved: true, confirmationRequests: [ago(30 * HOUR)], customerReplies: [ago(20 * HOUR)] });
      expect(d.trace[2]?.detail).toBe(
        'Does not hold: the customer replied at 2026-11-23T14:00:00.000Z, after the latest confirmation request at 2026-11-23T04:00:00.000Z.',
      );
    });
  });

  it('rejects each bad field, naming its path', () => {
    const error = inputError(() =>
      closeEligibility({
        now: '2026-11-24T10:00:00',
        customerConfirmedResolved: 'no' as never,
        believedResolved: 1 as never,
        confirmationRequests: ['yesterday'],
        blockedOnCustomerInput: null as never,
        followUps: 'none' as never,
        customerReplies: ['2026-11-23'],
        devTickets: [{ key: '', active: true, priority: 'urgent' } as never],
      }),
    );
    expect(issuePaths(error)).toEqual([
      'now',
      'customerConfirmedResolved',
      'believedResolved',
      'confirmationRequests.0',
      'blockedOnCustomerInput',
      'followUps',
      'customerReplies.0',
      'devTickets.0.key',
      'devTickets.0.priority',
    ]);
    expect(issuePaths(inputError(() => closeEligibility({ ...BASE, followUps: undefined } as never)))).toEqual(['followUps']);
  });

  describe('properties', () => {
    const N = Date.parse(NOW);
    /** Facts whose instants lie within `window` ms before now. */
    const plainFacts = (window: number) => {
      const instant = fc.integer({ min: N - window, max: N });
      return fc.record({
        now: fc.constant(N),
        customerConfirmedResolved: fc.boolean(),
        believedResolved: fc.boolean(),
        confirmationRequests: fc.array(instant, { maxLength: 3 }),
        blockedOnCustomerInput: fc.boolean(),
        followUps: fc.array(instant, { maxLength: 4 }),
        customerReplies: fc.array(instant, { maxLength: 3 }),
        devTickets: fc.array(
          fc.record({ active: fc.boolean(), priority: fc.constantFrom<DevTicket['priority']>('highest', 'high', 'medium', 'low', 'lowest') }),
          { maxLength: 2 },
        ),
      });
    };
    const policies: [string, Policy | undefined, number, number, number, number][] = [
      ['default', undefined, 24 * HOUR, 24 * HOUR, 2, 60 * HOUR],
      [
        'fractional hours',
        definePolicy({ name: 'odd', version: '1', serviceDesk: { closeAfterConfirmationHours: 1e-7, closeAfterFollowUpHours: 0.3333333, minFollowUpsBeforeClosing: 1 } }),
        1,
        Math.ceil(0.3333333 * HOUR),
        1,
        HOUR,
      ],
    ];
    const run = (p: Plain, policy: Policy | undefined) => closeEligibility(toFacts(p), policy ? { policy } : undefined);

    it.each(policies)('agrees with SOPS.md item 5 (%s policy)', (_name, policy, confirmMs, followUpMs, min, window) => {
      fc.assert(
        fc.property(plainFacts(window), (p) => {
          const expected = oracle(p, confirmMs, followUpMs, min);
          const d = run(p, policy);
          expect(d.reasons).toEqual(expected.reasons);
          expect(d.eligibleAt).toBe(expected.eligibleAt === null ? null : iso(expected.eligibleAt));
        }),
      );
    });

    it.each(policies)('stays eligible as now grows with the same facts (%s policy)', (_name, policy, _c, _f, _m, window) => {
      fc.assert(
        fc.property(plainFacts(window), fc.integer({ min: 0, max: 200 * HOUR }), (p, later) => {
          fc.pre(run(p, policy).outcome === 'eligible');
          expect(run({ ...p, now: p.now + later }, policy).outcome).toBe('eligible');
        }),
      );
    });

    it.each(policies)('is not eligible 1 ms before eligibleAt and is eligible at it (%s policy)', (_name, policy, _c, _f, _m, window) => {
      fc.assert(
        fc.property(plainFacts(window), (p) => {
          const d = run(p, policy);
          fc.pre(d.eligibleAt !== null);
          const t = Date.parse(d.eligibleAt as string);
          expect(run({ ...p, now: t - 1 }, policy).outcome).toBe('not-eligible');
          expect(run({ ...p, now: t }, policy).outcome).toBe('eligible');
        }),
      );
    });

    it.each(policies)('stays not eligible forever when eligibleAt is null and nothing changes (%s policy)', (_name, policy, _c, _f, _m, window) => {
      fc.assert(
        fc.property(plainFacts(window), fc.integer({ min: 1, max: 10_000 * HOUR }), (p, later) => {
          const d = run(p, policy);
          fc.pre(d.outcome === 'not-eligible' && d.eligibleAt === null);
          expect(run({ ...p, now: p.now + later }, policy).outcome).toBe('not-eligible');
        }),
      );
    });
  });
});

standardCases('closeEligibility', closeEligibility as never, () => ({
  ...BASE,
  believedResolved: true,
  confirmationRequests: ['2026-11-23T09:00:00Z'],
  followUps: ['2026-11-22T09:00:00Z'],
  customerReplies: ['2026-11-22T08:00:00Z'],
  devTickets: [{ key: 'BT-1', active: true, priority: 'high' }],
}));
