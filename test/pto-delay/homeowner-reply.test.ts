import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { nameCandidate } from '../../src/_lib/names.js';
import { chooseHomeownerReply, ptoHomeownerReply } from '../../src/pto-delay/homeowner-reply.js';
import type { PtoHomeownerReplyFacts } from '../../src/pto-delay/schema.js';
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
  expectedReply,
} from './fixtures.js';

const ID = 'pto-delay/homeowner-reply';
const OUTCOMES = ['littleton-top-electric', 'things-you-can-do', 'standard'];
const TEMPLATE = {
  'littleton-top-electric': 'pto-delay/homeowner-littleton-top-electric',
  'things-you-can-do': 'pto-delay/homeowner-things-you-can-do',
  standard: 'pto-delay/homeowner-standard',
} as const;

const base = (over: Partial<PtoHomeownerReplyFacts> = {}): PtoHomeownerReplyFacts => ({
  installer: 'Top Electric',
  site: { city: 'Littleton', state: 'CO' },
  homeowner: { firstName: 'Ana', lastName: 'Diaz', email: 'ana.diaz@example.com' },
  m2ApprovedOn: '2026-09-24',
  ...over,
});
const decide = (facts: PtoHomeownerReplyFacts, options?: Parameters<typeof ptoHomeownerReply>[1]) =>
  expectDecision(ptoHomeownerReply(facts, options), ID, OUTCOMES);

describe('ptoHomeownerReply: the decision table (installer × Littleton × inspection × only awaiting PTO)', () => {
  const rows = cross(INSTALLER_CLASSES, [true, false], [...TRISTATE], [...TRISTATE]);
  it.each(rows)('%s, in Littleton %s, inspected %s, only awaiting PTO %s', (cls, littleton, inspected, only) => {
    const d = decide(
      base(
        defined({
          installer: INSTALLERS[cls],
          site: littleton ? LITTLETON : ELSEWHERE,
          inspectionComplete: inspected,
          onlyAwaitingPto: only,
        }),
      ),
    );
    const expected = expectedReply(cls, littleton, inspected, only);
    expect(d.outcome).toBe(expected);
    expect(d.templateId).toBe(TEMPLATE[expected]);
    expect(d.inLittleton).toBe(littleton);
    expect(d.messages.map((m) => m.templateId)).toEqual([TEMPLATE[expected]]);
    expect(d.actions.at(-1)).toMatchObject({ kind: 'reply', to: 'homeowner', templateId: TEMPLATE[expected] });
  });

  it('walks all 108 combinations', () => {
    expect(rows).toHaveLength(6 * 2 * 3 * 3);
  });
});

describe('chooseHomeownerReply: which rule of SOPS.md item 8 matched', () => {
  const choose = (installer: string, site: { city: string; state: string }, inspectionComplete?: boolean, onlyAwaitingPto?: boolean) =>
    chooseHomeownerReply(
      defined({ installer, site, homeowner: { firstName: 'Ana', lastName: 'Diaz' }, m2ApprovedOn: '2026-09-24', inspectionComplete, onlyAwaitingPto }),
      nameCandidate(installer),
      defaultPolicy,
    );

  it.each([
    ['Top Electric', LITTLETON, true, true, 'littleton-top-electric', 'littleton'],
    ['Blue Hammer', LITTLETON, true, true, 'things-you-can-do', 'installer'],
    ['Sunny Roofs', ELSEWHERE, true, true, 'things-you-can-do', 'awaiting-pto'],
    ['Sunny Roofs', ELSEWHERE, true, false, 'standard', 'other'],
  ] as const)('%s in %o, inspected %s, only awaiting PTO %s: %s because %s', (installer, site, inspected, only, outcome, because) => {
    expect(choose(installer, site, inspected, only)).toMatchObject({ outcome, because });
  });
});

