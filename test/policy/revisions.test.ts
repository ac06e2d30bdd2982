import { describe, expect, it } from 'vitest';
import { issueCodes as issues, issueMessages } from '../_helpers/contract.js';
import { internalsOf } from '../../src/policy/brand.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { definePolicy } from '../../src/policy/define.js';
import { policyInForce, policyRevisions } from '../../src/policy/revisions.js';
import { firstPaymentTiming } from '../../src/pto-delay/first-payment-timing.js';
import { ptoInstallerOutreach } from '../../src/pto-delay/installer-outreach.js';
import { ptoHomeownerReply } from '../../src/pto-delay/homeowner-reply.js';
import { closeEligibility } from '../../src/service-desk/close-eligibility.js';

const policy = definePolicy({
  name: 'acme',
  version: '2027',
  revisions: [
    { effectiveFrom: '2027-03-01', note: 'wiki version 15', changes: { ptoDelay: { noContactInstallers: ['Blue Hammer', 'Stronger', 'Acme Solar'] } } },
    { effectiveFrom: '2027-07-01', note: 'wiki version 16', changes: { ptoDelay: { gracePeriodDays: 90 } } },
  ],
});

describe('dated policy revisions (SOPS.md item 19)', () => {
  it('lists the base values and each revision, each change merged onto the one before', () => {
    const list = policyRevisions(policy);
    expect(list.map((r) => [r.effectiveFrom, r.note])).toEqual([
      [null, 'the base values'],
      ['2027-03-01', 'wiki version 15'],
      ['2027-07-01', 'wiki version 16'],
    ]);
    expect(list[2]?.policy.ptoDelay.noContactInstallers).toEqual(['Blue Hammer', 'Stronger', 'Acme Solar']);
    expect(list[2]?.policy.ptoDelay.gracePeriodDays).toBe(90);
    expect(list[1]?.policy.ptoDelay.gracePeriodDays).toBe(60);
  });
  it('gives the default policy one revision, the seed pages', () => {
    expect(policyRevisions(defaultPolicy)).toEqual([{ effectiveFrom: null, note: expect.stringContaining('seed pages as exported'), policy: defaultPolicy }]);
    expect(policyRevisions(definePolicy({ name: 'x', version: '1' }))[0]?.note).toBe('the base values');
    expect(policyInForce(defaultPolicy, '2030-01-01')).toBe(defaultPolicy);
  });
  it('picks the revision in force on a date: the day before, the day itself', () => {
    expect(policyInForce(policy, '2027-02-28')).toBe(policy);
    expect(policyInForce(policy, '2027-03-01')).toBe(policyRevisions(policy)[1]?.policy);
    expect(policyInForce(policy, '2027-06-30')).toBe(policyRevisions(policy)[1]?.policy);
    expect(policyInForce(policy, '2099-01-01')).toBe(policyRevisions(policy)[2]?.policy);
  });
  it('decides by the date of now in the policy zone, and says which revision applied in the stamp', () => {
    const facts = (now: string) => ({ m2ApprovedOn: '2027-05-10', installer: 'Shield Energy', now });
    // 2027-07-01T06:59Z is still 30 June in Los Angeles.
    const june = firstPaymentTiming(facts('2027-07-01T06:59:00Z'), { policy });
    const july = firstPaymentTiming(facts('2027-07-01T07:00:00Z'), { policy });
    expect(june.stamp.policy.revision).toBe('2027-03-01');
    expect(firstPaymentTiming({ ...facts(''), now: new Date('2027-07-01T07:00:00Z') } as never, { policy }).stamp.policy.revision).toBe('2027-07-01');
    expect(july.stamp.policy.revision).toBe('2027-07-01');
    expect(june.firstPaymentDueOn).toBe('2027-07-09');
    expect(july.firstPaymentDueOn).toBe('2027-08-08');
    expect(july.stamp.policy.hash).not.toBe(june.stamp.policy.hash);
    expect(july.stamp.policy.hash).toBe(internalsOf(policyRevisions(policy)[2]!.policy).stamp.hash);
  });
  it('says in the trace which revision applied, first, citing the versioned seed page; not without revisions', () => {
    const facts = (now: string) => ({ m2ApprovedOn: '2027-05-10', installer: 'Shield Energy', now });
    const [base, march, july] = ['2027-01-10T12:00:00Z', '2027-03-01T12:00:00Z', '2027-07-01T12:00:00Z'].map((now) => firstPaymentTiming({ ...facts(now), m2ApprovedOn: '2027-01-05' }, { policy }).trace[0]);
    expect(base).toEqual({
      rule: 'policy/revision',
      source: { seed: '004_5ebfbb886c605469.txt', section: 'You are viewing an old version of this page. View the current version.' },
      detail: "Decided under its base values (the base values), the latest in force on the decision's date (SOPS.md item 19); policy acme 2027 has base, 2027-03-01, 2027-07-01.",
    });
    expect(march?.detail).toMatch(/^Decided under its revision of 2027-03-01 \(wiki version 15\)/);
    expect(july?.detail).toMatch(/^Decided under its revision of 2027-07-01 \(wiki version 16\)/);
    // The two procedures that build their decision by hand say it too.
    const close = { customerConfirmedResolved: true, believedResolved: false, confirmationRequests: [], blockedOnCustomerInput: false, followUps: [], customerReplies: [], devTickets: [], now: '2027-03-02T10:00:00Z' };
    expect(closeEligibility(close, { policy }).trace[0]?.rule).toBe('policy/revision');
    const reply = { installer: 'Top Electric, LLC', site: { city: 'Littleton', state: 'CO' }, homeowner: { firstName: 'Ana', lastName: 'Diaz', email: 'ana.diaz@example.com' }, m2ApprovedOn: '2026-09-24' };
    expect(ptoHomeownerReply(reply, { policy, asOf: '2027-03-02' }).trace[0]?.detail).toMatch(/revision of 2027-03-01/);
    expect(closeEligibility(close).trace.some((t) => t.rule === 'policy/revision')).toBe(false);
    expect(firstPaymentTiming(facts('2027-07-01T12:00:00Z')).trace.some((t) => t.rule === 'policy/revision')).toBe(false);
  });
  it('takes asOf from the options, also for a procedure without now', () => {
    const facts = { installer: 'Acme Solar', contractorEmail: 'pm@acme.example', installerContactName: 'Pat', homeowner: { firstName: 'Ana', lastName: 'Diaz' }, homeownerTicketKey: 'PTO-1' };
    expect(ptoInstallerOutreach(facts, { policy }).outcome).not.toBe('do-not-contact');
    expect(ptoInstallerOutreach(facts, { policy }).stamp.policy.revision).toBeNull();
    const later = ptoInstallerOutreach(facts, { policy, asOf: '2027-03-01' });
    expect(later.outcome).toBe('do-not-contact');
    expect(later.stamp.policy.revision).toBe('2027-03-01');
    const past = firstPaymentTiming({ m2ApprovedOn: '2027-05-10', installer: 'Shield Energy', now: '2027-08-01T12:00:00Z' }, { policy, asOf: '2027-06-01' });
    expect(past.stamp.policy.revision).toBe('2027-03-01');
  });
  it('uses the base values when the facts have no readable now', () => {
    expect(issues(() => firstPaymentTiming({ m2ApprovedOn: '2027-05-10', installer: 'x', now: 'soon' }, { policy }))).toEqual(['now: custom']);
    expect(issues(() => firstPaymentTiming(null as never, { policy }))[0]).toMatch(/^: /);
  });
  it('refuses a bad asOf', () => {
    expect(issues(() => ptoInstallerOutreach({} as never, { asOf: '2027-02-30' }))[0]).toBe('options.asOf: invalid_date');
    expect(issues(() => ptoInstallerOutreach({} as never, { asOf: 5 as never }))[0]).toBe('options.asOf: invalid_date');
  });
  it('refuses unordered, duplicate and malformed revisions, and checks each as a whole policy', () => {
    const define = (revisions: unknown) => issues(() => definePolicy({ name: 'x', version: '1', revisions } as never));
    const r = (effectiveFrom: string, changes: object = {}) => ({ effectiveFrom, note: 'n', changes });
    expect(define([r('2027-03-01'), r('2027-02-01')])).toEqual(['revisions.1.effectiveFrom: revision_order']);
    expect(define([r('2027-03-01'), r('2027-03-01')])).toEqual(['revisions.1.effectiveFrom: revision_order']);
    expect(define('soon')).toEqual(['revisions: invalid_type']);
    expect(define([{ effectiveFrom: '2027-13-01', note: '', changes: 1, extra: true }])).toEqual([
      'revisions.0.effectiveFrom: custom',
      'revisions.0.note: too_small',
      'revisions.0.changes: invalid_type',
      'revisions.0: unrecognized_keys',
    ]);
    expect(define([r('2027-03-01', { name: 'y', version: '2' })])).toEqual(['revisions.0.changes.name: identity_in_revision', 'revisions.0.changes.version: identity_in_revision']);
    expect(define([r('2027-03-01', { ptoDelay: { gracePeriodDays: -1 } }), r('2027-04-01', { templates: { 'no-such-template': 'x' } })])).toEqual([
      'revisions.0.changes.ptoDelay.gracePeriodDays: too_small',
      'revisions.1.changes.templates.no-such-template: unknown_template',
    ]);
    expect(define([])).toEqual([]);
  });

  it('says what a value of the wrong type is, rather than calling it missing', () => {
    const messages = (revisions: unknown) => issueMessages(() => definePolicy({ name: 'x', version: '1', revisions } as never));
    expect(messages(5)).toEqual(['revisions: expected array, got number']);
    expect(messages([5])).toEqual(['revisions.0: expected object, got number']);
    expect(messages([{ effectiveFrom: '2027-01-01', note: 5, changes: {} }])).toEqual(['revisions.0.note: expected string, got number']);
    expect(messages([{ effectiveFrom: '2027-01-01', changes: {} }])).toEqual(['revisions.0.note: is required (expected string)']);
  });
});
