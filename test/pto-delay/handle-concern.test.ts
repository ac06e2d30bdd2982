import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { firstPaymentTiming } from '../../src/pto-delay/first-payment-timing.js';
import { handlePtoConcern } from '../../src/pto-delay/handle-concern.js';
import { ptoHomeownerReply } from '../../src/pto-delay/homeowner-reply.js';
import { ptoInstallerOutreach } from '../../src/pto-delay/installer-outreach.js';
import type { HandlePtoConcernFacts } from '../../src/pto-delay/schema.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';
import {
  ELSEWHERE,
  INSTALLER_CLASSES,
  INSTALLERS,
  LITTLETON,
  TRISTATE,
  cross,
  defined,
  expectedOutreach,
  expectedReply,
} from './fixtures.js';

const ID = 'pto-delay/handle-concern';
const OUTCOMES = ['within-grace', 'grace-ended'];
const NOW = '2026-11-23T17:00:00Z'; // 09:00 on 23 November in Los Angeles
const M2_FOR_DAY = { 59: '2026-09-25', 60: '2026-09-24', 61: '2026-09-23' } as const;
const REPLY_TEMPLATE = {
  'littleton-top-electric': 'pto-delay/homeowner-littleton-top-electric',
  'things-you-can-do': 'pto-delay/homeowner-things-you-can-do',
  standard: 'pto-delay/homeowner-standard',
} as const;

const base = (over: Partial<HandlePtoConcernFacts> = {}): HandlePtoConcernFacts => ({
  channel: 'phone',
  installer: 'Sunny Roofs Inc.',
  site: { city: 'Fresno', state: 'CA' },
  homeowner: { firstName: 'Ana', lastName: 'Diaz', email: 'ana.diaz@example.com' },
  m2ApprovedOn: '2026-09-25',
  now: NOW,
  contractorEmail: 'ops@sunnyroofs.example',
  installerContactName: 'Sam Lee',
  ...over,
});
const decide = (facts: HandlePtoConcernFacts, options?: Parameters<typeof handlePtoConcern>[1]) =>
  expectDecision(handlePtoConcern(facts, options), ID, OUTCOMES);

describe('handlePtoConcern: installer × Littleton × inspection × only awaiting PTO × grace day (59, 60, 61)', () => {
  const rows = cross(INSTALLER_CLASSES, [true, false], [...TRISTATE], [...TRISTATE], [59, 60, 61] as const);
  it.each(rows)('%s, Littleton %s, inspected %s, only awaiting PTO %s, day %s', (cls, littleton, inspected, only, day) => {
    const d = decide(
      base(
        defined({
          installer: INSTALLERS[cls],
          site: littleton ? LITTLETON : ELSEWHERE,
          inspectionComplete: inspected,
          onlyAwaitingPto: only,
          m2ApprovedOn: M2_FOR_DAY[day],
        }),
      ),
    );
    const grace = day < 60 ? 'within-grace' : 'grace-ended';
    const reply = expectedReply(cls, littleton, inspected, only);
    const outreach = expectedOutreach(cls);
    const noContact = outreach.outcome === 'do-not-contact';

    expect(d.outcome).toBe(grace);
    expect(d.daysSinceInstall).toBe(day);
    expect(d.homeownerReply.outcome).toBe(reply);
    expect(d.installerOutreach.outcome).toBe(outreach.outcome);
    expect(d.installerOutreach.reporterSource).toBe(outreach.reporterSource);
    expect(d.littletonTopElectric).toBe(cls === 'top-electric' && littleton);
    expect(d.noContactInstaller).toBe(noContact);

    expect(d.messages.map((m) => m.templateId)).toEqual([
      ...(grace === 'within-grace' ? ['pto-delay/within-grace-response'] : noContact ? [] : ['pto-delay/grace-ended-response']),
      REPLY_TEMPLATE[reply],
      ...(noContact ? [] : ['pto-delay/installer-outreach']),
    ]);
    // Never promise contact with an installer we do not contact.
    const promises = d.actions.filter((a) => a.kind === 'reply' && /reach out to their installer|escalate/.test(a.summary));
    expect(promises.length > 0).toBe(!noContact);
    expect(d.actions.at(-1)?.kind).toBe(noContact ? 'stop' : 'reply');
    expect(d.actions.filter((a) => a.kind === 'ask').length).toBe(inspected === undefined ? 1 : 0);
  });

  it('walks all 324 combinations', () => {
    expect(rows).toHaveLength(6 * 2 * 3 * 3 * 3);
  });
});

