import { describe, expect, it } from 'vitest';
import type { ActionKind } from '../../src/_lib/decision.js';
import { SopInputError } from '../../src/_lib/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { ConsentRequiredError, InvalidTransitionError } from '../../src/pv-watts-outage/errors.js';
import type { PvWattsEvent, PvWattsEventType, PvWattsState, PvWattsStatus } from '../../src/pv-watts-outage/schema.js';
import {
  initialPvWattsState,
  PV_WATTS_OUTAGE_OUTCOMES,
  pvWattsOutage,
  pvWattsOutageStep,
  type PvWattsOutageOutcome,
} from '../../src/pv-watts-outage/step.js';
import { deepFreeze, expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';
import { EMAILS, EVENT_TYPES, EVENTS, LATER, STATES, STATUSES } from './fixtures.js';

const ID = 'pv-watts-outage/step';
const OUTCOMES = PV_WATTS_OUTAGE_OUTCOMES;
const rule = (name: string) => `pv-watts-outage/${name}`;

function step(state: PvWattsState, event: PvWattsEvent, options?: Parameters<typeof pvWattsOutage>[2]) {
  const result = pvWattsOutage(state, event, options);
  expectDecision(result.decision, ID, OUTCOMES);
  return result;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but the call returned');
}

interface Valid {
  readonly outcome: PvWattsOutageOutcome;
  readonly to: PvWattsStatus;
  readonly kinds: readonly ActionKind[];
  readonly rules: readonly string[];
}
type Expected = Valid | 'invalid-transition' | 'consent-required';

const OFFER: Valid = {
  outcome: 'offer-workaround',
  to: 'workaround-offered',
  kinds: ['check', 'reply', 'refer', 'wait'],
  rules: [rule('check-pv-watts'), rule('offer-workaround'), rule('production-method-article'), rule('ask-permission')],
};
const SWITCH_BY_CHAT: Valid = {
  outcome: 'switch-organization',
  to: 'switched',
  kinds: ['record', 'change-setting', 'reply', 'log', 'create-ticket', 'link-ticket', 'reply'],
  rules: [rule('make-switch'), rule('log-switch'), rule('chat-transcript'), rule('link-tickets'), rule('temporarily-disabled-follow-up')],
};
const NOTIFY: Valid = {
  outcome: 'notify-restored',
  to: 'restored',
  kinds: ['reply', 'log'],
  rules: [rule('restored'), rule('restored-email'), rule('follow-up-log')],
};

/** Every state × every event (the default event of each type in fixtures.ts). */
const TABLE: { readonly [S in PvWattsStatus]: { readonly [T in PvWattsEventType]: Expected } } = {
  'awaiting-report': {
    'issue-reported': OFFER,
    'consent-given': 'invalid-transition',
    'consent-declined': 'invalid-transition',
    'switch-requested': 'consent-required',
    'still-blocked': 'invalid-transition',
    'pv-watts-restored': 'invalid-transition',
  },
  'not-using-pv-watts': {
    'issue-reported': OFFER,
    'consent-given': 'invalid-transition',
    'consent-declined': 'invalid-transition',
    'switch-requested': 'consent-required',
    'still-blocked': 'invalid-transition',
    'pv-watts-restored': 'invalid-transition',
  },
  'workaround-offered': {
    'issue-reported': 'invalid-transition',
    'consent-given': SWITCH_BY_CHAT,
    'consent-declined': {
      outcome: 'keep-pv-watts',
      to: 'impacted-not-switched',
      kinds: ['record', 'wait'],
      rules: [rule('ask-permission'), rule('declined')],
    },
    'switch-requested': 'consent-required',
    'still-blocked': 'invalid-transition',
    'pv-watts-restored': NOTIFY,
  },
  'impacted-not-switched': {
    'issue-reported': 'invalid-transition',
    'consent-given': SWITCH_BY_CHAT,
    'consent-declined': 'invalid-transition',
    'switch-requested': 'consent-required',
    'still-blocked': 'invalid-transition',
    'pv-watts-restored': NOTIFY,
  },
  switched: {
    'issue-reported': 'invalid-transition',
    'consent-given': 'invalid-transition',
    'consent-declined': 'invalid-transition',
    'switch-requested': 'invalid-transition',
    'still-blocked': {
      outcome: 'fix-invalidation',
      to: 'switched',
      kinds: ['refer'],
      rules: [rule('still-blocked'), rule('invalidation')],
    },
    'pv-watts-restored': {
      outcome: 'switch-back-and-notify',
      to: 'restored',
      kinds: ['change-setting', 'reply', 'log'],
      rules: [rule('restored'), rule('switch-back'), rule('switched-back-email'), rule('follow-up-log')],
    },
  },
  restored: {
    'issue-reported': OFFER,
    'consent-given': 'invalid-transition',
    'consent-declined': 'invalid-transition',
    'switch-requested': 'consent-required',
    'still-blocked': 'invalid-transition',
    'pv-watts-restored': 'invalid-transition',
  },
};

const PAIRS = STATUSES.flatMap((status) => EVENT_TYPES.map((type) => ({ status, type, expected: TABLE[status][type] })));

describe('pvWattsOutage: every state × event', () => {
  it('walks all 36 pairs', () => {
    expect(PAIRS).toHaveLength(36);
  });

  it.each(PAIRS.filter((p) => typeof p.expected === 'object'))('$status + $type → the seed’s steps in order', ({ status, type, expected }) => {
    const e = expected as Valid;
    const { state, decision } = step(STATES[status], EVENTS[type]);
    expect(decision.outcome).toBe(e.outcome);
    expect(state.status).toBe(e.to);
    expect(decision.actions.map((a) => a.kind)).toEqual(e.kinds);
    expect(decision.trace.map((t) => t.rule)).toEqual(e.rules);
    expect(decision).toMatchObject({ org: 'Acme Solar', event: type, from: status, to: e.to, at: '2026-11-23T18:00:00.000Z' });
    expect(state.org).toEqual({ name: 'Acme Solar', id: 'org-1042' });
    if (state.status !== 'awaiting-report') expect(state.updatedAt).toBe('2026-11-23T18:00:00.000Z');
  });

  it.each(PAIRS.filter((p) => p.expected === 'invalid-transition'))(
    '$status + $type → InvalidTransitionError naming the state and event',
    ({ status, type }) => {
      const error = thrown(() => pvWattsOutage(STATES[status], EVENTS[type]));
      expect(error).toBeInstanceOf(InvalidTransitionError);
      const e = error as InvalidTransitionError;
      expect(e.name).toBe('InvalidTransitionError');
      expect({ status: e.status, eventType: e.eventType, org: e.org }).toEqual({ status, eventType: type, org: 'Acme Solar' });
      expect(e.message).toContain(`"${status}"`);
      expect(e.message).toContain(`"${type}"`);
      expect(e.reason.length).toBeGreaterThan(0);
    },
  );

  it.each(PAIRS.filter((p) => p.expected === 'consent-required'))(
    '$status + $type → ConsentRequiredError, never a decision',
    ({ status, type }) => {
      const error = thrown(() => pvWattsOutage(STATES[status], EVENTS[type]));
      expect(error).toBeInstanceOf(ConsentRequiredError);
      const e = error as ConsentRequiredError;
      expect(e.name).toBe('ConsentRequiredError');
      expect({ status: e.status, eventType: e.eventType, org: e.org }).toEqual({ status, eventType: type, org: 'Acme Solar' });
      expect(e.declinedAt).toBe(status === 'impacted-not-switched' ? '2026-11-23T17:05:00.000Z' : null);
      expect(e.message).toMatch(/no express consent is recorded/);
    },
  );

  it('says why a switch-requested after declining is refused', () => {
    const e = thrown(() => pvWattsOutage(STATES['impacted-not-switched'], EVENTS['switch-requested'])) as ConsentRequiredError;
    expect(e.message).toBe(
      'Cannot switch Acme Solar off PV Watts: no express consent is recorded (state "impacted-not-switched", event "switch-requested"); the organization declined the switch at 2026-11-23T17:05:00.000Z.',
    );
  });

  it('says to ask permission first when a switch is requested before anyone answered the offer', () => {
    const e = thrown(() => pvWattsOutage(STATES['workaround-offered'], EVENTS['switch-requested'])) as ConsentRequiredError;
    expect(e.message).toBe(
      'Cannot switch Acme Solar off PV Watts: no express consent is recorded (state "workaround-offered", event "switch-requested"). Ask permission first and record a "consent-given" event naming who gave it.',
    );
  });

  it('refuses switch-requested on a switched organization as already switched', () => {
    const e = thrown(() => pvWattsOutage(STATES.switched, EVENTS['switch-requested'])) as InvalidTransitionError;
    expect(e.message).toBe(
      'Event "switch-requested" is not valid in state "switched" for Acme Solar: the organization is already switched off PV Watts',
    );
  });
});

describe('pvWattsOutage: issue-reported', () => {
  const combos = [true, false].flatMap((pvWattsEnabled) =>
    (['chat', 'email'] as const).map((channel) => ({ pvWattsEnabled, channel })),
  );

  it.each(combos)('PV Watts on: $pvWattsEnabled, channel $channel', ({ pvWattsEnabled, channel }) => {
    const { state, decision } = step(initialPvWattsState({ name: 'Acme Solar' }), {
      type: 'issue-reported',
      at: '2026-11-23T09:00:00-08:00',
      pvWattsEnabled,
      channel,
      contactName: 'Dana Reyes',
      agentName: 'Jordan Smith',
    });
    expect(state).toEqual({
      status: pvWattsEnabled ? 'workaround-offered' : 'not-using-pv-watts',
      org: { name: 'Acme Solar' },
      contactName: 'Dana Reyes',
      channel,
      reportedAt: '2026-11-23T17:00:00.000Z',
      updatedAt: '2026-11-23T17:00:00.000Z',
    });
    if (!pvWattsEnabled) {
      expect(decision.outcome).toBe('not-pv-watts');
      expect(decision.actions.map((a) => a.kind)).toEqual(['check', 'stop']);
      expect(decision.messages).toEqual([]);
      expect(decision.trace[0]?.detail).toBe('Acme Solar does not have PV Watts turned on (reported by Dana Reyes by ' + channel + ').');
      return;
    }
    expect(decision.outcome).toBe('offer-workaround');
    expect(decision.messages).toEqual([
      channel === 'chat'
        ? { templateId: 'pv-watts-outage/offer-workaround-chat', audience: 'customer', channel: 'chat', text: EMAILS.offerChat }
        : {
            templateId: 'pv-watts-outage/offer-workaround-email',
            audience: 'customer',
            channel: 'email',
            subject: 'PVWatts outage: a workaround for your account',
            text: EMAILS.offerEmail,
          },
    ]);
    // Offering is never switching.
    expect(decision.actions.some((a) => a.kind === 'change-setting')).toBe(false);
  });

  it('first checks the PV Watts setting and says it is on', () => {
    const { decision } = step(STATES['awaiting-report'], EVENTS['issue-reported']);
    expect(decision.trace[0]?.detail).toBe('Acme Solar has PV Watts turned on (reported by Dana Reyes by chat).');
    expect(decision.actions[0]).toEqual({
      kind: 'check',
      what: 'PV Watts setting of the organization',
      summary: 'Check whether Acme Solar has PV Watts turned on.',
    });
  });

  it('names the chat shortcut of the policy and links the production-method article when the policy knows it', () => {
    const policy = definePolicy({
      name: 'p',
      version: '1',
      pvWattsOutage: {
        chatShortcut: 'pvw-down',
        productionMethodArticle: { title: 'Our production method', url: 'https://help.example.com/production' },
      },
    });
    const { decision } = step(STATES['awaiting-report'], EVENTS['issue-reported'], { policy });
    expect(decision.actions[1]?.summary).toBe('Send Dana Reyes the outage message in chat (the "pvw-down" shortcut).');
    expect(decision.actions[2]).toEqual({
      kind: 'refer',
      to: 'Our production method',
      contact: 'https://help.example.com/production',
      summary: 'If they want more information about the production methodology, send them "Our production method".',
    });
  });

  it('leaves the article contact out when the policy has no URL for it', () => {
    const { decision } = step(STATES['awaiting-report'], EVENTS['issue-reported']);
    expect(decision.actions[2]).toEqual({
      kind: 'refer',
      to: 'How is solar production calculated in Sighten?',
      summary: 'If they want more information about the production methodology, send them "How is solar production calculated in Sighten?".',
    });
  });

  it('requires the agent’s name up front when the offer goes by e-mail', () => {
    const error = inputError(() =>
      pvWattsOutage(STATES['awaiting-report'], { ...EVENTS['issue-reported'], channel: 'email' }),
    );
    expect(issuePaths(error)).toEqual(['event.agentName']);
    expect(error.message).toMatch(/signed with the agent’s name/);
    expect(error.issues[0]?.code).toBe('required_for_email');
  });

  it('does not need the agent’s name for a chat offer or when PV Watts is off', () => {
    expect(step(STATES['awaiting-report'], EVENTS['issue-reported']).decision.outcome).toBe('offer-workaround');
    const off = { ...EVENTS['issue-reported'], channel: 'email' as const, pvWattsEnabled: false };
    expect(step(STATES['awaiting-report'], off).decision.outcome).toBe('not-pv-watts');
  });

  it('starts a new outage after a restored one, forgetting the old consent', () => {
    const { state } = step(STATES.restored, EVENTS['issue-reported']);
    expect(state.status).toBe('workaround-offered');
    expect(state).not.toHaveProperty('consent');
    expect(thrown(() => pvWattsOutage(state, { type: 'switch-requested', at: '2026-11-23T18:05:00Z' }))).toBeInstanceOf(
      ConsentRequiredError,
    );
  });
});

describe('pvWattsOutage: consent-given', () => {
  const combos = (['workaround-offered', 'impacted-not-switched'] as const).flatMap((from) =>
    (['chat', 'email'] as const).map((channel) => ({ from, channel })),
  );

  it.each(combos)('from $from by $channel: switch, confirm, log, (transcript + SS), link, follow up', ({ from, channel }) => {
    const { state, decision } = step(STATES[from], { ...EVENTS['consent-given'], channel });
    expect(decision.outcome).toBe('switch-organization');
    const chat = channel === 'chat';
    expect(decision.actions).toEqual([
      {
        kind: 'record',
        field: 'consent',
        value: `given by Dana Reyes by ${channel} at 2026-11-23T18:00:00.000Z`,
        summary: 'Record that Dana Reyes gave express consent to switch Acme Solar off PV Watts.',
      },
      { kind: 'change-setting', setting: 'PV Watts', value: 'off', summary: 'Switch Acme Solar off PV Watts, to the in-house production methodology.' },
      {
        kind: 'reply',
        to: 'customer',
        channel: 'email',
        templateId: 'pv-watts-outage/switch-confirmation-email',
        summary: 'E-mail Dana Reyes to confirm the switch; they should be unblocked.',
      },
      {
        kind: 'log',
        where: 'https://docs.google.com/spreadsheets/d/1_BKiz9XWi8i1Oi5n8Uaf3ogaatVL0l2QaSZD5JD7xbs/edit#gid=545030185',
        entry: `2026-11-23 (America/Los_Angeles): switched Acme Solar off PV Watts; consent given by Dana Reyes by ${channel}.`,
        summary: 'Log what you did in the outage spreadsheet.',
      },
      ...(chat
        ? [
            {
              kind: 'create-ticket',
              project: 'SS',
              fields: { organization: 'Acme Solar', transcript: 'chat transcript sent to Jira' },
              summary: 'Send the chat transcript to Jira and create the SS ticket.',
            },
          ]
        : []),
      { kind: 'link-ticket', from: 'SS ticket', to: 'BT ticket', relation: 'relates to', summary: 'Link the SS ticket to the BT ticket.' },
      {
        kind: 'reply',
        to: 'customer',
        channel: 'email',
        templateId: 'pv-watts-outage/temporarily-disabled-email',
        summary: 'Follow up with Dana Reyes: PV Watts is temporarily disabled and we will tell them when they are switched back.',
      },
    ]);
    expect(decision.messages).toEqual([
      {
        templateId: 'pv-watts-outage/switch-confirmation-email',
        audience: 'customer',
        channel: 'email',
        subject: 'Your organization has been switched off PVWatts',
        text: EMAILS.confirmation,
      },
      {
        templateId: 'pv-watts-outage/temporarily-disabled-email',
        audience: 'customer',
        channel: 'email',
        subject: 'PV Watts is temporarily disabled for your organization',
        text: EMAILS.temporarilyDisabled,
      },
    ]);
    expect(decision.trace.map((t) => t.rule)).toEqual(
      chat ? SWITCH_BY_CHAT.rules : SWITCH_BY_CHAT.rules.filter((r) => r !== rule('chat-transcript')),
    );
    expect(decision.trace[0]?.detail).toBe(
      `Dana Reyes gave express consent for Acme Solar by ${channel} at 2026-11-23T18:00:00.000Z` +
        (from === 'impacted-not-switched' ? ' (having declined at 2026-11-23T17:05:00.000Z)' : '') +
        ': make the switch first, then tell them they should be unblocked.',
    );
    expect(state).toEqual({
      status: 'switched',
      org: { name: 'Acme Solar', id: 'org-1042' },
      contactName: 'Dana Reyes',
      channel: STATES[from].channel,
      reportedAt: '2026-11-23T17:00:00.000Z',
      consent: { at: '2026-11-23T18:00:00.000Z', channel, givenBy: 'Dana Reyes' },
      switchedAt: '2026-11-23T18:00:00.000Z',
      updatedAt: '2026-11-23T18:00:00.000Z',
    });
  });

  it('greets, and records as the contact, the person who gave consent', () => {
    const { state, decision } = step(STATES['workaround-offered'], { ...EVENTS['consent-given'], givenBy: 'Kim Lo' });
    expect(state.status === 'switched' && state.contactName).toBe('Kim Lo');
    expect(decision.messages.every((m) => m.text.startsWith('Hi Kim Lo,'))).toBe(true);
  });

  it('logs in the outage spreadsheet of the policy, dated in the policy’s time zone (or the one given)', () => {
    const policy = definePolicy({ name: 'p', version: '1', pvWattsOutage: { outageLogUrl: 'https://logs.example.com/outage' } });
    // 05:30Z on 24 November is still 23 November in Los Angeles.
    const event = { ...EVENTS['consent-given'], at: '2026-11-24T05:30:00Z' };
    const la = step(STATES['workaround-offered'], event, { policy }).decision.actions[3];
    expect(la).toMatchObject({ kind: 'log', where: 'https://logs.example.com/outage' });
    expect(la?.kind === 'log' && la.entry).toMatch(/^2026-11-23 \(America\/Los_Angeles\): /);
    const utc = step(STATES['workaround-offered'], event, { policy, timeZone: 'UTC' }).decision.actions[3];
    expect(utc?.kind === 'log' && utc.entry).toMatch(/^2026-11-24 \(UTC\): /);
  });

  it('requires a named person and the agent’s name', () => {
    const error = inputError(() =>
      pvWattsOutage(STATES['workaround-offered'], { type: 'consent-given', at: LATER, channel: 'chat', givenBy: '  ' } as never),
    );
    expect(issuePaths(error)).toEqual(['event.givenBy', 'event.agentName']);
  });

  it('uses a template text the policy replaces', () => {
    const policy = definePolicy({
      name: 'p',
      version: '1',
      templates: { 'pv-watts-outage/temporarily-disabled-email': 'Hello {{customerName}}, PV Watts is off for now. {{agentName}}' },
    });
    const { decision } = step(STATES['workaround-offered'], EVENTS['consent-given'], { policy });
    expect(decision.messages[1]?.text).toBe('Hello Dana Reyes, PV Watts is off for now. Jordan Smith');
  });
});

describe('pvWattsOutage: consent-declined', () => {
  it('keeps PV Watts and waits to tell them when it is fixed', () => {
    const { state, decision } = step(STATES['workaround-offered'], EVENTS['consent-declined']);
    expect(decision.outcome).toBe('keep-pv-watts');
    expect(decision.actions).toEqual([
      { kind: 'record', field: 'consent', value: 'declined at 2026-11-23T18:00:00.000Z', summary: 'Record that Acme Solar declined the switch off PV Watts.' },
      { kind: 'wait', until: null, summary: 'Keep Acme Solar on PV Watts and let Dana Reyes know as soon as the PV Watts issue is fixed.' },
    ]);
    expect(state).toEqual({
      status: 'impacted-not-switched',
      org: { name: 'Acme Solar', id: 'org-1042' },
      contactName: 'Dana Reyes',
      channel: 'chat',
      reportedAt: '2026-11-23T17:00:00.000Z',
      declinedAt: '2026-11-23T18:00:00.000Z',
      updatedAt: '2026-11-23T18:00:00.000Z',
    });
  });
});

describe('pvWattsOutage: still-blocked', () => {
  it.each([
    { symptom: 'phases-spinning', outcome: 'fix-invalidation', kinds: ['refer'], rules: ['still-blocked', 'invalidation'] },
    { symptom: 'recalculating-existing-project', outcome: 'start-new-project', kinds: ['reply'], rules: ['still-blocked', 'start-new-project'] },
    { symptom: 'other', outcome: 'investigate-still-blocked', kinds: ['check', 'ask'], rules: ['still-blocked', 'invalidation'] },
  ] as const)('$symptom → $outcome', ({ symptom, outcome, kinds, rules }) => {
    const { state, decision } = step(STATES.switched, { type: 'still-blocked', at: LATER, symptom });
    expect(decision.outcome).toBe(outcome);
    expect(decision.actions.map((a) => a.kind)).toEqual(kinds);
    expect(decision.trace.map((t) => t.rule)).toEqual(rules.map(rule));
    expect(decision.trace[0]?.detail).toBe(
      `Acme Solar was switched at 2026-11-23T17:10:00.000Z and says it is still blocked (symptom: ${symptom}).`,
    );
    expect(decision.messages).toEqual([]);
    expect(decision.actions.some((a) => a.kind === 'change-setting')).toBe(false);
    expect(state).toEqual({ ...STATES.switched, updatedAt: '2026-11-23T18:00:00.000Z' });
  });

  it('sends the invalidation article of the policy, with its URL when known', () => {
    const policy = definePolicy({
      name: 'p',
      version: '1',
      pvWattsOutage: { invalidationArticle: { title: 'Spinning phases', url: 'https://help.example.com/spin' } },
    });
    const { decision } = step(STATES.switched, EVENTS['still-blocked'], { policy });
    expect(decision.actions).toEqual([
      { kind: 'refer', to: 'Spinning phases', contact: 'https://help.example.com/spin', summary: 'Send them "Spinning phases" to fix the invalidation.' },
    ]);
  });

  it('tells them to start a new project from scratch when recalculating an existing one', () => {
    const { decision } = step(STATES.switched, { type: 'still-blocked', at: LATER, symptom: 'recalculating-existing-project' });
    expect(decision.actions[0]?.summary).toMatch(/^Instruct them that the best way to get unstuck is to start a new project from scratch/);
  });

  it('replies to the customer to start a new project, in the seed’s words', () => {
    const { decision } = step(STATES.switched, { type: 'still-blocked', at: LATER, symptom: 'recalculating-existing-project' });
    expect(decision.actions).toEqual([
      {
        kind: 'reply',
        to: 'customer',
        summary:
          'Instruct them that the best way to get unstuck is to start a new project from scratch: an existing project keeps trying with the calculation method it was created with.',
      },
    ]);
  });

  it('checks for an invalidation issue first, then asks about recalculating, for another symptom', () => {
    const { decision } = step(STATES.switched, { type: 'still-blocked', at: LATER, symptom: 'other' });
    expect(decision.actions).toEqual([
      {
        kind: 'check',
        what: 'invalidation',
        summary: 'Check Acme Solar for an invalidation issue first; if that is it, send them "How do I make the quote and usage phases stop spinning?".',
      },
      {
        kind: 'ask',
        question: 'Are you recalculating an existing project, or working on a new one?',
        summary: 'Ask whether they are recalculating an existing project; if so, tell them to start a new project from scratch.',
      },
    ]);
  });
});

describe('pvWattsOutage: pv-watts-restored', () => {
  it('switches a switched organization back, e-mails it and marks the follow-up', () => {
    const { state, decision } = step(STATES.switched, EVENTS['pv-watts-restored']);
    expect(decision.outcome).toBe('switch-back-and-notify');
    expect(decision.trace[0]?.detail).toBe('PV Watts is working again (2026-11-23T18:00:00.000Z); Acme Solar is switched off PV Watts.');
    expect(decision.actions).toEqual([
      { kind: 'change-setting', setting: 'PV Watts', value: 'on', summary: 'Switch Acme Solar back to PV Watts.' },
      {
        kind: 'reply',
        to: 'customer',
        channel: 'email',
        templateId: 'pv-watts-outage/switched-back-email',
        summary: 'E-mail Dana Reyes that Acme Solar has been switched back to PV Watts.',
      },
      {
        kind: 'log',
        where: 'https://docs.google.com/spreadsheets/d/1_BKiz9XWi8i1Oi5n8Uaf3ogaatVL0l2QaSZD5JD7xbs/edit#gid=0',
        entry: '2026-11-23 (America/Los_Angeles): followed up with Acme Solar (switched back to PV Watts).',
        summary: 'Mark that you have followed up in the follow-up spreadsheet.',
      },
    ]);
    expect(decision.messages).toEqual([
      {
        templateId: 'pv-watts-outage/switched-back-email',
        audience: 'customer',
        channel: 'email',
        subject: 'PV Watts is back: your organization has been switched back',
        text: EMAILS.switchedBack,
      },
    ]);
    expect(state).toEqual({
      status: 'restored',
      org: { name: 'Acme Solar', id: 'org-1042' },
      contactName: 'Dana Reyes',
      wasSwitched: true,
      restoredAt: '2026-11-23T18:00:00.000Z',
      updatedAt: '2026-11-23T18:00:00.000Z',
    });
  });

  it.each(['workaround-offered', 'impacted-not-switched'] as const)('tells %s that the API is back, without switching', (from) => {
    const policy = definePolicy({ name: 'p', version: '1', pvWattsOutage: { followUpLogUrl: 'https://logs.example.com/follow-up' } });
    const { state, decision } = step(STATES[from], EVENTS['pv-watts-restored'], { policy });
    expect(decision.outcome).toBe('notify-restored');
    expect(decision.trace[0]?.detail).toBe('PV Watts is working again (2026-11-23T18:00:00.000Z); Acme Solar is impacted and was not switched.');
    expect(decision.messages).toEqual([
      {
        templateId: 'pv-watts-outage/restored-email',
        audience: 'customer',
        channel: 'email',
        subject: 'The PV Watts API is back up and running',
        text: EMAILS.restored,
      },
    ]);
    expect(decision.actions[1]).toEqual({
      kind: 'log',
      where: 'https://logs.example.com/follow-up',
      entry: '2026-11-23 (America/Los_Angeles): followed up with Acme Solar (not switched).',
      summary: 'Mark that you have followed up in the follow-up spreadsheet.',
    });
    expect(decision.actions.some((a) => a.kind === 'change-setting')).toBe(false);
    expect(state).toMatchObject({ status: 'restored', wasSwitched: false });
  });

  it('requires the agent’s name', () => {
    const error = inputError(() => pvWattsOutage(STATES.switched, { type: 'pv-watts-restored', at: LATER } as never));
    expect(issuePaths(error)).toEqual(['event.agentName']);
  });
});

describe('pvWattsOutage: a whole outage, step by step', () => {
  it('offers, is declined, gets consent later, unblocks, and switches back', () => {
    let state: PvWattsState = initialPvWattsState({ name: 'Acme Solar' });
    const outcomes: string[] = [];
    const events: PvWattsEvent[] = [
      { type: 'issue-reported', at: '2026-11-23T17:00:00Z', pvWattsEnabled: true, channel: 'email', contactName: 'Dana Reyes', agentName: 'Jordan Smith' },
      { type: 'consent-declined', at: '2026-11-23T17:30:00Z' },
      { type: 'consent-given', at: '2026-11-23T19:00:00Z', channel: 'email', givenBy: 'Dana Reyes', agentName: 'Jordan Smith' },
      { type: 'still-blocked', at: '2026-11-23T19:30:00Z', symptom: 'other' },
      { type: 'still-blocked', at: '2026-11-23T19:40:00Z', symptom: 'recalculating-existing-project' },
      { type: 'pv-watts-restored', at: '2026-11-24T16:00:00Z', agentName: 'Jordan Smith' },
    ];
    for (const event of events) {
      const result = step(state, event);
      outcomes.push(result.decision.outcome);
      state = result.state;
    }
    expect(outcomes).toEqual([
      'offer-workaround',
      'keep-pv-watts',
      'switch-organization',
      'investigate-still-blocked',
      'start-new-project',
      'switch-back-and-notify',
    ]);
    expect(state).toMatchObject({ status: 'restored', wasSwitched: true });
  });
});

describe('pvWattsOutage: states are plain data', () => {
  it.each(STATUSES)('a %s state survives a JSON round trip and behaves the same', (status) => {
    const copy = JSON.parse(JSON.stringify(STATES[status])) as PvWattsState;
    for (const type of EVENT_TYPES) {
      const a = (() => {
        try {
          return pvWattsOutage(STATES[status], EVENTS[type]);
        } catch (error) {
          return { error: String(error) };
        }
      })();
      const b = (() => {
        try {
          return pvWattsOutage(copy, EVENTS[type]);
        } catch (error) {
          return { error: String(error) };
        }
      })();
      expect(b).toEqual(a);
    }
  });

  it.each(PAIRS.filter((p) => typeof p.expected === 'object'))('$status + $type returns a new JSON state and leaves the old one alone', ({ status, type }) => {
    const before = deepFreeze(structuredClone(STATES[status]));
    const event = deepFreeze({ ...EVENTS[type] });
    const { state } = pvWattsOutage(before, event);
    expect(before).toEqual(STATES[status]);
    expect(state).not.toBe(before);
    expect(state.org).not.toBe(before.org);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    // The state returned is itself a valid input.
    expect(() => pvWattsOutage(state, { type: 'switch-requested', at: '2026-11-30T00:00:00Z' })).toThrow(
      state.status === 'switched' ? InvalidTransitionError : ConsentRequiredError,
    );
  });

  it('accepts instants with an offset in a stored state and normalizes them to UTC', () => {
    const state = { ...STATES['workaround-offered'], reportedAt: '2026-11-23T09:00:00-08:00', updatedAt: '2026-11-23T09:00:00-08:00' };
    const next = step(state, EVENTS['consent-declined']).state;
    expect(next).toMatchObject({ reportedAt: '2026-11-23T17:00:00.000Z' });
  });
});

describe('pvWattsOutage: bad input', () => {
  it('rejects a state that is not a known status', () => {
    const error = inputError(() => pvWattsOutage({ status: 'lost', org: { name: 'A' } } as never, EVENTS['issue-reported']));
    expect(issuePaths(error)).toEqual(['state.status']);
    expect(error.message).toMatch(/"status" is one of "awaiting-report"/);
  });

  it('rejects an event that is not a known type', () => {
    const error = inputError(() => pvWattsOutage(STATES['awaiting-report'], { type: 'switched-itself', at: LATER } as never));
    expect(issuePaths(error)).toEqual(['event.type']);
  });

  it('rejects a missing state and event', () => {
    expect(issuePaths(inputError(() => pvWattsOutage(undefined as never, undefined as never)))).toEqual(['state', 'event']);
  });

  it('rejects each bad field of a state, naming its path', () => {
    const bad = {
      status: 'switched',
      org: { name: '', extra: 1 },
      contactName: 7,
      channel: 'phone',
      reportedAt: '2026-11-23T17:00:00',
      consent: { at: 'yesterday', channel: 'chat', givenBy: '' },
      switchedAt: '2026-11-23',
      updatedAt: 5,
      note: 'x',
    };
    const error = inputError(() => pvWattsOutage(bad as never, EVENTS['still-blocked']));
    expect(issuePaths(error).sort()).toEqual(
      [
        'state',
        'state.org',
        'state.org.name',
        'state.contactName',
        'state.channel',
        'state.reportedAt',
        'state.consent.at',
        'state.consent.givenBy',
        'state.switchedAt',
        'state.updatedAt',
      ].sort(),
    );
    expect(error.message).toMatch(/has no UTC offset/);
    expect(error.message).toMatch(/"note"/);
  });

  it('reports a stored instant without an offset as a custom issue of its field', () => {
    const state = { ...STATES['workaround-offered'], reportedAt: '2026-11-23T17:00:00' };
    const error = inputError(() => pvWattsOutage(state, EVENTS['consent-declined']));
    expect(error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['state.reportedAt', 'custom']]);
    expect(error.issues[0]?.message).toMatch(/has no UTC offset/);
  });

  it('rejects each bad field of an issue-reported event', () => {
    const error = inputError(() =>
      pvWattsOutage(STATES['awaiting-report'], {
        type: 'issue-reported',
        at: '2026-11-23T17:00',
        pvWattsEnabled: 'yes',
        channel: 'phone',
        contactName: ' ',
        agentName: '',
      } as never),
    );
    expect(issuePaths(error)).toEqual(['event.at', 'event.pvWattsEnabled', 'event.channel', 'event.contactName', 'event.agentName']);
  });

  it('rejects each bad field of the other events', () => {
    const cases: [PvWattsEvent, string[]][] = [
      [{ type: 'consent-given', at: 'now', channel: 'fax', givenBy: '', agentName: '' } as never, ['event.at', 'event.channel', 'event.givenBy', 'event.agentName']],
      [{ type: 'consent-declined', at: 3, by: 'x' } as never, ['event', 'event.at']],
      [{ type: 'switch-requested', at: new Date(Number.NaN), requestedBy: '' } as never, ['event.at', 'event.requestedBy']],
      [{ type: 'still-blocked', at: LATER, symptom: 'tired' } as never, ['event.symptom']],
      [{ type: 'pv-watts-restored', at: '2026-02-30T10:00:00Z', agentName: ' ' } as never, ['event.at', 'event.agentName']],
    ];
    for (const [event, paths] of cases) {
      expect(issuePaths(inputError(() => pvWattsOutage(STATES.switched, event))).sort(), event.type).toEqual(paths.sort());
    }
  });

  it('rejects an event before the state’s latest one, and accepts one at the same moment', () => {
    const error = inputError(() => pvWattsOutage(STATES.switched, { ...EVENTS['still-blocked'], at: '2026-11-23T17:09:59.999Z' }));
    expect(issuePaths(error)).toEqual(['event.at']);
    expect(error.message).toMatch(/before the state’s latest event \(2026-11-23T17:10:00.000Z\)/);
    expect(error.issues[0]).toEqual({
      path: ['event', 'at'],
      code: 'before_state',
      message: '2026-11-23T17:09:59.999Z is before the state’s latest event (2026-11-23T17:10:00.000Z); apply events in the order they happened',
    });
    expect(step(STATES.switched, { ...EVENTS['still-blocked'], at: '2026-11-23T17:10:00Z' }).decision.outcome).toBe('fix-invalidation');
  });

  it('checks input before consent: a bad switch-requested is an input error', () => {
    expect(thrown(() => pvWattsOutage(STATES['workaround-offered'], { type: 'switch-requested', at: 'soon' }))).toBeInstanceOf(SopInputError);
  });

  it('takes a Date for an event’s moment', () => {
    const { decision } = step(STATES['workaround-offered'], { type: 'consent-declined', at: new Date('2026-11-23T18:00:00Z') });
    expect(decision.at).toBe('2026-11-23T18:00:00.000Z');
  });

  it('rejects bad options', () => {
    const error = inputError(() => pvWattsOutage(STATES['awaiting-report'], EVENTS['issue-reported'], { policy: {} } as never));
    expect(issuePaths(error)).toEqual(['options.policy']);
  });
});

