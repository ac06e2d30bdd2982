import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { REQUEST_TYPE_NAMES, requestTypeHandling } from '../../src/service-desk/request-type-handling.js';
import { RequestTypeId } from '../../src/service-desk/schema.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';

const OUTCOMES = RequestTypeId.options;
type Facts = Parameters<typeof requestTypeHandling>[0];
const decide = (facts: Facts, options?: Parameters<typeof requestTypeHandling>[1]) =>
  expectDecision(requestTypeHandling(facts, options), 'service-desk/request-type-handling', OUTCOMES);
const NAMES = { customerName: 'Pat', agentName: 'Ana' };

/** Every request type and sub-case, with the rules and action kinds the seed gives it (after the request-type step). */
const CASES: [string, Facts, string[], string[]][] = [
  ['general inquiry', { requestType: 'general-inquiry' }, ['general-inquiry'], ['reply']],
  ['technical support', { requestType: 'technical-support' }, ['technical-support'], ['check', 'escalate']],
  [
    'incentives',
    { requestType: 'industry-wide-data-change', subtype: 'incentives', ...NAMES },
    ['industry-wide-data-change', 'incentives', 'incentives-close'],
    ['reply', 'create-ticket', 'reply', 'wait'],
  ],
  ['SRECs', { requestType: 'industry-wide-data-change', subtype: 'srecs' }, ['industry-wide-data-change', 'srecs'], ['check']],
  ['equipment', { requestType: 'industry-wide-data-change', subtype: 'equipment' }, ['industry-wide-data-change', 'equipment'], ['reply', 'create-ticket']],
  ...(
    [
      ['downstream org invite', 'downstream-org-invite', ['downstream-org-invite'], ['create-ticket']],
      ['incentive override', 'incentive-override', ['incentive-override'], ['check']],
      ['enabling or disabling a feature', 'feature-toggle', ['feature-toggle'], ['check']],
      ['utility degradation', 'utility-degradation', ['utility-degradation'], ['check']],
      ['non-integrated financing', 'non-integrated-financing', ['non-integrated-financing', 'coordinate-cs-ticket'], ['create-ticket']],
      ['de-activating integrated financing', 'deactivate-integrated-financing', ['deactivate-integrated-financing', 'coordinate-cs-ticket'], ['create-ticket']],
      ['installer contracts', 'installer-contracts', ['installer-contracts', 'coordinate-cs-ticket'], ['create-ticket']],
      ['other company-specific change', undefined, [], ['check']],
    ] as const
  ).map(([label, subtype, rules, kinds]): [string, Facts, string[], string[]] => [
    label,
    { requestType: 'company-specific-data-change', ...(subtype ? { subtype } : {}) },
    ['company-specific-data-change', 'collect-documents', 'required-tickets', ...rules],
    ['check', 'reply', ...kinds],
  ]),
  ['legal contact info', { requestType: 'project-specific-data-change', subtype: 'legal-contact-info' }, ['project-specific-data-change', 'legal-contact-info'], ['refer']],
  ['unarchive', { requestType: 'project-specific-data-change', subtype: 'unarchive' }, ['project-specific-data-change', 'unarchive'], ['check']],
  ['other project-specific change', { requestType: 'project-specific-data-change' }, ['project-specific-data-change'], ['change-setting']],
  ['cancellation', { requestType: 'account-management', subtype: 'cancellation' }, ['account-management', 'cancellation'], ['check', 'notify']],
  ['billing information', { requestType: 'account-management', subtype: 'billing-information' }, ['account-management', 'billing-information'], ['refer']],
  ['training', { requestType: 'account-management', subtype: 'training' }, ['account-management', 'training'], ['refer']],
  ['other account inquiry', { requestType: 'account-management' }, ['account-management'], ['reply']],
  ['onboarding', { requestType: 'onboarding' }, ['no-customer-contact'], ['check']],
  ['feature request', { requestType: 'feature-request' }, ['feature-request'], ['log']],
  ['non-platform', { requestType: 'non-platform' }, ['non-platform'], ['check']],
];

