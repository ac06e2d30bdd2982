import { describe, expect, it } from 'vitest';
import { initialPvWattsState, pvWattsOutage } from '../../src/pv-watts-outage/index.js';
import type { PvWattsEvent, PvWattsState } from '../../src/pv-watts-outage/index.js';
import { procedures } from '../../src/procedures.js';
import { quoteAnchor } from '../../site/passages.js';
import { syncRegion } from './sync.js';
import {
  condense, decisionTable, docLink, examplesTable, exhaustive, firstHitProblems, playground, renderTables, summarize,
  type Exhaustive, type TableSpec,
} from './tables.js';

const link = docLink((source) => quoteAnchor(source.section));

const NOW = '2026-11-23T12:00:00-08:00';
const homeowner = { firstName: 'Ana', lastName: 'Diaz' };
const CONCERNS = [
  'cost-savings', 'high-utility-bills', 'no-savings-noticed', 'maintenance', 'repair', 'outage', 'system-damage',
  'monitoring-setup', 'monitoring-access', 'monitoring-data', 'panel-cleaning', 'personal-property-damage', 'insurance-appraisal',
];
/** closeEligibility: `now` and the instants exactly 24 hours and 23 h 59 min before it. */
const CLOSE = {
  now: '2026-11-24T10:00:00Z', customerConfirmedResolved: false, believedResolved: false, blockedOnCustomerInput: false,
  confirmationRequests: [], followUps: [], customerReplies: [], devTickets: [],
};
const H24 = '2026-11-23T10:00:00Z';
const H23_59 = '2026-11-23T10:01:00Z';
const INSTALLERS = ['Top Electric', 'Blue Hammer', 'Stronger', 'Shield Energy', 'LA Solar', 'Acme Solar'];

/**
 * The documented input space of each procedure. Every enum and boolean of its decision table is an
 * axis; boundary dates are in its bundled examples, which are tabled too.
 */