describe('ptoHomeownerReply: the replies', () => {
  it('renders the Littleton reply with the install date as x/x/xx, the grace period, Top Electric and Littleton', () => {
    const d = decide(base({ installer: 'TOP ELECTRIC, LLC', site: { city: 'littleton', state: 'colorado' } }));
    expect(d.outcome).toBe('littleton-top-electric');
    expect(d.organization).toBe('Top Electric');
    expect(d.messages[0]?.text).toBe(`We’re following up regarding your inquiry about your first payment due date.

We do provide a 60-day period from the date your system was installed (our records show this date as 9/24/26) that provides your installer time to acquire the PTO letter and activate your system before your first payment.

Top Electric is aware of a delay with the utility in the Littleton area that may be causing a delay in the PTO letter acquisition. This may result in your first payment being due before the system is activated. I will instruct the installer in my communication with them to brief you on this delay as well.

Best Regards,`);
    expect(d.messages[0]?.subject).toBe('Your first payment due date');
    expect(d.trace.at(-1)?.rule).toBe('pto-delay/littleton-top-electric-reply');
  });

  it('renders the "things you can do" reply with the customer name', () => {
    const d = decide(base({ installer: 'Stronger' }));
    expect(d.messages[0]?.text.startsWith('Hi Ana Diaz,\n\nOur records indicate that your solar system is installed')).toBe(true);
    expect(d.messages[0]?.text).toContain('1. Call your electric utility');
    expect(d.trace.at(-1)?.detail).toBe('"Stronger" is Stronger, one of Blue Hammer or Stronger: the "things you can do" reply.');
  });

  it('uses the "things you can do" reply for another installer when inspected and only waiting on PTO, citing that rule', () => {
    const d = decide(base({ installer: 'Sunny Roofs', site: ELSEWHERE, inspectionComplete: true, onlyAwaitingPto: true }));
    expect(d.outcome).toBe('things-you-can-do');
    expect(d.trace.at(-1)?.rule).toBe('pto-delay/things-you-can-do-awaiting-pto');
    expect(d.trace.at(-1)?.detail).toBe(
      '"Sunny Roofs" at Denver, CO (not in Littleton, CO/Colorado) is not Top Electric in Littleton nor one of Blue Hammer or Stronger, ' +
        'but the system is installed (M2 approved 2026-09-24) and inspection complete: yes, only waiting on PTO: yes: the "things you can do" reply.',
    );
  });

  it('renders the standard reply with the grace period in words and digits', () => {
    const d = decide(base({ installer: 'Sunny Roofs', site: ELSEWHERE, inspectionComplete: true }));
    expect(d.outcome).toBe('standard');
    expect(d.messages[0]?.text).toContain('Hi Ana Diaz,\n\nWe’re following up regarding your inquiry');
    expect(d.messages[0]?.text).toContain('first payment is due sixty (60) days after the “Start Date,”');
    expect(d.trace.at(-1)?.detail).toContain('inspection complete: yes, only waiting on PTO: not known');
  });

  it('says why the standard reply was chosen, with "no" for the inspection facts given as false', () => {
    const d = decide(base({ installer: 'Sunny Roofs', site: ELSEWHERE, inspectionComplete: false, onlyAwaitingPto: false }));
    expect(d.trace.at(-1)?.detail).toBe(
      '"Sunny Roofs" at Denver, CO (not in Littleton, CO/Colorado): not Top Electric in Littleton, not one of Blue Hammer or Stronger, ' +
        'and not both inspected and only waiting on PTO (inspection complete: no, only waiting on PTO: no): the standard reply.',
    );
  });

  it('takes the grace period of the policy into the Littleton and standard replies', () => {
    const policy = definePolicy({ name: 'p', version: '1', ptoDelay: { gracePeriodDays: 45 } });
    expect(decide(base(), { policy }).messages[0]?.text).toContain('We do provide a 45-day period');
    expect(decide(base({ site: ELSEWHERE }), { policy }).messages[0]?.text).toContain('due forty-five (45) days after');
  });
});