describe('initialPvWattsState', () => {
  it('starts awaiting a report, keeping the org’s id', () => {
    expect(initialPvWattsState({ name: 'Acme Solar', id: 'org-1042' })).toEqual({
      status: 'awaiting-report',
      org: { name: 'Acme Solar', id: 'org-1042' },
    });
  });

  it('rejects a bad org', () => {
    const error = inputError(() => initialPvWattsState({ name: ' ', id: '', team: 'x' } as never));
    expect(error.subject).toBe('pv-watts-outage/initial-state');
    expect(issuePaths(error).sort()).toEqual(['', 'id', 'name']);
  });
});

describe('the pv-watts-outage/step procedure facts', () => {
  it('starts from org, or continues from state', () => {
    expect(pvWattsOutageStep({ org: { name: 'Acme Solar' }, event: EVENTS['issue-reported'] }).state.status).toBe('workaround-offered');
    expect(pvWattsOutageStep({ state: STATES.switched, event: EVENTS['still-blocked'] }).decision.outcome).toBe('fix-invalidation');
  });

  it('needs exactly one of state and org', () => {
    expect(issuePaths(inputError(() => pvWattsOutageStep({ event: EVENTS['issue-reported'] })))).toEqual(['org']);
    const both = { state: STATES['awaiting-report'], org: { name: 'Acme Solar' }, event: EVENTS['issue-reported'] };
    expect(issuePaths(inputError(() => pvWattsOutageStep(both)))).toEqual(['state']);
  });

  it('says to give state or org when neither is given, and not both when both are', () => {
    expect(inputError(() => pvWattsOutageStep({ event: EVENTS['issue-reported'] })).issues).toEqual([
      { path: ['org'], code: 'custom', message: 'give either state (to continue) or org (to start from the beginning)' },
    ]);
    const both = { state: STATES['awaiting-report'], org: { name: 'Acme Solar' }, event: EVENTS['issue-reported'] };
    expect(inputError(() => pvWattsOutageStep(both)).issues).toEqual([
      { path: ['state'], code: 'custom', message: 'give either state or org, not both' },
    ]);
  });

  it('applies the same cross-field checks', () => {
    const error = inputError(() => pvWattsOutageStep({ state: STATES.switched, event: { ...EVENTS['still-blocked'], at: '2026-11-01T00:00:00Z' } }));
    expect(issuePaths(error)).toEqual(['event.at']);
  });

  it('throws ConsentRequiredError for a switch without consent', () => {
    expect(thrown(() => pvWattsOutageStep({ org: { name: 'Acme Solar' }, event: EVENTS['switch-requested'] }))).toBeInstanceOf(
      ConsentRequiredError,
    );
  });
});

standardCases(
  'pvWattsOutage (procedure facts)',
  ((facts: never, options?: never) => pvWattsOutageStep(facts, options).decision) as never,
  () => ({ state: structuredClone(STATES['workaround-offered']), event: { ...EVENTS['consent-given'] } }),
);