const SPECS: Record<string, TableSpec[]> = {
  'pto-delay.md': [
    {
      id: 'pto-delay/first-payment-timing',
      base: { installer: 'Top Electric', now: NOW },
      axes: { m2ApprovedOn: ['2026-11-23', '2026-09-25', '2026-09-24', '2026-09-23'] },
    },
    {
      id: 'pto-delay/homeowner-reply',
      base: { homeowner, m2ApprovedOn: '2026-09-24', site: { city: 'Littleton', state: 'CO' } },
      axes: {
        installer: INSTALLERS,
        'site.city': ['Littleton', 'Denver'],
        inspectionComplete: [true, false, undefined],
        onlyAwaitingPto: [true, false, undefined],
      },
    },
    {
      id: 'pto-delay/installer-outreach',
      base: { homeowner, installerContactName: 'Sam Lee', homeownerTicketKey: 'PTO-101' },
      axes: { installer: INSTALLERS, contractorEmail: ['ops@installer.example', undefined] },
    },
    {
      id: 'pto-delay/partner-ticket',
      base: { description: 'PTO received for 12 Elm St', homeownerTicketKey: 'PTO-101' },
      axes: {
        fromEmail: ['service@omnidian.com', 'SERVICE@OMNIDIAN.COM', 'x@mail.omnidian.com', 'x@omnidian.com.evil.io', 'staff@goeverbright.com'],
        source: ['account-servicing', undefined],
      },
    },
    {
      id: 'pto-delay/handle-concern',
      base: {
        site: { city: 'Littleton', state: 'CO' }, homeowner, now: NOW, installerContactName: 'Sam Lee',
        contractorEmail: 'ops@installer.example', inspectionComplete: true, onlyAwaitingPto: true,
      },
      axes: {
        channel: ['phone', 'ticket'],
        installer: INSTALLERS,
        m2ApprovedOn: ['2026-09-25', '2026-09-24'],
      },
    },
  ],
  'system-support.md': [
    {
      id: 'system-support/route-inquiry',
      base: { customerAuthenticated: true, m3Approved: true, installerName: 'Acme Solar', installerContact: '555-0100', monitoringPlatform: 'myeverbright' },
      axes: { concern: CONCERNS, contractType: ['PPA', 'RIC'], channel: ['phone', 'chat', 'email'] },
    },
    {
      id: 'system-support/route-inquiry',
      base: { contractType: 'PPA', channel: 'phone', installerName: 'Acme Solar', installerContact: '555-0100', monitoringPlatform: 'myeverbright' },
      axes: { customerAuthenticated: [false, true], m3Approved: [false, true], concern: CONCERNS },
    },
    {
      id: 'system-support/route-inquiry',
      base: { customerAuthenticated: true, m3Approved: true, contractType: 'PPA', concern: 'outage' },
      axes: { channel: ['phone', 'chat'], spokeWithOmnidian: [true, false], transferredFromOmnidian: [true, false] },
    },
    {
      id: 'system-support/route-inquiry',
      base: { customerAuthenticated: true, m3Approved: true, concern: 'monitoring-access', channel: 'phone' },
      axes: { monitoringPlatform: ['myeverbright', 'enphase', 'solaredge'], contractType: ['PPA', 'RIC'] },
    },
    {
      id: 'system-support/omnidian-follow-up',
      base: { now: NOW, openCase: { createdAt: '2026-11-19T12:00:00-08:00' } },
      axes: {
        'openCase.hasNewUpdate': [true, false],
        'openCase.lastUpdateAt': ['2026-11-21T11:59:59-08:00', '2026-11-21T12:00:00-08:00', '2026-11-21T12:00:01-08:00', undefined],
      },
    },
    {
      id: 'system-support/reactivation-request',
      base: { now: '2026-11-30T12:00:00-08:00', channel: 'chat' },
      axes: { paymentMadeOn: ['2026-11-13', '2026-11-12'], stillDeactivated: [true, false], channel: ['phone', 'chat', 'email'] },
    },
  ],
  'service-desk.md': [
    {
      id: 'service-desk/first-response-sla',
      base: { createdAt: '2026-11-23T08:00:00Z' },
      axes: {
        now: ['2026-11-23T09:29:59Z', '2026-11-23T09:30:00Z', '2026-11-23T09:59:59Z', '2026-11-23T10:00:00Z', '2026-11-23T10:00:01Z'],
        firstRespondedAt: [undefined, '2026-11-23T09:00:00Z'],
      },
    },
    {
      id: 'service-desk/first-response-sla',
      base: { createdAt: '2026-11-23T08:00:00Z', now: '2026-11-23T12:00:00Z' },
      axes: { firstRespondedAt: ['2026-11-23T09:59:59Z', '2026-11-23T10:00:00Z', '2026-11-23T10:00:01Z'] },
    },
    {
      id: 'service-desk/ticket-priority',
      base: { organization: 'Sunny Roofs' },
      axes: {
        linkedFrom: [
          undefined,
          { priority: 'high', createdVia: 'needs-config-field' },
          { priority: 'high', createdVia: 'manual-link' },
          { priority: 'normal', createdVia: 'needs-config-field' },
          { priority: 'normal', createdVia: 'manual-link' },
        ],
      },
    },
    {
      id: 'service-desk/queue-check',
      base: { now: '2026-11-23T10:00:00Z' },
      axes: { monitorAssigned: [true, false], lastCheckedAt: [undefined, '2026-11-23T09:40:01Z', '2026-11-23T09:40:00Z'] },
    },
    {
      id: 'service-desk/audit-ticket-fields',
      base: { organization: 'Sunny Roofs', channelPartner: false, financing: false, channels: ['email'] },
      axes: {
        assignee: ['Ana Agent', ''],
        reporter: ['pat@example.com', 'staff@goEverBright.com', undefined],
        requestType: ['general-inquiry', 'onboarding'],
      },
    },
    {
      id: 'service-desk/audit-ticket-fields',
      base: { assignee: 'Ana Agent', reporter: 'pat@example.com', channelPartner: false, channels: ['email'], organization: 'Sunny Roofs' },
      axes: { financing: [true, false], labels: [['EB'], undefined], watchers: [['Sam Sales'], undefined], keepInLoop: [[{ name: 'Sam Sales', accountManager: false }], [{ name: 'Max Manager', accountManager: true }], undefined] },
    },
    {
      id: 'service-desk/audit-ticket-fields',
      base: { assignee: 'Ana Agent', reporter: 'pat@example.com', financing: false },
      axes: { organization: ['Sunny Roofs', undefined], channelPartner: [true, false], channelManager: ['Casey Channel', undefined], channels: [['email', 'chat'], undefined] },
    },
    {
      id: 'service-desk/request-type-handling',
      base: {},
      axes: { requestType: ['general-inquiry', 'technical-support', 'onboarding', 'feature-request', 'non-platform'] },
    },
    {
      id: 'service-desk/request-type-handling',
      base: { requestType: 'industry-wide-data-change', customerName: 'Pat', agentName: 'Ana' },
      axes: { subtype: ['incentives', 'srecs', 'equipment'] },
    },
    {
      id: 'service-desk/request-type-handling',
      base: { requestType: 'company-specific-data-change' },
      axes: { subtype: ['downstream-org-invite', 'incentive-override', 'feature-toggle', 'utility-degradation', 'non-integrated-financing', 'deactivate-integrated-financing', 'installer-contracts', undefined] },
    },
    {
      id: 'service-desk/request-type-handling',
      base: { requestType: 'project-specific-data-change' },
      axes: { subtype: ['legal-contact-info', 'unarchive', undefined] },
    },
    {
      id: 'service-desk/request-type-handling',
      base: { requestType: 'account-management' },
      axes: { subtype: ['cancellation', 'billing-information', 'training', undefined] },
    },
    { id: 'service-desk/non-platform-ticket', base: {}, axes: { mayNeedAttention: [false, true] } },
    {
      id: 'service-desk/initial-reply',
      base: { customerName: 'Pat', agentName: 'Ana', suggestion: 'Reload the project.', questions: ['Which project?'] },
      axes: { canSuggestResolution: [true, false], needsMoreDetails: [true, false] },
    },
    {
      id: 'service-desk/close-eligibility',
      base: { ...CLOSE, confirmationRequests: [H24], followUps: ['2026-11-22T10:00:00Z', H24] },
      axes: { customerConfirmedResolved: [true, false], believedResolved: [true, false], blockedOnCustomerInput: [true, false] },
    },
    {
      id: 'service-desk/close-eligibility',
      base: { ...CLOSE, believedResolved: true },
      axes: { confirmationRequests: [[], [H23_59], [H24]], customerReplies: [[], ['2026-11-23T11:00:00Z']] },
    },
    {
      id: 'service-desk/close-eligibility',
      base: { ...CLOSE, blockedOnCustomerInput: true },
      axes: {
        followUps: [[], [H24], ['2026-11-22T10:00:00Z', H23_59], ['2026-11-22T10:00:00Z', H24]],
        customerReplies: [[], ['2026-11-22T12:00:00Z']],
      },
    },
    {
      id: 'service-desk/close-eligibility',
      base: CLOSE,
      axes: {
        devTickets: [[], [{ key: 'BT-1', active: true, priority: 'low' }], [{ key: 'BT-1', active: true, priority: 'lowest' }], [{ key: 'BT-1', active: false, priority: 'low' }], [{ key: 'BT-1', active: true, priority: 'high' }]],
      },
    },
  ],
  // The step is tabled as a state × event matrix below; the plan's input space is a list of
  // states, so its bundled examples (one organization in each state) are its table.
  'pv-watts-outage.md': [],
};

