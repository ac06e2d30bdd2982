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