describe('ptoHomeownerReply: rule order (first match wins)', () => {
  it('gives the Littleton reply to Top Electric in Littleton even when inspected and only waiting on PTO', () => {
    expect(decide(base({ inspectionComplete: true, onlyAwaitingPto: true })).outcome).toBe('littleton-top-electric');
  });

  it('gives Blue Hammer in Littleton, CO the "things you can do" reply (the Littleton reply is for Top Electric only)', () => {
    expect(decide(base({ installer: 'Blue Hammer' })).outcome).toBe('things-you-can-do');
  });

  it('gives Top Electric outside Littleton the standard reply unless inspected and only waiting on PTO', () => {
    expect(decide(base({ site: ELSEWHERE })).outcome).toBe('standard');
    expect(decide(base({ site: ELSEWHERE, inspectionComplete: true, onlyAwaitingPto: true })).outcome).toBe('things-you-can-do');
  });
});

describe('ptoHomeownerReply: Littleton, CO (SOPS.md item 7)', () => {
  it.each([
    ['Littleton', 'CO'],
    ['LITTLETON', 'co'],
    [' littleton ', 'Colorado'],
    ['Littleton.', 'COLORADO'],
    ['Littleton', 'Co.'],
    // Periods are dropped, not turned into spaces (SOPS.md item 7 normalization): "C.O." reads as "co".
    ['Littleton', 'C.O.'],
  ])('is Littleton for city %j, state %j', (city, state) => {
    expect(decide(base({ site: { city, state } })).inLittleton).toBe(true);
  });

  it.each([
    ['Littleton', 'MA'],
    ['Littleton', 'NH'],
    ['Littleton Heights', 'CO'],
    ['Denver', 'CO'],
    ['Littleton', 'Colo'],
    ['Littleton', 'C O'],
  ])('is not Littleton, CO for city %j, state %j', (city, state) => {
    const d = decide(base({ site: { city, state } }));
    expect(d.inLittleton).toBe(false);
    expect(d.outcome).toBe('standard');
  });

  it('uses the policy’s Littleton installer, city and states', () => {
    const policy = definePolicy({
      name: 'p',
      version: '1',
      ptoDelay: { littleton: { installer: 'Peak Power', city: 'Golden', states: ['CO'] } },
    });
    const d = decide(base({ installer: 'Peak Power LLC', site: { city: 'golden', state: 'co' } }), { policy });
    expect(d.outcome).toBe('littleton-top-electric');
    expect(d.messages[0]?.text).toContain('Peak Power is aware of a delay with the utility in the Golden area');
    expect(decide(base(), { policy }).outcome).toBe('standard');
  });

  it('explains a Littleton without states when the policy lists one state or none', () => {
    const one = definePolicy({ name: 'p', version: '1', ptoDelay: { littleton: { installer: 'Top Electric', city: 'Littleton', states: ['CO'] } } });
    expect(decide(base(), { policy: one }).trace.at(-1)?.detail).toContain('(in Littleton, CO)');
    const none = definePolicy({ name: 'p', version: '1', ptoDelay: { littleton: { installer: 'Top Electric', city: 'Littleton', states: [] } } });
    const d = decide(base(), { policy: none });
    expect(d.outcome).toBe('standard');
    expect(d.trace.at(-1)?.detail).toContain('(not in Littleton, )');
  });
});