describe('requestTypeHandling', () => {
  it('covers all 9 request types', () => {
    expect(new Set(CASES.map(([, facts]) => facts.requestType))).toEqual(new Set(OUTCOMES));
  });

  describe('decision table: every request type and every sub-case the seed names', () => {
    it.each(CASES)('%s', (_label, facts, rules, kinds) => {
      const d = decide(facts);
      expect(d.outcome).toBe(facts.requestType);
      expect(d.requestTypeName).toBe(REQUEST_TYPE_NAMES[facts.requestType]);
      expect(d.subtype).toBe('subtype' in facts && facts.subtype !== undefined ? facts.subtype : null);
      expect(d.trace.map((t) => t.rule)).toEqual(['service-desk/request-type', ...rules.map((r) => `service-desk/${r}`)]);
      expect(d.actions.map((a) => a.kind)).toEqual(['update-ticket', ...kinds]);
      expect(d.actions[0]).toEqual({
        kind: 'update-ticket',
        field: 'Request Type',
        value: REQUEST_TYPE_NAMES[facts.requestType],
        summary: `Set the Request Type to "${REQUEST_TYPE_NAMES[facts.requestType]}".`,
      });
    });
  });

  describe('the steps of each request type and sub-case, as the seed gives them', () => {
    const CONFIG_TEAM_CS_TICKET = (summary: string) => ({ kind: 'create-ticket', project: 'CS', fields: { assignee: 'configuration team', summary } });
    const COMPANY_SPECIFIC_STEPS = [
      { kind: 'check', what: 'needed documents', summary: 'Collect all the needed documents and attach them to the ticket.' },
      { kind: 'reply', to: 'customer', summary: 'Maintain communication with the reporter on the SS ticket.' },
    ];
    const STEPS: [string, Facts, object[]][] = [
      [
        'answers a general inquiry, to be recategorized later if it fits another type',
        { requestType: 'general-inquiry' },
        [{ kind: 'reply', to: 'customer', summary: 'Answer the question; if the request turns out to fit another request type, update the request type later.' }],
      ],
      [
        'rules out user error, browser and hardware causes before forwarding technical support to dev',
        { requestType: 'technical-support' },
        [
          {
            kind: 'check',
            what: 'user error, browser- or hardware-related cause',
            summary: 'Rule out the possible root cause: make sure the issue is not a user error, or browser- or hardware-related.',
          },
          { kind: 'escalate', to: 'dev', via: 'dev ticket', summary: 'If none of those is the cause, forward the concern to dev.' },
        ],
      ],
      [
        'creates a CS ticket for the configuration team for incentives and keeps in touch with both sides',
        { requestType: 'industry-wide-data-change', subtype: 'incentives', ...NAMES },
        [
          { kind: 'reply', to: 'customer', channel: 'email', templateId: 'service-desk/request-received', summary: 'Reply to the customer that we received their request and are now working on it.' },
          { ...CONFIG_TEAM_CS_TICKET('Add, edit or remove incentives'), summary: 'Create a CS ticket for the configuration team.' },
          {
            kind: 'reply',
            to: 'customer',
            summary: 'Keep in touch with the customer for follow-ups or additional information, and with the configuration team for updates.',
          },
          { kind: 'wait', until: null, summary: 'Close the SS ticket once the CS ticket is placed in UAT status.' },
        ],
      ],
      [
        'has support add or update SRECs itself through the SREC process',
        { requestType: 'industry-wide-data-change', subtype: 'srecs' },
        [{ kind: 'check', what: 'SREC process', summary: 'Add or update the SRECs yourself, following the SREC process.' }],
      ],
      [
        'keeps in touch on the ticket and creates an equipment CS ticket',
        { requestType: 'industry-wide-data-change', subtype: 'equipment' },
        [
          { kind: 'reply', to: 'customer', summary: 'Maintain communication with the customer on the ticket.' },
          { ...CONFIG_TEAM_CS_TICKET('Add, edit or remove equipment'), summary: 'Create a CS ticket according to the equipment process.' },
        ],
      ],
      [
        'creates the CS ticket for a downstream org invite',
        { requestType: 'company-specific-data-change', subtype: 'downstream-org-invite' },
        [
          ...COMPANY_SPECIFIC_STEPS,
          {
            kind: 'create-ticket',
            project: 'CS',
            fields: { summary: 'Invite a new downstream org' },
            summary: 'Create the CS ticket and establish the requested partnership according to the process.',
          },
        ],
      ],
      [
        'follows the incentive override SOP',
        { requestType: 'company-specific-data-change', subtype: 'incentive-override' },
        [...COMPANY_SPECIFIC_STEPS, { kind: 'check', what: 'incentive override SOP', summary: 'Follow the SOP for adding an incentive override.' }],
      ],
      [
        'follows the feature enable/disable SOP',
        { requestType: 'company-specific-data-change', subtype: 'feature-toggle' },
        [
          ...COMPANY_SPECIFIC_STEPS,
          {
            kind: 'check',
            what: 'feature enable/disable SOP',
            summary: 'Follow the SOP for enabling and disabling features (DocuSign, Cost Buildup, PV Watts, Project Sunroof, and so on).',
          },
        ],
      ],
      [
        'follows the utility degradation SOP',
        { requestType: 'company-specific-data-change', subtype: 'utility-degradation' },
        [...COMPANY_SPECIFIC_STEPS, { kind: 'check', what: 'utility degradation SOP', summary: 'Follow the SOP for updating the utility degradation percent.' }],
      ],
      ...(['non-integrated-financing', 'deactivate-integrated-financing', 'installer-contracts'] as const).map((subtype): [string, Facts, object[]] => [
        `creates a configuration-team CS ticket named ${subtype}`,
        { requestType: 'company-specific-data-change', subtype },
        [
          ...COMPANY_SPECIFIC_STEPS,
          {
            ...CONFIG_TEAM_CS_TICKET(subtype),
            summary: 'Coordinate with the reporter and the configuration team and create a CS ticket according to the process.',
          },
        ],
      ]),
      [
        'creates the other required tickets for any other company-specific change',
        { requestType: 'company-specific-data-change' },
        [
          ...COMPANY_SPECIFIC_STEPS,
          { kind: 'check', what: 'required tickets', summary: 'Create the other required tickets as outlined in the company-specific data change process.' },
        ],
      ],
      [
        'refers legal contact information to the financier',
        { requestType: 'project-specific-data-change', subtype: 'legal-contact-info' },
        [{ kind: 'refer', to: 'financier', summary: 'Refer the request to update legal contact information to the financier.' }],
      ],
      [
        'follows the unarchive request process',
        { requestType: 'project-specific-data-change', subtype: 'unarchive' },
        [{ kind: 'check', what: 'unarchive request process', summary: 'Follow the unarchive request process for the customer site.' }],
      ],
      [
        'updates the customer site data as requested for any other project-specific change',
        { requestType: 'project-specific-data-change' },
        [
          {
            kind: 'change-setting',
            setting: 'customer site data',
            value: 'as requested',
            summary: 'Update the data on the specific customer site as requested.',
          },
        ],
      ],
      [
        'follows the cancellation process',
        { requestType: 'account-management', subtype: 'cancellation' },
        [
          { kind: 'check', what: 'cancellation process', summary: 'Follow the cancellation process.' },
          { kind: 'notify', to: 'Account Manager', via: 'Slack', summary: 'Slack the Account Manager as a heads up.' },
        ],
      ],
      [
        'answers any other account inquiry',
        { requestType: 'account-management' },
        [{ kind: 'reply', to: 'customer', summary: 'Answer the account inquiry (billing, subscription changes, status checks, EB).' }],
      ],
      [
        'follows the onboarding SOP',
        { requestType: 'onboarding' },
        [{ kind: 'check', what: 'onboarding SOP', summary: "Follow the onboarding ticket's SOP." }],
      ],
      [
        'documents a feature request through the feature request process',
        { requestType: 'feature-request' },
        [
          {
            kind: 'log',
            where: 'feature request process',
            entry: 'the feature request',
            summary: 'Document the request according to the feature request process.',
          },
        ],
      ],
      [
        'hands a non-platform request to the non-platform ticket procedure',
        { requestType: 'non-platform' },
        [
          {
            kind: 'check',
            what: 'non-platform ticket',
            summary:
              'Handle it as a non-platform ticket: close it as non-platform, or if it might need attention, message the Support Supervisor (see nonPlatformTicket).',
          },
        ],
      ],
    ];
    it.each(STEPS)('%s', (_label, facts, steps) => {
      expect(decide(facts).actions.slice(1)).toEqual(steps);
    });
  });

  describe('the request-type trace entry', () => {
    it('names the request type and the sub-case', () => {
      expect(decide({ requestType: 'account-management', subtype: 'training' }).trace[0]?.detail).toBe('Request type: Account Management (training).');
    });

    it('names only the request type when there is no sub-case', () => {
      expect(decide({ requestType: 'account-management' }).trace[0]?.detail).toBe('Request type: Account Management.');
    });

    it('treats a sub-case given as undefined like an absent one', () => {
      const d = decide({ requestType: 'account-management', subtype: undefined });
      expect(d.subtype).toBeNull();
      expect(d.trace[0]?.detail).toBe('Request type: Account Management.');
    });
  });

  it('replies that an incentive request was received, creates the CS ticket, and closes the SS ticket at UAT', () => {
    const d = decide({ requestType: 'industry-wide-data-change', subtype: 'incentives', customerName: 'Pat Lee', agentName: 'Ana' });
    expect(d.messages).toEqual([
      {
        templateId: 'service-desk/request-received',
        audience: 'customer',
        channel: 'email',
        subject: 'Re: your request',
        text: 'Hi Pat Lee,\n\nThank you for your request. We received it and are now working on it. We will keep you posted and reach out if we need any additional information.\n\nBest,\nAna',
      },
    ]);
    expect(d.actions[2]).toMatchObject({ kind: 'create-ticket', project: 'CS' });
    expect(d.actions.at(-1)).toEqual({ kind: 'wait', until: null, summary: 'Close the SS ticket once the CS ticket is placed in UAT status.' });
  });

  it('requires the customer and agent names for an incentive request, up front', () => {
    const error = inputError(() => requestTypeHandling({ requestType: 'industry-wide-data-change', subtype: 'incentives' }));
    expect(issuePaths(error)).toEqual(['customerName', 'agentName']);
    expect(error.issues[0]?.code).toBe('required');
    expect(error.issues.map((i) => i.message)).toEqual([
      'is required for an incentive request: the "request received" reply uses it',
      'is required for an incentive request: the "request received" reply uses it',
    ]);
    expect(issuePaths(inputError(() => requestTypeHandling({ requestType: 'industry-wide-data-change', subtype: 'incentives', customerName: 'Pat' })))).toEqual([
      'agentName',
    ]);
    expect(decide({ requestType: 'industry-wide-data-change', subtype: 'srecs' }).messages).toEqual([]);
  });

  it('slacks the account manager about a cancellation', () => {
    expect(decide({ requestType: 'account-management', subtype: 'cancellation' }).actions[2]).toEqual({
      kind: 'notify',
      to: 'Account Manager',
      via: 'Slack',
      summary: 'Slack the Account Manager as a heads up.',
    });
  });

  it('refers billing and training requests to the policy articles, with their links when the policy has them', () => {
    expect(decide({ requestType: 'account-management', subtype: 'billing-information' }).actions[1]).toEqual({
      kind: 'refer',
      to: 'How to update your billing information',
      summary: 'Send the customer the instructions on how to update their billing information ("How to update your billing information").',
    });
    const policy = definePolicy({
      name: 'links',
      version: '1',
      serviceDesk: {
        billingInstructions: { title: 'Billing help', url: 'https://help.example/billing' },
        trainingSignup: { title: 'Book a training', url: 'https://help.example/training' },
      },
    });
    expect(decide({ requestType: 'account-management', subtype: 'billing-information' }, { policy }).actions[1]).toMatchObject({
      to: 'Billing help',
      contact: 'https://help.example/billing',
    });
    expect(decide({ requestType: 'account-management', subtype: 'training' }, { policy }).actions[1]).toMatchObject({
      to: 'Book a training',
      contact: 'https://help.example/training',
    });
  });

  it('names enabling or disabling PV Watts among the feature SOPs', () => {
    expect(decide({ requestType: 'company-specific-data-change', subtype: 'feature-toggle' }).actions.at(-1)?.summary).toContain('PV Watts');
  });

  it('names the support supervisor of the policy for non-platform tickets', () => {
    const policy = definePolicy({ name: 'lead', version: '1', serviceDesk: { supportSupervisor: 'Support Lead' } });
    expect(decide({ requestType: 'non-platform' }, { policy }).actions[1]?.summary).toContain('message the Support Lead');
  });

  it('rejects an unknown request type, listing the 9', () => {
    const error = inputError(() => requestTypeHandling({ requestType: 'billing' } as never));
    expect(issuePaths(error)).toEqual(['requestType']);
    expect(error.message).toContain('"general-inquiry"');
  });

  it('rejects a sub-case that does not belong to the request type, and a missing one where the seed requires it', () => {
    expect(issuePaths(inputError(() => requestTypeHandling({ requestType: 'account-management', subtype: 'unarchive' } as never)))).toEqual(['subtype']);
    expect(issuePaths(inputError(() => requestTypeHandling({ requestType: 'industry-wide-data-change' } as never)))).toEqual(['subtype']);
    expect(inputError(() => requestTypeHandling({ requestType: 'general-inquiry', subtype: 'x' } as never)).message).toContain('"subtype"');
    expect(issuePaths(inputError(() => requestTypeHandling({ requestType: 'account-management', customerName: 'Pat' } as never)))).toEqual(['']);
  });

  it('rejects blank names', () => {
    expect(
      issuePaths(inputError(() => requestTypeHandling({ requestType: 'industry-wide-data-change', subtype: 'incentives', customerName: ' ', agentName: '' }))),
    ).toEqual(['customerName', 'agentName']);
  });
});

standardCases('requestTypeHandling', requestTypeHandling as never, () => ({
  requestType: 'industry-wide-data-change',
  subtype: 'incentives',
  ...NAMES,
}));