describe('handlePtoConcern: installer × double-billing question', () => {
  it.each(cross(INSTALLER_CLASSES, [...TRISTATE]))('%s, still asking about double billing %s', (cls, asking) => {
    const d = decide(base(defined({ installer: INSTALLERS[cls], stillAskingAboutDoubleBilling: asking })));
    const noContact = expectedOutreach(cls).outcome === 'do-not-contact';
    expect(d.doubleBillingEscalation).toBe(asking === true && !noContact);
    expect(d.messages.some((m) => m.templateId === 'pto-delay/double-billing-escalation')).toBe(asking === true && !noContact);
    expect(d.trace.some((t) => t.rule === 'pto-delay/double-billing-escalation')).toBe(asking === true);
  });

  it('says why the escalation line is not used for Blue Hammer', () => {
    const d = decide(base({ installer: 'Blue Hammer', stillAskingAboutDoubleBilling: true }));
    expect(d.trace.find((t) => t.rule === 'pto-delay/double-billing-escalation')?.detail).toBe(
      'The homeowner still asks about double billing, but we no longer communicate with Blue Hammer: the escalation line is not used.',
    );
  });
});

describe('handlePtoConcern: the plan in SOP order', () => {
  it('goes intake, homeowner ticket, linking, timing, escalation line, homeowner reply, installer outreach', () => {
    const d = decide(
      base({
        channel: 'ticket',
        installer: 'Top Electric',
        site: { street: '12 Elm St', city: 'Littleton', state: 'Colorado', postalCode: '80120' },
        m2ApprovedOn: '2026-09-24',
        inspectionComplete: false,
        inspectionIssue: 'failed',
        cannotReachInstaller: true,
        ptoNotSubmitted: true,
        notes: ['Utility says no application on file'],
        stillAskingAboutDoubleBilling: true,
        ticketKey: 'PTO-205',
        existingOpenTickets: ['PTO-101'],
        installerContactName: 'Pat Kim',
      }),
    );
    expect(d.trace.map((t) => t.rule)).toEqual([
      'pto-delay/intake-site',
      'pto-delay/intake-littleton-top-electric',
      'pto-delay/intake-blue-hammer-or-stronger',
      'pto-delay/intake-inspection',
      'pto-delay/intake-details',
      'pto-delay/homeowner-ticket',
      'pto-delay/pto-project',
      'pto-delay/concern-title',
      'pto-delay/request-type',
      'pto-delay/link-existing-tickets',
      'pto-delay/check-m2-approval',
      'pto-delay/installation-date',
      'pto-delay/grace-period',
      'pto-delay/grace-ended-reply',
      'pto-delay/double-billing-escalation',
      'pto-delay/littleton-top-electric-reply',
      'pto-delay/shared-reporter',
      'pto-delay/installer-ticket',
      'pto-delay/request-type',
      'pto-delay/installer-message-pto-only',
    ]);
    expect(d.actions.map((a) => (a.kind === 'record' || a.kind === 'update-ticket' ? `${a.kind}:${a.field}` : a.kind))).toEqual([
      'record:address',
      'record:installer',
      'record:littletonTopElectric',
      'record:inspectionComplete',
      'record:cannotReachInstaller',
      'record:inspectionIssue',
      'record:ptoNotSubmitted',
      'record:note',
      'update-ticket:project',
      'update-ticket:title',
      'update-ticket:assignee',
      'update-ticket:reporter',
      'update-ticket:organization',
      'update-ticket:labels',
      'update-ticket:requestType',
      'link-ticket',
      'reply',
      'reply',
      'reply',
      'reply',
      'create-ticket',
      'reply',
    ]);
    expect(d.actions[0]).toMatchObject({ value: '12 Elm St, Littleton, Colorado 80120' });
    expect(d.actions[5]?.summary).toBe('Note the inspection issue: the system failed inspection by the municipality and needs changes.');
    expect(d.trace[4]?.detail).toBe('4 pertinent details: cannotReachInstaller, inspectionIssue, ptoNotSubmitted, note.');
    expect(d.title).toBe('Homeowner Concern Received - Ana Diaz - Top Electric');
    expect(d.installerOutreach).toEqual({
      outcome: 'linked-ticket',
      organization: 'Top Electric',
      reporter: 'gi@shieldenergy.tech',
      reporterSource: 'shared-reporter',
      title: 'Homeowner Concern Received - Ana Diaz - Top Electric',
      doNotContactReason: null,
    });
    expect(d.actions.find((a) => a.kind === 'create-ticket')).toMatchObject({ fields: { linkedFrom: 'PTO-205' } });
  });

  it('speaks the timing answer on a call and writes it on a ticket', () => {
    const phone = decide(base({ channel: 'phone' }));
    expect(phone.messages[0]).toMatchObject({ templateId: 'pto-delay/within-grace-response', channel: 'phone' });
    expect(phone.messages[0]?.subject).toBeUndefined();
    const ticket = decide(base({ channel: 'ticket', stillAskingAboutDoubleBilling: true }));
    expect(ticket.messages.slice(0, 2).map((m) => m.channel)).toEqual(['email', 'email']);
  });

  it('says on the channel of the concern that we will reach out to the installer, or that billing cannot be halted', () => {
    const within = decide(base({ channel: 'phone' }));
    expect(within.actions.find((a) => a.kind === 'reply' && a.templateId === undefined)).toEqual({
      kind: 'reply',
      to: 'homeowner',
      channel: 'phone',
      summary: 'Tell the homeowner we will reach out to their installer to ask for an update on the status of their PTO letter.',
    });
    const ended = decide(base({ channel: 'ticket', m2ApprovedOn: M2_FOR_DAY[60] }));
    expect(ended.actions.find((a) => a.kind === 'reply' && a.templateId === undefined)).toEqual({
      kind: 'reply',
      to: 'homeowner',
      channel: 'email',
      summary: 'Tell the homeowner that unfortunately we cannot halt the billing process.',
    });
  });

  it('records the only-awaiting-PTO answer among the details, and fires no details rule when there are none', () => {
    expect(decide(base({ onlyAwaitingPto: false })).trace.find((t) => t.rule === 'pto-delay/intake-details')?.detail).toBe(
      '1 pertinent detail: onlyAwaitingPto.',
    );
    expect(decide(base()).trace.some((t) => t.rule === 'pto-delay/intake-details')).toBe(false);
    expect(decide(base({ cannotReachInstaller: false, ptoNotSubmitted: false, notes: [] })).trace.some((t) => t.rule === 'pto-delay/intake-details')).toBe(
      false,
    );
  });

  it.each(['not-scheduled', 'pending', 'failed'] as const)('records the inspection issue %s when inspection is not complete', (inspectionIssue) => {
    for (const inspectionComplete of [false, undefined]) {
      const d = decide(base(defined({ inspectionIssue, inspectionComplete })));
      expect(d.actions.find((a) => a.kind === 'record' && a.field === 'inspectionIssue')).toMatchObject({ value: inspectionIssue });
    }
  });

  it('asks whether the system was inspected when that is not known', () => {
    const d = decide(base());
    expect(d.actions.find((a) => a.kind === 'ask')).toEqual({
      kind: 'ask',
      question: 'Has the system been inspected yet?',
      summary: 'Ask the homeowner if the system has been inspected yet.',
    });
    expect(d.trace.find((t) => t.rule === 'pto-delay/intake-inspection')?.detail).toBe('Inspection state not known: ask the homeowner.');
  });

  it('flags Blue Hammer and Stronger at intake and ends with the reason there is no installer ticket', () => {
    const d = decide(base({ installer: 'Stronger LLC', contractorEmail: undefined, installerContactName: undefined }));
    expect(d.actions.find((a) => a.kind === 'record' && a.field === 'noContactInstaller')).toMatchObject({ value: 'Stronger' });
    expect(d.trace.find((t) => t.rule === 'pto-delay/intake-blue-hammer-or-stronger')?.detail).toBe('"Stronger LLC" is Stronger: flag yes.');
    expect(d.installerOutreach.outcome).toBe('do-not-contact');
    expect(d.installerOutreach.doNotContactReason).toContain('We no longer communicate with Blue Hammer or Stronger');
    expect(d.actions.at(-1)?.kind).toBe('stop');
  });
});

