import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { partnerTicket } from '../../src/pto-delay/partner-ticket.js';
import type { PartnerTicketFacts } from '../../src/pto-delay/schema.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';
import { cross, defined } from './fixtures.js';

const ID = 'pto-delay/partner-ticket';
const OUTCOMES = ['omnidian', 'account-servicing', 'not-a-partner-ticket'];
const decide = (facts: PartnerTicketFacts, options?: Parameters<typeof partnerTicket>[1]) =>
  expectDecision(partnerTicket(facts, options), ID, OUTCOMES);
const ticket = (fromEmail: string, over: Partial<PartnerTicketFacts> = {}): PartnerTicketFacts => ({
  fromEmail,
  description: 'PTO received for 12 Elm St',
  ...over,
});

describe('partnerTicket: who sent it (exact Omnidian domain, case-insensitive)', () => {
  it.each(['x@omnidian.com', 'x@OMNIDIAN.COM', 'Service.Team@Omnidian.Com', ' x@omnidian.com '])('%j is Omnidian', (fromEmail) => {
    const d = decide(ticket(fromEmail));
    expect(d.outcome).toBe('omnidian');
    expect(d.senderDomain).toBe('omnidian.com');
  });

  it.each([
    ['x@omnidian.com.evil.io', 'omnidian.com.evil.io'],
    ['x@notomnidian.com', 'notomnidian.com'],
    ['x@mail.omnidian.com', 'mail.omnidian.com'],
    ['omnidian.com@evil.io', 'evil.io'],
    ['x@omnidian.co', 'omnidian.co'],
    ['x@omnidian-com.io', 'omnidian-com.io'],
  ])('%j is not Omnidian (look-alike, subdomain or local part)', (fromEmail, domain) => {
    const d = partnerTicket(ticket(fromEmail));
    expect(d.outcome).toBe('not-a-partner-ticket');
    expect(d.senderDomain).toBe(domain);
  });

  it('uses the Omnidian domain of the policy', () => {
    const policy = definePolicy({ name: 'p', version: '1', ptoDelay: { omnidianDomain: 'Omnidian.io' } });
    expect(decide(ticket('x@omnidian.io'), { policy }).outcome).toBe('omnidian');
    expect(decide(ticket('x@omnidian.com'), { policy }).outcome).toBe('not-a-partner-ticket');
  });
});

describe('partnerTicket: the decision table (sender × source × organization × homeowner ticket key)', () => {
  const rows = cross(['omnidian', 'other'] as const, [true, false], [true, false], [true, false]);
  it.each(rows)('sender %s, account-servicing %s, organization %s, key %s', (sender, accountServicing, withOrg, withKey) => {
    const facts = defined({
      ...ticket(sender === 'omnidian' ? 'pto@omnidian.com' : 'agent@goeverbright.com'),
      source: accountServicing ? ('account-servicing' as const) : undefined,
      organization: withOrg ? 'Top Electric' : undefined,
      homeownerTicketKey: withKey ? 'PTO-101' : undefined,
    });
    if (sender === 'omnidian' && accountServicing) {
      expect(issuePaths(inputError(() => partnerTicket(facts)))).toEqual(['source']);
      return;
    }
    const d = decide(facts);
    const expected = accountServicing ? 'account-servicing' : sender === 'omnidian' ? 'omnidian' : 'not-a-partner-ticket';
    expect(d.outcome).toBe(expected);
    if (expected === 'not-a-partner-ticket') {
      expect(d.actions.map((a) => a.kind)).toEqual(['stop']);
      expect(d.title).toBeNull();
      expect(d.reporter).toBeNull();
      expect(d.messages).toEqual([]);
      return;
    }
    const entity = expected === 'omnidian' ? 'Omnidian' : 'Account Servicing';
    expect(d.title).toBe(`${entity} Ticket > PTO received for 12 Elm St`);
    expect(d.reporter).toBe(entity);
    expect(d.actions.map((a) => (a.kind === 'update-ticket' ? `update:${a.field}` : a.kind))).toEqual([
      'update:project',
      'update:title',
      'update:reporter',
      withOrg ? 'update:organization' : 'check',
      'update:requestType',
      'reply',
      ...(withKey ? [] : ['check']),
      'link-ticket',
      'close-ticket',
    ]);
    expect(d.actions.find((a) => a.kind === 'link-ticket')).toMatchObject({
      relation: 'relates to',
      to: withKey ? 'PTO-101' : 'the corresponding homeowner ticket',
    });
  });
});

