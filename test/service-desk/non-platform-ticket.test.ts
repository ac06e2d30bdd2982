import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { nonPlatformTicket } from '../../src/service-desk/non-platform-ticket.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';

const OUTCOMES = ['close-as-non-platform', 'escalate-to-supervisor'];
const decide = (mayNeedAttention: boolean, options?: Parameters<typeof nonPlatformTicket>[1]) =>
  expectDecision(nonPlatformTicket({ mayNeedAttention }, options), 'service-desk/non-platform-ticket', OUTCOMES);

describe('nonPlatformTicket', () => {
  it.each([
    [false, 'close-as-non-platform'],
    [true, 'escalate-to-supervisor'],
  ])('with mayNeedAttention %s: %s', (flag, outcome) => {
    expect(decide(flag).outcome).toBe(outcome);
  });

  it('sets the seed\'s field values and closes the ticket as Won\'t Do / Non-Platform Request', () => {
    const d = decide(false);
    expect(d.actions).toEqual([
      { kind: 'update-ticket', field: 'Request Participants', value: 'None', summary: 'Remove every request participant (None).' },
      { kind: 'update-ticket', field: 'Organization', value: 'Non-platform Emails', summary: 'Set the Organization to "Non-platform Emails".' },
      { kind: 'update-ticket', field: 'Assignee', value: 'yourself', summary: 'Assign the ticket to yourself.' },
      {
        kind: 'update-ticket',
        field: 'Reporter',
        value: 'Anonymous',
        summary: 'Set the Reporter to "Anonymous": it helps reduce further e-mail on this event, item or request.',
      },
      { kind: 'update-ticket', field: 'Request Type', value: 'Non-Platform Request', summary: 'Set the Request Type to "Non-Platform Request".' },
      { kind: 'close-ticket', resolution: "Won't Do / Non-Platform Request", summary: "Close the ticket as Closed: Won't Do, Non-Platform Request." },
    ]);
    expect(d.trace.map((t) => t.rule)).toEqual(['service-desk/non-platform-attention', 'service-desk/non-platform-fields']);
  });

  it('messages the support supervisor instead of closing when the message might need attention', () => {
    const d = decide(true);
    expect(d.actions).toEqual([
      {
        kind: 'notify',
        to: 'Support Supervisor',
        via: 'internal message',
        summary: 'Send the Support Supervisor an internal message to evaluate the ticket.',
      },
      { kind: 'wait', until: null, summary: 'Leave the ticket open until the Support Supervisor has evaluated it.' },
    ]);
    expect(d.actions.some((a) => a.kind === 'close-ticket')).toBe(false);
    expect(d.trace.map((t) => t.rule)).toEqual(['service-desk/non-platform-attention']);
  });

  it('uses the supervisor and the organization of the policy', () => {
    const policy = definePolicy({
      name: 'custom',
      version: '1',
      serviceDesk: { supportSupervisor: 'Jordan Lead', nonPlatformOrganization: 'Junk Mail' },
    });
    expect(decide(true, { policy }).actions[0]).toMatchObject({ to: 'Jordan Lead' });
    expect(decide(false, { policy }).actions[1]).toMatchObject({ field: 'Organization', value: 'Junk Mail' });
  });

  it('rejects a missing or non-boolean mayNeedAttention', () => {
    expect(issuePaths(inputError(() => nonPlatformTicket({} as never)))).toEqual(['mayNeedAttention']);
    expect(issuePaths(inputError(() => nonPlatformTicket({ mayNeedAttention: 'yes' } as never)))).toEqual(['mayNeedAttention']);
  });
});

standardCases('nonPlatformTicket', nonPlatformTicket as never, () => ({ mayNeedAttention: false }));