describe('handlePtoConcern: what the intake notes say', () => {
  const detail = (d: ReturnType<typeof decide>, rule: string) => d.trace.find((t) => t.rule === rule)?.detail;
  const record = (d: ReturnType<typeof decide>, field: string) => d.actions.find((a) => a.kind === 'record' && a.field === field);

  it('flags Top Electric in Littleton, CO at intake, saying what was seen', () => {
    const d = decide(base({ installer: 'Top Electric, LLC', site: LITTLETON }));
    expect(detail(d, 'pto-delay/intake-littleton-top-electric')).toBe(
      'Littleton, CO is in Littleton, CO/Colorado and "Top Electric, LLC" is Top Electric: flag yes.',
    );
    expect(record(d, 'littletonTopElectric')).toEqual({
      kind: 'record',
      field: 'littletonTopElectric',
      value: 'yes',
      summary: 'Take note: the system is in Littleton, CO/Colorado and installed by Top Electric.',
    });
  });

  it('does not flag another installer outside Littleton, saying neither matched', () => {
    const d = decide(base({ site: ELSEWHERE }));
    expect(detail(d, 'pto-delay/intake-littleton-top-electric')).toBe(
      'Denver, CO is not in Littleton, CO/Colorado and "Sunny Roofs Inc." is not Top Electric: flag no.',
    );
    expect(detail(d, 'pto-delay/intake-blue-hammer-or-stronger')).toBe('"Sunny Roofs Inc." is not one of Blue Hammer or Stronger: flag no.');
    expect(record(d, 'littletonTopElectric')).toBeUndefined();
    expect(record(d, 'noContactInstaller')).toBeUndefined();
  });

  it.each([
    [true, 'yes'],
    [false, 'no'],
  ] as const)('notes "inspection complete" %s as %j', (inspectionComplete, word) => {
    const d = decide(base({ inspectionComplete, onlyAwaitingPto: inspectionComplete }));
    expect(detail(d, 'pto-delay/intake-inspection')).toBe(`Inspection complete: ${word}.`);
    expect(record(d, 'inspectionComplete')).toEqual({
      kind: 'record',
      field: 'inspectionComplete',
      value: word,
      summary: `Note whether the system has been inspected: ${word}.`,
    });
    expect(record(d, 'onlyAwaitingPto')).toEqual({
      kind: 'record',
      field: 'onlyAwaitingPto',
      value: word,
      summary: `Note whether the homeowner is only waiting on PTO from the utility: ${word}.`,
    });
  });

  it('notes "yes" for an installer the homeowner cannot reach and a PTO request not submitted', () => {
    const d = decide(base({ cannotReachInstaller: true, ptoNotSubmitted: true }));
    expect(record(d, 'cannotReachInstaller')).toEqual({
      kind: 'record',
      field: 'cannotReachInstaller',
      value: 'yes',
      summary: 'Note that the homeowner has been trying to contact the installer and cannot get in touch with them.',
    });
    expect(record(d, 'ptoNotSubmitted')).toEqual({
      kind: 'record',
      field: 'ptoNotSubmitted',
      value: 'yes',
      summary: 'Note that the installer has not submitted the request for PTO with the utility.',
    });
  });
});