/** pv-watts: every state the machine can be in × every event, run through `pvWattsOutage`. */
function pvWattsMatrix(): Exhaustive {
  const at = (m: number) => new Date(Date.UTC(2026, 10, 23, 17, m)).toISOString();
  const base = { contactName: 'Dana Reyes', agentName: 'Sam' };
  const events: Record<string, (m: number) => PvWattsEvent> = {
    'issue-reported (PV Watts on, chat)': (m) => ({ type: 'issue-reported', at: at(m), pvWattsEnabled: true, channel: 'chat', contactName: 'Dana Reyes' }),
    'issue-reported (PV Watts off)': (m) => ({ type: 'issue-reported', at: at(m), pvWattsEnabled: false, channel: 'chat', contactName: 'Dana Reyes' }),
    'consent-given': (m) => ({ type: 'consent-given', at: at(m), channel: 'chat', givenBy: 'Dana Reyes', agentName: base.agentName }),
    'consent-declined': (m) => ({ type: 'consent-declined', at: at(m) }),
    'switch-requested': (m) => ({ type: 'switch-requested', at: at(m) }),
    'still-blocked (phases-spinning)': (m) => ({ type: 'still-blocked', at: at(m), symptom: 'phases-spinning' }),
    'still-blocked (recalculating-existing-project)': (m) => ({ type: 'still-blocked', at: at(m), symptom: 'recalculating-existing-project' }),
    'still-blocked (other)': (m) => ({ type: 'still-blocked', at: at(m), symptom: 'other' }),
    'pv-watts-restored': (m) => ({ type: 'pv-watts-restored', at: at(m), agentName: base.agentName }),
  };
  const step = (state: PvWattsState, name: string, m: number): PvWattsState => pvWattsOutage(state, (events[name] as (m: number) => PvWattsEvent)(m)).state;
  const initial = initialPvWattsState({ name: 'Acme Solar' });
  const offered = step(initial, 'issue-reported (PV Watts on, chat)', 0);
  const states: Record<string, PvWattsState> = {
    'awaiting-report': initial,
    'not-using-pv-watts': step(initial, 'issue-reported (PV Watts off)', 0),
    'workaround-offered': offered,
    'impacted-not-switched': step(offered, 'consent-declined', 1),
    switched: step(offered, 'consent-given', 1),
    restored: step(step(offered, 'consent-given', 1), 'pv-watts-restored', 2),
  };
  const rows = Object.entries(states).flatMap(([status, state]) =>
    Object.keys(events).map((event) => ({
      values: [status, event],
      summary: summarize(() => pvWattsOutage(state, (events[event] as (m: number) => PvWattsEvent)(30))),
    })),
  );
  return { paths: ['state', 'event'], domains: [Object.keys(states), Object.keys(events)], rows };
}