describe('ptoHomeownerReply: installer look-alikes (SOPS.md item 7)', () => {
  it.each(['Top Electric', 'top electric', 'TOP ELECTRIC, LLC', 'Top Electric Inc.', 'Top  Electric Co', 'Top-Electric'])(
    '%j is Top Electric',
    (installer) => {
      expect(decide(base({ installer })).outcome).toBe('littleton-top-electric');
    },
  );

  it('does not take "Top Electrical" for Top Electric', () => {
    const d = decide(base({ installer: 'Top Electrical' }));
    expect(d.outcome).toBe('standard');
    expect(d.organization).toBe('Top Electrical');
  });

  it('does not take "Stronger Solar Inc." for Stronger, unless the policy makes it an alias', () => {
    expect(decide(base({ installer: 'Stronger Solar Inc.', site: ELSEWHERE })).outcome).toBe('standard');
    const policy = definePolicy({ name: 'p', version: '1', installerAliases: { Stronger: ['Stronger Solar'] } });
    const d = decide(base({ installer: 'Stronger Solar Inc.', site: ELSEWHERE }), { policy });
    expect(d.outcome).toBe('things-you-can-do');
    expect(d.organization).toBe('Stronger');
  });

  it('matches Top Electric through a policy alias', () => {
    const policy = definePolicy({ name: 'p', version: '1', installerAliases: { 'Top Electric': ['TE Solar'] } });
    expect(decide(base({ installer: 'TE Solar LLC' }), { policy }).outcome).toBe('littleton-top-electric');
  });
});

describe('ptoHomeownerReply: policy installer lists', () => {
  it('gives Blue Hammer the standard reply when the policy lists no "things you can do" installers', () => {
    const policy = definePolicy({ name: 'p', version: '1', ptoDelay: { thingsYouCanDoInstallers: [] } });
    const d = decide(base({ installer: 'Blue Hammer', site: ELSEWHERE }), { policy });
    expect(d.outcome).toBe('standard');
    expect(d.trace.at(-1)?.detail).toContain('not one of (none)');
  });
});

describe('ptoHomeownerReply: the homeowner ticket', () => {
  it('creates the ticket in the PTO project with title, assignee, reporter, organization, label and request type', () => {
    const d = decide(base({ installer: 'shield energy llc', site: ELSEWHERE }));
    expect(d.title).toBe('Homeowner Concern Received - Ana Diaz - Shield Energy');
    expect(d.actions[0]).toEqual({
      kind: 'create-ticket',
      project: 'PTO',
      fields: {
        title: 'Homeowner Concern Received - Ana Diaz - Shield Energy',
        assignee: 'Jessica Hauger',
        reporter: 'ana.diaz@example.com',
        organization: 'Shield Energy',
        labels: ['PTO'],
        requestType: 'PTO/M3 Delay',
      },
      summary: expect.stringContaining('Create the homeowner ticket in the PTO project'),
    });
    expect(d.trace[0]?.detail).toBe(
      'No homeowner ticket yet: create one, assigned to Jessica Hauger, reporter ana.diaz@example.com, organization "Shield Energy".',
    );
    expect(d.trace.map((t) => t.rule).slice(0, 4)).toEqual([
      'pto-delay/homeowner-ticket',
      'pto-delay/pto-project',
      'pto-delay/concern-title',
      'pto-delay/request-type',
    ]);
  });

  it('keeps an unknown installer’s name as given', () => {
    expect(decide(base({ installer: 'Sunny Roofs Inc.' })).title).toBe('Homeowner Concern Received - Ana Diaz - Sunny Roofs Inc.');
  });

  it('asks for the homeowner’s e-mail address when it is not given', () => {
    const d = decide(base({ homeowner: { firstName: 'Ana', lastName: 'Diaz' } }));
    expect(d.actions[0]).toMatchObject({ kind: 'create-ticket' });
    expect(Object.keys((d.actions[0] as { fields: object }).fields)).not.toContain('reporter');
    expect((d.actions[0] as { fields: object }).fields).toEqual({
      title: 'Homeowner Concern Received - Ana Diaz - Top Electric',
      assignee: 'Jessica Hauger',
      organization: 'Top Electric',
      labels: ['PTO'],
      requestType: 'PTO/M3 Delay',
    });
    expect(d.actions[1]).toMatchObject({ kind: 'check', what: "the homeowner's e-mail address" });
    expect(d.trace[0]?.detail).toContain("reporter the homeowner's e-mail address (not given)");
  });

  it('updates an existing ticket field by field, moving it to the PTO project first', () => {
    const d = decide(base({ ticketKey: 'SS-42' }));
    expect(d.actions.map((a) => (a.kind === 'update-ticket' ? a.field : a.kind))).toEqual([
      'project',
      'title',
      'assignee',
      'reporter',
      'organization',
      'labels',
      'requestType',
      'reply',
    ]);
    expect(d.actions[0]?.summary).toBe('Move SS-42 to the PTO project.');
    expect(d.trace[0]?.detail).toContain('Homeowner ticket SS-42 exists');
  });

  it('says what it sets on an existing ticket, labels included', () => {
    const d = decide(base({ ticketKey: 'SS-42' }));
    expect(d.trace[0]?.detail).toBe(
      'Homeowner ticket SS-42 exists: assign it to Jessica Hauger, reporter ana.diaz@example.com, organization "Top Electric".',
    );
    expect(d.actions.find((a) => a.kind === 'update-ticket' && a.field === 'labels')).toEqual({
      kind: 'update-ticket',
      field: 'labels',
      value: ['PTO'],
      summary: 'Add the label PTO to SS-42.',
    });
    const noEmail = decide(base({ ticketKey: 'SS-42', homeowner: { firstName: 'Ana', lastName: 'Diaz' } }));
    expect(noEmail.trace[0]?.detail).toBe(
      'Homeowner ticket SS-42 exists: assign it to Jessica Hauger, reporter the homeowner\'s e-mail address (not given), organization "Top Electric".',
    );
  });

  it('updates an existing ticket without a reporter when the e-mail is not given, and asks for it', () => {
    const d = decide(base({ ticketKey: 'SS-42', homeowner: { firstName: 'Ana', lastName: 'Diaz' } }));
    expect(d.actions.some((a) => a.kind === 'update-ticket' && a.field === 'reporter')).toBe(false);
    expect(d.actions.some((a) => a.kind === 'check')).toBe(true);
  });

  it('takes assignee, project, label and request type from the policy', () => {
    const policy = definePolicy({
      name: 'p',
      version: '1',
      ptoDelay: { assignee: 'Robin Roe', project: 'PTOX', label: 'pto-delay', requestType: 'PTO Delay' },
    });
    const d = decide(base(), { policy });
    expect(d.actions[0]).toMatchObject({
      project: 'PTOX',
      fields: { assignee: 'Robin Roe', labels: ['pto-delay'], requestType: 'PTO Delay' },
    });
  });
});