describe('handlePtoConcern: searching and linking existing tickets', () => {
  const links = (facts: Partial<HandlePtoConcernFacts>) =>
    decide(base(facts)).actions.filter((a) => a.kind === 'link-ticket').map((a) => (a.kind === 'link-ticket' ? `${a.from}->${a.to}` : ''));

  it('asks to search when no search result is given', () => {
    const d = decide(base());
    expect(d.actions.find((a) => a.kind === 'check')).toMatchObject({ what: 'existing open tickets of the homeowner' });
    expect(links({})).toEqual([]);
  });

  it('links nothing when the search found no open tickets', () => {
    expect(links({ existingOpenTickets: [] })).toEqual([]);
    expect(decide(base({ existingOpenTickets: [] })).trace.find((t) => t.rule === 'pto-delay/link-existing-tickets')?.detail).toBe(
      'No existing open tickets: nothing to link.',
    );
  });

  it('links nothing when the search found no open tickets, even when this ticket has a key', () => {
    expect(links({ existingOpenTickets: [], ticketKey: 'PTO-205' })).toEqual([]);
  });

  it('links this new ticket to the original homeowner ticket', () => {
    expect(links({ existingOpenTickets: ['PTO-101', 'PTO-150'], ticketKey: 'PTO-205' })).toEqual(['PTO-205->PTO-101']);
    expect(links({ existingOpenTickets: ['PTO-101'] })).toEqual(['this ticket->PTO-101']);
  });

  it('links each newer ticket once, however often the search listed it', () => {
    expect(links({ existingOpenTickets: ['PTO-101', 'PTO-150', 'PTO-150', 'PTO-101'], ticketKey: 'PTO-101' })).toEqual(['PTO-150->PTO-101']);
  });

  it('says which tickets it links to the original, and links each "relates to"', () => {
    const d = decide(base({ existingOpenTickets: ['PTO-101', 'PTO-150'], ticketKey: 'PTO-205' }));
    expect(d.trace.find((t) => t.rule === 'pto-delay/link-existing-tickets')?.detail).toBe('Original homeowner ticket PTO-101; link PTO-205 to it.');
    expect(d.actions.find((a) => a.kind === 'link-ticket')).toEqual({
      kind: 'link-ticket',
      from: 'PTO-205',
      to: 'PTO-101',
      relation: 'relates to',
      summary: 'Link PTO-205 to the original homeowner ticket PTO-101.',
    });
    const original = decide(base({ existingOpenTickets: ['PTO-101', 'PTO-150', 'PTO-160'], ticketKey: 'PTO-101' }));
    expect(original.trace.find((t) => t.rule === 'pto-delay/link-existing-tickets')?.detail).toBe(
      'Original homeowner ticket PTO-101; link PTO-150, PTO-160 to it.',
    );
  });

  it('links the newer tickets to this one when this is the original', () => {
    expect(links({ existingOpenTickets: ['PTO-101', 'PTO-150', 'PTO-101', 'PTO-160'], ticketKey: 'PTO-101' })).toEqual([
      'PTO-150->PTO-101',
      'PTO-160->PTO-101',
    ]);
    const d = decide(base({ existingOpenTickets: ['PTO-101'], ticketKey: 'PTO-101' }));
    expect(d.trace.find((t) => t.rule === 'pto-delay/link-existing-tickets')?.detail).toBe(
      'Original homeowner ticket PTO-101; link nothing (no newer tickets) to it.',
    );
  });
});