describe('partnerTicket: processing a partner ticket', () => {
  it('titles, re-reports, types, replies, links "relates to" and closes an Omnidian ticket, citing each step', () => {
    const d = decide(ticket('service@omnidian.com', { organization: 'Top Electric', homeownerTicketKey: 'PTO-101' }));
    expect(d.actions).toEqual([
      { kind: 'update-ticket', field: 'project', value: 'PTO', summary: 'Move the ticket to the PTO project.' },
      { kind: 'update-ticket', field: 'title', value: 'Omnidian Ticket > PTO received for 12 Elm St', summary: 'Set the title to "Omnidian Ticket > PTO received for 12 Elm St".' },
      { kind: 'update-ticket', field: 'reporter', value: 'Omnidian', summary: 'Change the reporter to Omnidian.' },
      { kind: 'update-ticket', field: 'organization', value: 'Top Electric', summary: 'Set the organization to Top Electric.' },
      { kind: 'update-ticket', field: 'requestType', value: 'PTO/M3 Delay', summary: 'Set the request type to PTO/M3 Delay.' },
      {
        kind: 'reply',
        to: 'partner',
        channel: 'email',
        templateId: 'pto-delay/partner-ticket-reply',
        summary: '"Reply to customer" thanking Omnidian: we will coordinate with the homeowner and close the ticket.',
      },
      { kind: 'link-ticket', from: 'this ticket', to: 'PTO-101', relation: 'relates to', summary: 'Link the ticket to PTO-101 using "relates to".' },
      { kind: 'close-ticket', summary: 'Close the ticket.' },
    ]);
    expect(d.messages[0]?.text).toBe(`Hello,

Thank you for providing this information to EverBright support. We will contact the homeowner to coordinate communications between them and their installer to address their concerns.

We will close this ticket now. Thank you and have a wonderful day.`);
    expect(d.trace.map((t) => t.rule)).toEqual([
      'pto-delay/partner-omnidian',
      'pto-delay/pto-project',
      'pto-delay/partner-title',
      'pto-delay/partner-reporter',
      'pto-delay/partner-organization',
      'pto-delay/partner-request-type',
      'pto-delay/partner-reply',
      'pto-delay/partner-link',
      'pto-delay/partner-close',
    ]);
    expect(d.trace[0]?.detail).toBe('service@omnidian.com is from omnidian.com, exactly the Omnidian domain omnidian.com: an Omnidian ticket.');
  });

  it('processes an Account Servicing ticket the host marked, whatever its sender', () => {
    const d = decide(ticket('agent@goeverbright.com', { source: 'account-servicing', description: 'Pause first payment' }));
    expect(d.title).toBe('Account Servicing Ticket > Pause first payment');
    expect(d.trace[0]).toMatchObject({ rule: 'pto-delay/partner-account-servicing' });
    expect(d.trace[4]?.detail).toBe('Organization not given: look it up and set it.');
    expect(d.trace[7]?.detail).toContain('find the corresponding homeowner ticket');
  });

  it('without organization or homeowner ticket key: looks both up, then links to the ticket it finds', () => {
    const d = decide(ticket('agent@goeverbright.com', { source: 'account-servicing' }));
    expect(d.actions.filter((a) => a.kind === 'check' || a.kind === 'link-ticket')).toEqual([
      { kind: 'check', what: "the ticket's organization", summary: "Look up the homeowner's organization and set it on the ticket." },
      { kind: 'check', what: 'the corresponding homeowner ticket', summary: 'Search for the corresponding homeowner ticket.' },
      {
        kind: 'link-ticket',
        from: 'this ticket',
        to: 'the corresponding homeowner ticket',
        relation: 'relates to',
        summary: 'Link the ticket to the corresponding homeowner ticket using "relates to".',
      },
    ]);
  });

  it('with organization and homeowner ticket key: says both in the trace', () => {
    const d = decide(ticket('agent@goeverbright.com', { source: 'account-servicing', organization: 'Top Electric', homeownerTicketKey: 'PTO-101' }));
    expect(d.trace.find((t) => t.rule === 'pto-delay/partner-organization')?.detail).toBe('Organization: Top Electric.');
    expect(d.trace.find((t) => t.rule === 'pto-delay/partner-link')?.detail).toBe('Link to the homeowner ticket PTO-101 with "relates to".');
  });

  it('says a ticket from elsewhere is not a partner ticket, and to handle it as a homeowner or installer ticket', () => {
    const d = decide(ticket('x@omnidian.com.evil.io'));
    expect(d.trace).toHaveLength(1);
    expect(d.trace[0]?.detail).toContain('(domain omnidian.com.evil.io)');
    expect(d.actions[0]?.summary).toMatch(/handle it as a homeowner or installer PTO ticket/);
  });

  it('names Omnidian and Account Servicing as the policy does', () => {
    const policy = definePolicy({ name: 'p', version: '1', systemSupport: { serviceDepartment: 'O&M', accountServicing: 'Collections' } });
    expect(decide(ticket('x@omnidian.com'), { policy }).title).toBe('O&M Ticket > PTO received for 12 Elm St');
    expect(decide(ticket('x@a.example', { source: 'account-servicing' }), { policy }).reporter).toBe('Collections');
  });
});

describe('partnerTicket: bad input', () => {
  it('rejects an Omnidian sender marked as Account Servicing', () => {
    const error = inputError(() => partnerTicket(ticket('x@Omnidian.com', { source: 'account-servicing' })));
    expect(issuePaths(error)).toEqual(['source']);
    expect(error.issues[0]?.code).toBe('conflict');
    expect(error.issues[0]?.message).toBe(
      'is "account-servicing", but x@Omnidian.com is an omnidian.com address (an Omnidian ticket); a ticket cannot come from both',
    );
  });

  it('rejects each bad field, naming its path', () => {
    const error = inputError(() =>
      partnerTicket({
        fromEmail: 'omnidian.com',
        source: 'omnidian' as never,
        description: ' ',
        organization: '',
        homeownerTicketKey: 'PTO 1',
      }),
    );
    expect(issuePaths(error)).toEqual(['fromEmail', 'source', 'description', 'organization', 'homeownerTicketKey']);
  });

  it('rejects a quoted local part hiding an Omnidian address (not an e-mail address it accepts)', () => {
    expect(issuePaths(inputError(() => partnerTicket(ticket('"x@omnidian.com"@evil.io'))))).toEqual(['fromEmail']);
  });

  it('rejects missing fields', () => {
    expect(issuePaths(inputError(() => partnerTicket({} as never)))).toEqual(['fromEmail', 'description']);
  });
});

standardCases('partnerTicket', partnerTicket as never, () => ({
  fromEmail: 'service@omnidian.com',
  description: 'PTO received',
  homeownerTicketKey: 'PTO-101',
}));