describe('ptoHomeownerReply: bad input', () => {
  it('rejects each bad field, naming its path', () => {
    const error = inputError(() =>
      ptoHomeownerReply({
        installer: '  ',
        site: { city: '', state: 3 as never },
        homeowner: { firstName: 'Ana', lastName: '', email: 'not-an-email' },
        m2ApprovedOn: '2026-02-30',
        inspectionComplete: 'yes' as never,
        onlyAwaitingPto: 1 as never,
        ticketKey: 'not a key',
      }),
    );
    expect(issuePaths(error)).toEqual([
      'installer',
      'site.city',
      'site.state',
      'homeowner.lastName',
      'homeowner.email',
      'm2ApprovedOn',
      'inspectionComplete',
      'onlyAwaitingPto',
      'ticketKey',
    ]);
  });

  it('rejects missing required fields and unknown nested fields', () => {
    const error = inputError(() => ptoHomeownerReply({ site: { city: 'Littleton', state: 'CO', county: 'Arapahoe' } } as never));
    expect(issuePaths(error)).toEqual(['installer', 'site', 'homeowner', 'm2ApprovedOn']);
    expect(error.message).toContain('county');
  });
});

standardCases('ptoHomeownerReply', ptoHomeownerReply as never, () => ({
  installer: 'Top Electric',
  site: { city: 'Littleton', state: 'CO' },
  homeowner: { firstName: 'Ana', lastName: 'Diaz' },
  m2ApprovedOn: '2026-09-24',
}));