describe('handlePtoConcern: grace boundaries, leap years and the policy time zone', () => {
  it.each([
    ['2028-02-29T20:00:00-08:00', 59, 'within-grace'],
    ['2028-03-01T20:00:00-08:00', 60, 'grace-ended'],
    ['2028-03-02T20:00:00-08:00', 61, 'grace-ended'],
  ] as const)('counts 29 February in a leap year: M2 2028-01-01, now %s is day %i', (now, days, outcome) => {
    const d = decide(base({ m2ApprovedOn: '2028-01-01', now }));
    expect(d.daysSinceInstall).toBe(days);
    expect(d.outcome).toBe(outcome);
    expect(d.firstPaymentDueOn).toBe('2028-03-01');
  });

  it.each([
    ['2027-03-01T12:00:00-08:00', 59, 'within-grace'],
    ['2027-03-02T12:00:00-08:00', 60, 'grace-ended'],
  ] as const)('has no 29 February in 2027: M2 2027-01-01, now %s is day %i', (now, days, outcome) => {
    const d = decide(base({ m2ApprovedOn: '2027-01-01', now }));
    expect(d.daysSinceInstall).toBe(days);
    expect(d.outcome).toBe(outcome);
    expect(d.firstPaymentDueOn).toBe('2027-03-02');
  });

  it('reads "today" late in the evening in the policy zone, not in UTC', () => {
    // 2026-11-24T05:30Z is 21:30 on 23 November in Los Angeles.
    const late = '2026-11-24T05:30:00Z';
    expect(decide(base({ m2ApprovedOn: '2026-09-25', now: late })).outcome).toBe('within-grace');
    expect(decide(base({ m2ApprovedOn: '2026-09-25', now: late }), { timeZone: 'UTC' }).outcome).toBe('grace-ended');
    expect(decide(base({ m2ApprovedOn: '2026-09-24', now: late })).daysSinceInstall).toBe(60);
    expect(decide(base({ m2ApprovedOn: '2026-09-24', now: late }), { timeZone: 'UTC' }).daysSinceInstall).toBe(61);
    const policy = definePolicy({ name: 'ny', version: '1', calendar: { timeZone: 'America/New_York' } });
    expect(decide(base({ m2ApprovedOn: '2026-09-25', now: late }), { policy }).today).toBe('2026-11-24');
  });

  it('accepts an M2 approval today (day 0) but not tomorrow in the policy zone', () => {
    expect(decide(base({ m2ApprovedOn: '2026-11-23', now: '2026-11-24T05:30:00Z' })).daysSinceInstall).toBe(0);
    const error = inputError(() => handlePtoConcern(base({ m2ApprovedOn: '2026-11-24', now: '2026-11-24T05:30:00Z' })));
    expect(issuePaths(error)).toEqual(['m2ApprovedOn']);
  });
});

