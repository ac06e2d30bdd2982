import { describe, it } from 'vitest';
import { initialPvWattsState, pvWattsOutage } from '../../src/pv-watts-outage/index.js';
import type { PvWattsEvent, PvWattsState } from '../../src/pv-watts-outage/index.js';
import { procedures } from '../../src/procedures.js';
import { syncRegion, table } from './sync.js';
import { decisionTable, examplesTable, summarize, type TableSpec } from './tables.js';

const NOW = '2026-11-23T12:00:00-08:00';
const homeowner = { firstName: 'Ana', lastName: 'Diaz' };
const CONCERNS = [
  'cost-savings', 'high-utility-bills', 'no-savings-noticed', 'maintenance', 'repair', 'outage', 'system-damage',
  'monitoring-setup', 'monitoring-access', 'monitoring-data', 'panel-cleaning', 'personal-property-damage', 'insurance-appraisal',
];
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
  // The step is tabled as a state × event matrix below; the plan's input space is a list of
  // states, so its bundled examples (one organization in each state) are its table.
  'pv-watts-outage.md': [],
};

/** pv-watts: every state the machine can be in × every event, run through `pvWattsOutage`. */
function pvWattsMatrix(): string {
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
  } as never;
  const step = (state: PvWattsState, name: string, m: number) => pvWattsOutage(state, (events[name] as (m: number) => PvWattsEvent)(m)).state;
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
    Object.keys(events).map((event) => {
      const s = summarize(() => pvWattsOutage(state, (events[event] as (m: number) => PvWattsEvent)(30)));
      return [status, event, s.outcome, s.actions, s.messages];
    }),
  );
  return [
    `Every state × every event (${rows.length} rows); an error means the event is refused in that state:`,
    '',
    table(['state', 'event', 'outcome', 'actions', 'messages'], rows),
  ].join('\n');
}

describe('generated decision tables in the guide pages', () => {
  for (const [file, specs] of Object.entries(SPECS)) {
    const ids = [...new Set(procedures.filter((p) => file === `${p.id.split('/')[0]}.md`).map((p) => p.id))];
    for (const id of ids) {
      it(`${file}: ${id}`, () => {
        const parts = id === 'pv-watts-outage/step' ? [pvWattsMatrix()] : specs.filter((s) => s.id === id).map(decisionTable);
        syncRegion(file, `decision-tables:${id}`, [...parts, examplesTable(id)].join('\n\n'));
      });
    }
  }
});
