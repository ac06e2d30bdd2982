import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { auditTicketFields } from '../../src/service-desk/audit-ticket-fields.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';
import { crossProduct } from './fixtures.js';

const OUTCOMES = ['complete', 'incomplete'];
type Facts = Parameters<typeof auditTicketFields>[0];
const decide = (facts: Facts, options?: Parameters<typeof auditTicketFields>[1]) =>
  expectDecision(auditTicketFields(facts, options), 'service-desk/audit-ticket-fields', OUTCOMES);

const COMPLETE: Facts = {
  assignee: 'Ana Agent',
  reporter: 'pat@example.com',
  organization: 'Sunny Roofs',
  requestType: 'general-inquiry',
  channelPartner: false,
  financing: false,
  labels: [],
  channels: ['email'],
  watchers: [],
};
const problems = (facts: Facts) => decide(facts).findings.map((f) => f.problem);

describe('auditTicketFields', () => {
  describe('decision table: every combination of the field states', () => {
    const rows = crossProduct({
      assigned: [true, false],
      reporter: ['missing', 'staff', 'customer'] as const,
      onboarding: [true, false],
      organization: ['missing', 'channel-manager', 'other'] as const,
      channelPartner: [true, false],
      financing: [true, false],
      ebLabel: [true, false],
      channel: [true, false],
      watcherMissing: [true, false],
      accountManager: [true, false],
    });
    it.each(rows)('%o', (row) => {
      const facts: Facts = {
        ...(row.assigned ? { assignee: 'Ana Agent' } : {}),
        ...(row.reporter === 'missing' ? {} : { reporter: row.reporter === 'staff' ? 'alex@goeverbright.com' : 'pat@example.com' }),
        ...(row.organization === 'missing' ? {} : { organization: row.organization === 'other' ? 'Sunny Roofs' : 'casey channel' }),
        requestType: row.onboarding ? 'onboarding' : 'general-inquiry',
        channelPartner: row.channelPartner,
        channelManager: 'Casey Channel',
        financing: row.financing,
        labels: row.ebLabel ? ['urgent', 'EB'] : ['urgent'],
        channels: row.channel ? ['phone', 'chat'] : [],
        watchers: row.watcherMissing ? ['Someone Else'] : ['WES WATCHER'],
        keepInLoop: [
          { name: 'Wes Watcher', accountManager: false },
          ...(row.accountManager ? [{ name: 'Alex Manager', accountManager: true }] : []),
        ],
      };
      const expected = [
        ...(row.assigned ? [] : ['unassigned']),
        ...(row.onboarding ? [] : row.reporter === 'missing' ? ['reporter-missing'] : row.reporter === 'staff' ? ['staff-forwarding-address'] : []),
        ...(row.organization === 'missing' ? ['organization-missing'] : row.organization === 'other' && row.channelPartner ? ['not-channel-manager'] : []),
        ...(row.financing && !row.ebLabel ? ['financing-label-missing'] : []),
        ...(row.channel ? [] : ['no-channel']),
        ...(row.watcherMissing ? ['not-watching'] : []),
      ];
      const d = decide(facts);
      expect(d.findings.map((f) => f.problem)).toEqual(expected);
      expect(d.outcome).toBe(expected.length === 0 ? 'complete' : 'incomplete');
      expect(d.actions.filter((a) => a.kind === 'update-ticket')).toHaveLength(expected.length);
      expect(d.actions.filter((a) => a.kind === 'notify')).toHaveLength(row.accountManager ? 1 : 0);
      expect(d.actions.filter((a) => a.kind === 'check')).toHaveLength(row.onboarding ? 1 : 0);
      expect(d.actions.at(-1)?.kind).toBe('stop');
      const rules = d.trace.map((t) => t.rule);
      expect(rules[0]).toBe('service-desk/essential-fields');
      expect(rules.includes('service-desk/no-customer-contact')).toBe(row.onboarding);
      expect(rules.includes('service-desk/reporter')).toBe(!row.onboarding);
      expect(rules.includes('service-desk/staff-forwarding')).toBe(!row.onboarding && row.reporter === 'staff');
      expect(rules.includes('service-desk/channel-partner')).toBe(row.channelPartner);
      expect(rules.includes('service-desk/financing-label')).toBe(row.financing);
      expect(rules.includes('service-desk/account-managers')).toBe(row.accountManager);
      expect(rules.includes('service-desk/watchers')).toBe(true);
    });
  });

  it('gives one finding per problem, with what is wrong and the fix', () => {
    const d = decide({
      reporter: 'alex@goeverbright.com',
      channelPartner: true,
      channelManager: 'Casey Channel',
      financing: true,
      labels: ['urgent'],
      channels: [],
      watchers: ['Sam'],
      keepInLoop: [
        { name: 'Wes Watcher', accountManager: false },
        { name: 'Val Viewer', accountManager: false },
      ],
    });
    expect(d.findings).toEqual([
      { field: 'assignee', problem: 'unassigned', message: 'The ticket is unassigned.', fix: 'Fill the Assignee field with your name ("Assign to me").' },
      {
        field: 'reporter',
        problem: 'staff-forwarding-address',
        message: 'The Reporter is the staff forwarding address alex@goeverbright.com.',
        fix: "Replace the staff address alex@goeverbright.com in the Reporter field with the customer's contact details.",
      },
      {
        field: 'organization',
        problem: 'organization-missing',
        message: 'The Organization field is empty.',
        fix: "Set the Organization field to the channel manager's name, Casey Channel.",
      },
      {
        field: 'labels',
        problem: 'financing-label-missing',
        message: 'The ticket is related to EverBright financing but has no "EB" label.',
        fix: 'Add "EB" to the label field.',
      },
      {
        field: 'channels',
        problem: 'no-channel',
        message: 'No channel is selected.',
        fix: 'Select phone, email or chat in the channel field, or every channel used to resolve the request.',
      },
      { field: 'watchers', problem: 'not-watching', message: 'Wes Watcher should be kept in the loop but is not a watcher.', fix: 'Add Wes Watcher as a watcher.' },
      { field: 'watchers', problem: 'not-watching', message: 'Val Viewer should be kept in the loop but is not a watcher.', fix: 'Add Val Viewer as a watcher.' },
    ]);
    expect(d.actions.find((a) => a.kind === 'update-ticket' && a.field === 'Labels')).toMatchObject({ value: ['urgent', 'EB'] });
    expect(d.actions.find((a) => a.kind === 'update-ticket' && a.field === 'Organization')).toMatchObject({ value: 'Casey Channel' });
    expect(d.actions.at(-1)).toEqual({ kind: 'stop', summary: 'Fix the 7 field problems above before going on.' });
    expect(d.trace[0]?.detail).toBe(
      '7 problems: unassigned, staff-forwarding-address, organization-missing, financing-label-missing, no-channel, not-watching, not-watching.',
    );
  });

  it('adds every missing watcher: each fix keeps the watchers of the fixes before it', () => {
    const d = decide({
      ...COMPLETE,
      watchers: ['Sam'],
      keepInLoop: [
        { name: 'Wes Watcher', accountManager: false },
        { name: 'Val Viewer', accountManager: false },
      ],
    });
    const fixes = d.actions.filter((a) => a.kind === 'update-ticket' && a.field === 'Watchers');
    expect(fixes.map((a) => (a.kind === 'update-ticket' ? a.value : undefined))).toEqual([
      ['Sam', 'Wes Watcher'],
      ['Sam', 'Wes Watcher', 'Val Viewer'],
    ]);
  });

  it('treats blank, null and absent fields alike as not filled in', () => {
    for (const blank of [undefined, null, '', '   ']) {
      expect(problems({ ...COMPLETE, assignee: blank, reporter: blank, organization: blank })).toEqual([
        'unassigned',
        'reporter-missing',
        'organization-missing',
      ]);
    }
    expect(problems({ ...COMPLETE, channels: undefined })).toEqual(['no-channel']);
    expect(decide({ ...COMPLETE, assignee: null }).actions.at(-1)?.summary).toBe('Fix the field above before going on.');
  });

  it.each([
    ['alex@goeverbright.com', true],
    ['Alex@GoEverBright.com', true],
    ['@goEverBright', true],
    ['alex@mail.goeverbright.com', true],
    ['alex@goeverbright.co', false],
    ['alex@notgoeverbright.com', false],
    ['pat@example.com', false],
    ['Pat Example', false],
    ['goeverbright.com', false],
  ])('treats reporter %s as a staff forwarding address: %s', (reporter, staff) => {
    expect(problems({ ...COMPLETE, reporter })).toEqual(staff ? ['staff-forwarding-address'] : []);
  });

  it('uses the staff forwarding domain and the financing label of the policy', () => {
    const policy = definePolicy({ name: 'other-brand', version: '1', serviceDesk: { staffForwardingDomain: 'brand.example', financingLabel: 'FIN' } });
    const d = decide({ ...COMPLETE, reporter: 'ops@brand.example', financing: true, labels: ['EB'] }, { policy });
    expect(d.findings.map((f) => f.problem)).toEqual(['staff-forwarding-address', 'financing-label-missing']);
    expect(d.findings[1]?.fix).toBe('Add "FIN" to the label field.');
    expect(decide({ ...COMPLETE, reporter: 'alex@goeverbright.com' }, { policy }).outcome).toBe('complete');
  });

  it('accepts the financing label in any case', () => {
    expect(problems({ ...COMPLETE, financing: true, labels: ['eb'] })).toEqual([]);
    expect(problems({ ...COMPLETE, financing: true, labels: ['Eb', 'other'] })).toEqual([]);
    expect(problems({ ...COMPLETE, financing: true, labels: undefined })).toEqual(['financing-label-missing']);
  });

  it('asks for the organization from the JIRA Customers tab when it is not a channel partner', () => {
    const d = decide({ ...COMPLETE, organization: undefined });
    expect(d.findings[0]?.fix).toBe(
      'Fill in the Organization field; if it cannot be entered, search the Customers tab in JIRA for the right name, or add the organization.',
    );
  });

  it('asks for the channel manager\'s name, even when it is not known', () => {
    const d = decide({ ...COMPLETE, organization: undefined, channelPartner: true });
    expect(d.findings[0]?.fix).toBe("Set the Organization field to the channel manager's name.");
    expect(d.actions[0]).toMatchObject({ field: 'Organization', value: "channel manager's name" });
    expect(d.trace.find((t) => t.rule === 'service-desk/channel-partner')?.detail).toBe(
      "Channel partner: the organization is the channel manager's name.",
    );
  });

  it('asks to make sure a channel partner\'s organization is the channel manager when the manager is not known', () => {
    const d = decide({ ...COMPLETE, channelPartner: true });
    expect(d.outcome).toBe('complete');
    expect(d.trace.find((t) => t.rule === 'service-desk/channel-partner')?.detail).toBe(
      "Channel partner: make sure Sunny Roofs is the channel manager's name.",
    );
  });

  it('messages account managers on Slack or MS Teams instead of adding them as watchers', () => {
    const d = decide({ ...COMPLETE, keepInLoop: [{ name: 'Alex Manager', accountManager: true }] });
    expect(d.outcome).toBe('complete');
    expect(d.actions).toEqual([
      {
        kind: 'notify',
        to: 'Alex Manager',
        via: 'Slack or MS Teams',
        summary: 'Send Alex Manager (account manager) a message on Slack or MS Teams to loop them in.',
      },
      { kind: 'stop', summary: 'The essential ticket fields are complete.' },
    ]);
    expect(d.trace.map((t) => t.rule)).not.toContain('service-desk/watchers');
  });

  it('says when everyone to keep in the loop is already watching', () => {
    const d = decide({ ...COMPLETE, watchers: ['Wes Watcher'], keepInLoop: [{ name: 'wes watcher', accountManager: false }] });
    expect(d.trace.find((t) => t.rule === 'service-desk/watchers')?.detail).toBe('Everyone to keep in the loop is watching (wes watcher).');
  });

  it('goes on to determine the request type when the fields are complete and the type is not set', () => {
    const d = decide({ ...COMPLETE, requestType: undefined });
    expect(d.actions).toEqual([{ kind: 'check', what: 'Request Type', summary: 'Determine the request type (one of the 9 request types).' }]);
    expect(d.trace.at(-1)?.rule).toBe('service-desk/request-type');
  });

  it('exempts only onboarding tickets from the reporter check', () => {
    expect(problems({ ...COMPLETE, reporter: undefined, requestType: 'onboarding' })).toEqual([]);
    expect(problems({ ...COMPLETE, reporter: undefined, requestType: 'technical-support' })).toEqual(['reporter-missing']);
  });

  describe('what each check saw and the exact fix', () => {
    const detailOf = (d: ReturnType<typeof decide>, rule: string) => d.trace.find((t) => t.rule === `service-desk/${rule}`)?.detail;
    const updateOf = (d: ReturnType<typeof decide>, field: string) => d.actions.find((a) => a.kind === 'update-ticket' && a.field === field);

    it('names the assignee when the ticket is assigned', () => {
      expect(detailOf(decide(COMPLETE), 'assignee')).toBe('Assignee: Ana Agent.');
    });

    it('asks to fill the Assignee field with your name', () => {
      expect(decide({ ...COMPLETE, assignee: undefined }).actions[0]).toEqual({
        kind: 'update-ticket',
        field: 'Assignee',
        value: 'your name',
        summary: 'Fill the Assignee field with your name ("Assign to me").',
      });
    });

    it('sends an onboarding ticket\'s reporter to the onboarding SOP', () => {
      expect(decide({ ...COMPLETE, requestType: 'onboarding' }).actions[0]).toEqual({
        kind: 'check',
        what: 'Onboarding SOP',
        summary: "Follow the onboarding ticket's SOP for the Reporter field: it carries no customer contact.",
      });
    });

    it('asks for the customer\'s contact details when the reporter is empty', () => {
      const d = decide({ ...COMPLETE, reporter: undefined });
      expect(d.findings).toEqual([
        { field: 'reporter', problem: 'reporter-missing', message: 'The Reporter field is empty.', fix: "Fill the Reporter field with the customer's contact details." },
      ]);
      expect(d.actions[0]).toEqual({
        kind: 'update-ticket',
        field: 'Reporter',
        value: "customer's contact details",
        summary: "Fill the Reporter field with the customer's contact details.",
      });
    });

    it('asks to replace a staff forwarding address with the customer\'s contact details', () => {
      expect(decide({ ...COMPLETE, reporter: 'alex@goeverbright.com' }).actions[0]).toEqual({
        kind: 'update-ticket',
        field: 'Reporter',
        value: "customer's contact details",
        summary: "Replace the staff address alex@goeverbright.com in the Reporter field with the customer's contact details.",
      });
    });

    it('asks to look up an empty organization in the JIRA Customers tab', () => {
      const d = decide({ ...COMPLETE, organization: undefined });
      expect(d.findings[0]).toMatchObject({ field: 'organization', problem: 'organization-missing', message: 'The Organization field is empty.' });
      expect(d.actions[0]).toEqual({
        kind: 'update-ticket',
        field: 'Organization',
        value: 'organization name from the JIRA Customers tab',
        summary: 'Fill in the Organization field; if it cannot be entered, search the Customers tab in JIRA for the right name, or add the organization.',
      });
    });

    it('names the known channel manager when a channel partner\'s organization is empty', () => {
      const d = decide({ ...COMPLETE, organization: undefined, channelPartner: true, channelManager: 'Casey Channel' });
      expect(detailOf(d, 'channel-partner')).toBe("Channel partner: the organization is the channel manager's name (Casey Channel).");
    });

    it('asks to replace a channel partner\'s organization with the channel manager\'s name', () => {
      const d = decide({ ...COMPLETE, channelPartner: true, channelManager: 'Casey Channel' });
      expect(d.findings).toEqual([
        {
          field: 'organization',
          problem: 'not-channel-manager',
          message: 'The Organization is Sunny Roofs, not the channel manager Casey Channel.',
          fix: "Set the Organization field to the channel manager's name, Casey Channel.",
        },
      ]);
      expect(d.actions[0]).toEqual({
        kind: 'update-ticket',
        field: 'Organization',
        value: 'Casey Channel',
        summary: "Set the Organization field to the channel manager's name, Casey Channel.",
      });
      expect(detailOf(d, 'channel-partner')).toBe("Channel partner: the organization should be the channel manager's name, Casey Channel, not Sunny Roofs.");
    });

    it('confirms a channel partner\'s organization that is the channel manager\'s name', () => {
      const d = decide({ ...COMPLETE, organization: 'casey channel', channelPartner: true, channelManager: 'Casey Channel' });
      expect(d.outcome).toBe('complete');
      expect(detailOf(d, 'channel-partner')).toBe("Channel partner: the organization is the channel manager's name, Casey Channel.");
    });

    it('lists the labels seen when the financing label is missing, or says there are none', () => {
      expect(detailOf(decide({ ...COMPLETE, financing: true, labels: ['urgent', 'VIP'] }), 'financing-label')).toBe(
        'Related to EverBright financing but the labels (urgent, VIP) lack "EB".',
      );
      expect(detailOf(decide({ ...COMPLETE, financing: true, labels: [] }), 'financing-label')).toBe(
        'Related to EverBright financing but the labels (none) lack "EB".',
      );
      const d = decide({ ...COMPLETE, financing: true, labels: undefined });
      expect(detailOf(d, 'financing-label')).toBe('Related to EverBright financing but the labels (none) lack "EB".');
      expect(updateOf(d, 'Labels')).toMatchObject({ value: ['EB'] });
    });

    it('names the channels selected', () => {
      expect(detailOf(decide({ ...COMPLETE, channels: ['phone', 'chat'] }), 'channel')).toBe('Channel: phone, chat.');
    });

    it('asks to select every channel used when none is selected', () => {
      expect(decide({ ...COMPLETE, channels: [] }).actions[0]).toEqual({
        kind: 'update-ticket',
        field: 'Channel',
        value: 'phone, email or chat (every channel used)',
        summary: 'Select phone, email or chat in the channel field, or every channel used to resolve the request.',
      });
    });

    it('finds a person to keep in the loop among several watchers', () => {
      const d = decide({ ...COMPLETE, watchers: ['Someone Else', 'Wes Watcher'], keepInLoop: [{ name: 'Wes Watcher', accountManager: false }] });
      expect(d.outcome).toBe('complete');
    });

    it('names everyone watching, and everyone not watching yet', () => {
      const both = [
        { name: 'Wes Watcher', accountManager: false },
        { name: 'Val Viewer', accountManager: false },
      ];
      expect(detailOf(decide({ ...COMPLETE, watchers: ['Val Viewer', 'Wes Watcher'], keepInLoop: both }), 'watchers')).toBe(
        'Everyone to keep in the loop is watching (Wes Watcher, Val Viewer).',
      );
      expect(detailOf(decide({ ...COMPLETE, watchers: [], keepInLoop: both }), 'watchers')).toBe('Not watching yet: Wes Watcher, Val Viewer.');
    });

    it('adds a missing person to the watchers already there', () => {
      const keepInLoop = [{ name: 'Wes Watcher', accountManager: false }];
      expect(decide({ ...COMPLETE, watchers: ['Sam'], keepInLoop }).actions[0]).toEqual({
        kind: 'update-ticket',
        field: 'Watchers',
        value: ['Sam', 'Wes Watcher'],
        summary: 'Add Wes Watcher as a watcher (eyeball icon at the top right).',
      });
      expect(updateOf(decide({ ...COMPLETE, watchers: undefined, keepInLoop }), 'Watchers')).toMatchObject({ value: ['Wes Watcher'] });
    });

    it('names every account manager to message', () => {
      const d = decide({
        ...COMPLETE,
        keepInLoop: [
          { name: 'Alex Manager', accountManager: true },
          { name: 'Bo Manager', accountManager: true },
        ],
      });
      expect(detailOf(d, 'account-managers')).toBe('Account managers to loop in by message, not as watchers: Alex Manager, Bo Manager.');
    });

    it('sums up the audit in its first trace entry', () => {
      expect(decide(COMPLETE).trace[0]?.detail).toBe('Every essential field is filled in correctly.');
      expect(decide({ ...COMPLETE, assignee: undefined }).trace[0]?.detail).toBe('1 problem: unassigned.');
    });
  });

  it('rejects each bad field, naming its path', () => {
    const error = inputError(() =>
      auditTicketFields({
        assignee: 42 as never,
        requestType: 'billing' as never,
        channelPartner: 'no' as never,
        channelManager: ' ',
        financing: undefined as never,
        labels: 'EB' as never,
        channels: ['fax'] as never,
        watchers: [''],
        keepInLoop: [{ name: 'Wes' }] as never,
      }),
    );
    expect(issuePaths(error)).toEqual([
      'assignee',
      'requestType',
      'channelPartner',
      'channelManager',
      'financing',
      'labels',
      'channels.0',
      'watchers.0',
      'keepInLoop.0.accountManager',
    ]);
  });
});

standardCases('auditTicketFields', auditTicketFields as never, () => ({
  ...COMPLETE,
  financing: true,
  labels: ['EB'],
  keepInLoop: [{ name: 'Alex Manager', accountManager: true }],
}));