describe('handlePtoConcern: reuses the other decisions', () => {
  it.each(cross(INSTALLER_CLASSES, [true, false], [59, 60] as const))('%s, Littleton %s, day %s: same answers as the single decisions', (cls, littleton, day) => {
    const facts = base({ installer: INSTALLERS[cls], site: littleton ? LITTLETON : ELSEWHERE, m2ApprovedOn: M2_FOR_DAY[day], ticketKey: 'PTO-9' });
    const whole = decide(facts);
    const timing = firstPaymentTiming({ m2ApprovedOn: facts.m2ApprovedOn, installer: whole.homeownerReply.organization, now: NOW });
    const reply = ptoHomeownerReply({ installer: facts.installer, site: facts.site, homeowner: facts.homeowner, m2ApprovedOn: facts.m2ApprovedOn });
    const outreach = ptoInstallerOutreach({
      installer: facts.installer,
      contractorEmail: facts.contractorEmail as string,
      installerContactName: facts.installerContactName as string,
      homeowner: facts.homeowner,
      homeownerTicketKey: 'PTO-9',
    });
    expect(whole.outcome).toBe(timing.outcome);
    expect(whole.firstPaymentDueOn).toBe(timing.firstPaymentDueOn);
    expect(whole.homeownerReply).toEqual({ outcome: reply.outcome, templateId: reply.templateId, organization: reply.organization, inLittleton: reply.inLittleton });
    const { procedure: _p, actions: _a, messages: _m, trace: _t, policy: _pol, stamp: _stamp, ...outreachFields } = outreach;
    expect(whole.installerOutreach).toEqual(outreachFields);
    const texts = (ms: readonly { text: string }[]) => ms.map((m) => m.text);
    expect(texts(whole.messages)).toEqual([...texts(timing.messages), ...texts(reply.messages), ...texts(outreach.messages)]);
  });
});