describe('generated decision tables in the guide pages', () => {
  for (const [file, specs] of Object.entries(SPECS)) {
    const ids = [...new Set(procedures.filter((p) => file === `${p.id.split('/')[0]}.md`).map((p) => p.id))];
    for (const id of ids) {
      it(`${file}: ${id}`, () => {
        const parts =
          id === 'pv-watts-outage/step'
            ? [renderTables(pvWattsMatrix(), 'Every state × every event; an error means the event is refused in that state.', link)]
            : specs.filter((s) => s.id === id).map((s) => decisionTable(s, link));
        syncRegion(file, `decision-tables:${id}`, [...parts, examplesTable(id), playground(id)].join('\n\n'));
      });
    }
  }
});

describe('each condensed table decides every combination as the exhaustive table does', () => {
  const tables: [string, Exhaustive][] = [
    ...Object.values(SPECS).flat().map((s, i): [string, Exhaustive] => [`${s.id} #${i + 1}`, exhaustive(s)]),
    ['pv-watts-outage/step', pvWattsMatrix()],
  ];
  it.each(tables)('%s: every row is decided by the first condensed row that matches it, and no row is dead', (_name, t) => {
    const condensed = condense(t);
    expect(firstHitProblems(t, condensed)).toEqual([]);
    expect(condensed.length).toBeLessThanOrEqual(t.rows.length);
  });

  it('catches a condensed table that decides a row differently, misses a row or has a dead row', () => {
    const t = pvWattsMatrix();
    const condensed = condense(t);
    const wrong = condensed.map((c, i) => (i === 0 ? { ...c, summary: { ...c.summary, outcome: '`other`' } } : c));
    expect(firstHitProblems(t, wrong)[0]).toMatch(/row 1 says `other`/);
    expect(firstHitProblems(t, condensed.slice(0, -1))[0]).toMatch(/no condensed row matches/);
    expect(firstHitProblems(t, [...condensed, condensed[0]!])).toEqual([`row ${condensed.length + 1} is never the first match`]);
  });

  it('condenses the homeowner reply to one row per rule of SOPS.md item 8', () => {
    const spec = SPECS['pto-delay.md']!.find((s) => s.id === 'pto-delay/homeowner-reply')!;
    expect(condense(exhaustive(spec)).length).toBeLessThanOrEqual(5);
  });
});
