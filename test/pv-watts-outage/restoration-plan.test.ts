import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import {
  PV_WATTS_RESTORATION_PLAN_OUTCOMES,
  pvWattsRestorationPlan,
  pvWattsRestorationPlanFromFacts,
} from '../../src/pv-watts-outage/restoration-plan.js';
import type { PvWattsState, PvWattsStatus } from '../../src/pv-watts-outage/schema.js';
import { pvWattsOutage } from '../../src/pv-watts-outage/step.js';
import { deepFreeze, expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';
import { EMAILS, STATES, STATUSES } from './fixtures.js';

const ID = 'pv-watts-outage/restoration-plan';
const FOLLOW_UP_LOG = 'https://docs.google.com/spreadsheets/d/1_BKiz9XWi8i1Oi5n8Uaf3ogaatVL0l2QaSZD5JD7xbs/edit#gid=0';

const plan = (states: readonly PvWattsState[], options?: Parameters<typeof pvWattsRestorationPlan>[1]) =>
  expectDecision(pvWattsRestorationPlan(states, options), ID, PV_WATTS_RESTORATION_PLAN_OUTCOMES);

/** The fixture state of `status` for an organization of its own. */
function orgState(status: PvWattsStatus, name: string, contactName = 'Dana Reyes'): PvWattsState {
  const base = structuredClone(STATES[status]) as PvWattsState;
  const org = { name };
  return base.status === 'awaiting-report' ? { ...base, org } : { ...base, org, contactName };
}

const EXPECTED = {
  'awaiting-report': { action: 'no-follow-up', templateId: null, reason: 'reported no outage issue' },
  'not-using-pv-watts': { action: 'no-follow-up', templateId: null, reason: 'does not use PV Watts, so it was not impacted' },
  'workaround-offered': {
    action: 'notify-restored',
    templateId: 'pv-watts-outage/restored-email',
    reason: 'impacted (reported at 2026-11-23T17:00:00.000Z) and never answered the offer to switch',
  },
  'impacted-not-switched': {
    action: 'notify-restored',
    templateId: 'pv-watts-outage/restored-email',
    reason: 'impacted and declined the switch at 2026-11-23T17:05:00.000Z',
  },
  switched: {
    action: 'switch-back-and-notify',
    templateId: 'pv-watts-outage/switched-back-email',
    reason: 'switched off PV Watts at 2026-11-23T17:10:00.000Z with consent from Dana Reyes',
  },
  restored: { action: 'no-follow-up', templateId: null, reason: 'already followed up at 2026-11-23T17:20:00.000Z' },
} as const;

describe('pvWattsRestorationPlan', () => {
  it.each(STATUSES)('plans a lone %s organization', (status) => {
    const d = plan([STATES[status]]);
    const e = EXPECTED[status];
    expect(d.entries).toEqual([
      {
        org: { name: 'Acme Solar', id: 'org-1042' },
        status,
        action: e.action,
        templateId: e.templateId,
        contactName: e.action === 'no-follow-up' ? null : 'Dana Reyes',
        reason: e.reason,
      },
    ]);
    expect(d.outcome).toBe(e.action === 'no-follow-up' ? 'nothing-to-do' : 'follow-up-needed');
    if (e.action === 'no-follow-up') {
      expect(d.actions).toEqual([{ kind: 'stop', summary: 'No organization needs to be switched back or followed up.' }]);
      expect(d.trace.map((t) => t.rule)).toEqual(['pv-watts-outage/restored']);
      expect(d.trace[0]?.detail).toBe(`PV Watts is working again. 1 organization: switched 0, impacted and not switched 0, nothing to do 1 (Acme Solar: ${e.reason}).`);
    }
  });

  it('switches back first, then sends each e-mail, then marks every follow-up, over mixed states', () => {
    const states = [
      orgState('workaround-offered', 'Cedar Energy', 'Ari Cole'),
      orgState('switched', 'Acme Solar'),
      orgState('not-using-pv-watts', 'Sunny Co'),
      orgState('impacted-not-switched', 'Bright Roofs', 'Lee Park'),
      orgState('switched', 'Delta Power', 'Kim Lo'),
      orgState('restored', 'Early Bird'),
      orgState('awaiting-report', 'Quiet Solar'),
    ];
    const d = plan(states);
    expect(d.outcome).toBe('follow-up-needed');
    expect(d.switchBack).toEqual(['Acme Solar', 'Delta Power']);
    expect(d.notifyRestored).toEqual(['Cedar Energy', 'Bright Roofs']);
    expect(d.noFollowUp).toEqual(['Sunny Co', 'Early Bird', 'Quiet Solar']);
    expect(d.entries.map((e) => e.org.name)).toEqual(states.map((s) => s.org.name));
    expect(d.actions).toEqual([
      { kind: 'change-setting', setting: 'PV Watts', value: 'on', summary: 'Switch Acme Solar back to PV Watts.' },
      { kind: 'change-setting', setting: 'PV Watts', value: 'on', summary: 'Switch Delta Power back to PV Watts.' },
      {
        kind: 'reply',
        to: 'customer',
        channel: 'email',
        summary: 'E-mail Dana Reyes at Acme Solar that it has been switched back to PV Watts (pv-watts-outage/switched-back-email).',
      },
      {
        kind: 'reply',
        to: 'customer',
        channel: 'email',
        summary: 'E-mail Kim Lo at Delta Power that it has been switched back to PV Watts (pv-watts-outage/switched-back-email).',
      },
      {
        kind: 'reply',
        to: 'customer',
        channel: 'email',
        summary: 'E-mail Ari Cole at Cedar Energy that the PV Watts API is back up and running (pv-watts-outage/restored-email).',
      },
      {
        kind: 'reply',
        to: 'customer',
        channel: 'email',
        summary: 'E-mail Lee Park at Bright Roofs that the PV Watts API is back up and running (pv-watts-outage/restored-email).',
      },
      ...['Cedar Energy (not switched)', 'Acme Solar (switched back to PV Watts)', 'Bright Roofs (not switched)', 'Delta Power (switched back to PV Watts)'].map(
        (what) => ({
          kind: 'log',
          where: FOLLOW_UP_LOG,
          entry: `Followed up with ${what}.`,
          summary: `Mark that you have followed up with ${what.split(' (')[0]} in the follow-up spreadsheet.`,
        }),
      ),
    ]);
    expect(d.trace.map((t) => t.rule)).toEqual([
      'pv-watts-outage/restored',
      'pv-watts-outage/switch-back',
      'pv-watts-outage/switched-back-email',
      'pv-watts-outage/restored-email',
      'pv-watts-outage/follow-up-log',
    ]);
    expect(d.trace[0]?.detail).toBe(
      'PV Watts is working again. 7 organizations: switched 2, impacted and not switched 2, nothing to do 3 ' +
        '(Sunny Co: does not use PV Watts, so it was not impacted; Early Bird: already followed up at 2026-11-23T17:20:00.000Z; Quiet Solar: reported no outage issue).',
    );
    expect(d.messages).toEqual([]);
  });

  it('names the organizations of each step in the trace, in the order given', () => {
    const d = plan([
      orgState('workaround-offered', 'Cedar Energy'),
      orgState('switched', 'Acme Solar'),
      orgState('not-using-pv-watts', 'Sunny Co'),
      orgState('impacted-not-switched', 'Bright Roofs'),
      orgState('switched', 'Delta Power'),
    ]);
    expect(d.trace.slice(1).map((t) => t.detail)).toEqual([
      'Switch back to PV Watts: Acme Solar, Delta Power.',
      'Send the switched-back e-mail to: Acme Solar, Delta Power.',
      'Send the "back up and running" e-mail to: Cedar Energy, Bright Roofs.',
      'Mark the follow-up of Cedar Energy, Acme Solar, Bright Roofs, Delta Power in the follow-up spreadsheet.',
    ]);
  });

  it('leaves out the switch-back steps when nobody switched, and the restored e-mails when everybody did', () => {
    const notSwitched = plan([orgState('workaround-offered', 'A'), orgState('impacted-not-switched', 'B')]);
    expect(notSwitched.actions.map((a) => a.kind)).toEqual(['reply', 'reply', 'log', 'log']);
    expect(notSwitched.trace.map((t) => t.rule)).toEqual(['pv-watts-outage/restored', 'pv-watts-outage/restored-email', 'pv-watts-outage/follow-up-log']);
    expect(notSwitched.trace[0]?.detail).toBe('PV Watts is working again. 2 organizations: switched 0, impacted and not switched 2, nothing to do 0.');
    const allSwitched = plan([orgState('switched', 'A')]);
    expect(allSwitched.actions.map((a) => a.kind)).toEqual(['change-setting', 'reply', 'log']);
    expect(allSwitched.trace.map((t) => t.rule)).toEqual([
      'pv-watts-outage/restored',
      'pv-watts-outage/switch-back',
      'pv-watts-outage/switched-back-email',
      'pv-watts-outage/follow-up-log',
    ]);
  });

  it('has nothing to do for no organizations at all', () => {
    const d = plan([]);
    expect(d.outcome).toBe('nothing-to-do');
    expect(d.entries).toEqual([]);
    expect(d.trace[0]?.detail).toBe('PV Watts is working again. 0 organizations: switched 0, impacted and not switched 0, nothing to do 0.');
  });

  it('agrees with applying pv-watts-restored to each organization, whose e-mails are rendered there', () => {
    const states = [orgState('switched', 'Acme Solar'), orgState('impacted-not-switched', 'Bright Roofs'), orgState('restored', 'Early Bird')];
    const d = plan(states);
    for (const [i, entry] of d.entries.entries()) {
      const state = states[i] as PvWattsState;
      if (entry.action === 'no-follow-up') {
        expect(() => pvWattsOutage(state, { type: 'pv-watts-restored', at: '2026-11-24T16:00:00Z', agentName: 'Jordan Smith' })).toThrow();
        continue;
      }
      const step = pvWattsOutage(state, { type: 'pv-watts-restored', at: '2026-11-24T16:00:00Z', agentName: 'Jordan Smith' });
      expect(step.decision.outcome).toBe(entry.action);
      expect(step.decision.messages[0]?.templateId).toBe(entry.templateId);
      expect(step.decision.messages[0]?.text).toBe(entry.action === 'switch-back-and-notify' ? EMAILS.switchedBack : EMAILS.restored);
    }
  });

  it('marks follow-ups in the spreadsheet of the policy', () => {
    const policy = definePolicy({ name: 'p', version: '1', pvWattsOutage: { followUpLogUrl: 'https://logs.example.com/follow-up' } });
    const d = plan([orgState('switched', 'A')], { policy });
    expect(d.actions[2]).toMatchObject({ kind: 'log', where: 'https://logs.example.com/follow-up' });
    expect(d.policy).toEqual({ name: 'p', version: '1' });
  });

  it('does not change the states it is given', () => {
    const states = deepFreeze([structuredClone(STATES.switched), orgState('not-using-pv-watts', 'Sunny Co')]);
    const copy = structuredClone(states);
    plan(states);
    expect(states).toEqual(copy);
  });

  it('rejects the same organization twice, by id or by name', () => {
    const byId = inputError(() => pvWattsRestorationPlan([STATES.switched, STATES['workaround-offered']]));
    expect(issuePaths(byId)).toEqual(['1.org']);
    expect(byId.message).toMatch(/is the same organization as \[0\] \(Acme Solar\)/);
    expect(byId.issues[0]?.code).toBe('duplicate_org');
    const byName = inputError(() => pvWattsRestorationPlan([orgState('switched', 'Top Electric, LLC'), orgState('restored', 'top electric')]));
    expect(issuePaths(byName)).toEqual(['1.org']);
    // Two organizations of the same name but different ids are different organizations.
    const a = { ...STATES.switched, org: { name: 'Acme Solar', id: 'a' } };
    const b = { ...STATES.switched, org: { name: 'Acme Solar', id: 'b' } };
    expect(plan([a, b]).switchBack).toEqual(['Acme Solar', 'Acme Solar']);
  });

  it('rejects a list that is not an array, and bad states, naming their index', () => {
    expect(issuePaths(inputError(() => pvWattsRestorationPlan({} as never)))).toEqual(['']);
    const error = inputError(() => pvWattsRestorationPlan([STATES.switched, { status: 'gone' }, { ...STATES.restored, wasSwitched: 'yes' }] as never));
    expect(issuePaths(error)).toEqual(['1.status', '2.wasSwitched']);
  });
});

describe('the pv-watts-outage/restoration-plan procedure facts', () => {
  it('plans from { states }', () => {
    expect(pvWattsRestorationPlanFromFacts({ states: [STATES.switched] }).outcome).toBe('follow-up-needed');
  });

  it('names duplicate and bad states under states', () => {
    expect(issuePaths(inputError(() => pvWattsRestorationPlanFromFacts({ states: [STATES.switched, STATES.restored] })))).toEqual([
      'states.1.org',
    ]);
    expect(issuePaths(inputError(() => pvWattsRestorationPlanFromFacts({ states: [{ status: 'gone' }] } as never)))).toEqual([
      'states.0.status',
    ]);
  });
});

standardCases('pvWattsRestorationPlan (procedure facts)', pvWattsRestorationPlanFromFacts as never, () => ({
  states: [structuredClone(STATES.switched), orgState('impacted-not-switched', 'Bright Roofs', 'Lee Park')],
}));