describe('handlePtoConcern: bad input', () => {
  it('reports every cross-field problem at once: M2 after today, an inspection issue with inspection complete, a missing contractor e-mail', () => {
    const error = inputError(() =>
      handlePtoConcern(
        base({
          m2ApprovedOn: '2026-12-01',
          inspectionComplete: true,
          inspectionIssue: 'pending',
          contractorEmail: undefined,
          installerContactName: undefined,
        }),
      ),
    );
    expect(issuePaths(error)).toEqual(['m2ApprovedOn', 'inspectionIssue', 'contractorEmail', 'installerContactName']);
    expect(error.issues[1]).toEqual({
      path: ['inspectionIssue'],
      code: 'conflict',
      message: 'is "pending", but inspectionComplete is true; give one or the other',
    });
  });

  it('rejects an inspection issue with inspection complete on its own', () => {
    expect(issuePaths(inputError(() => handlePtoConcern(base({ inspectionComplete: true, inspectionIssue: 'failed' }))))).toEqual(['inspectionIssue']);
  });

  it('needs no contractor e-mail or contact name for Blue Hammer, and no contractor e-mail for Top Electric', () => {
    expect(decide(base({ installer: 'Blue Hammer', contractorEmail: undefined, installerContactName: undefined })).installerOutreach.outcome).toBe(
      'do-not-contact',
    );
    expect(decide(base({ installer: 'Top Electric', contractorEmail: undefined })).installerOutreach.reporter).toBe('gi@shieldenergy.tech');
  });

  it('rejects each bad field, naming its path', () => {
    const error = inputError(() =>
      handlePtoConcern({
        channel: 'fax' as never,
        installer: '',
        site: { city: 'Littleton', state: '' },
        homeowner: { firstName: 'Ana', lastName: 'Diaz', email: 'ana@' },
        m2ApprovedOn: '2026-9-24',
        now: '2026-11-23T12:00:00',
        inspectionComplete: 'no' as never,
        onlyAwaitingPto: null as never,
        inspectionIssue: 'passed' as never,
        cannotReachInstaller: 'yes' as never,
        ptoNotSubmitted: 0 as never,
        notes: ['ok', ''],
        stillAskingAboutDoubleBilling: 'true' as never,
        ticketKey: 'PTO-',
        existingOpenTickets: ['PTO-1', 'x'],
        contractorEmail: 'nope',
        installerContactName: '',
      }),
    );
    expect(issuePaths(error)).toEqual([
      'channel',
      'installer',
      'site.state',
      'homeowner.email',
      'm2ApprovedOn',
      'now',
      'inspectionComplete',
      'onlyAwaitingPto',
      'inspectionIssue',
      'cannotReachInstaller',
      'ptoNotSubmitted',
      'notes.1',
      'stillAskingAboutDoubleBilling',
      'ticketKey',
      'existingOpenTickets.1',
      'contractorEmail',
      'installerContactName',
    ]);
  });
});

standardCases('handlePtoConcern', handlePtoConcern as never, () => ({
  channel: 'phone',
  installer: 'Top Electric',
  site: { city: 'Littleton', state: 'CO' },
  homeowner: { firstName: 'Ana', lastName: 'Diaz' },
  m2ApprovedOn: '2026-09-25',
  now: '2026-11-23T12:00:00-08:00',
  installerContactName: 'Pat Kim',
  stillAskingAboutDoubleBilling: true,
  notes: ['Installer does not answer'],
  existingOpenTickets: ['PTO-101'],
}));
