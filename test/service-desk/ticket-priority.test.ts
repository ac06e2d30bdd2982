import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { ticketPriority } from '../../src/service-desk/ticket-priority.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';
import { crossProduct } from './fixtures.js';

const OUTCOMES = ['high', 'normal'];
const policy = definePolicy({
  name: 'priority-installers',
  version: '1',
  serviceDesk: { priorityInstallers: ['Acme Solar', 'Bright Roofs'] },
  installerAliases: { 'Acme Solar': ['ACS Energy'] },
});
const decide = (facts: Parameters<typeof ticketPriority>[0], options: Parameters<typeof ticketPriority>[1] = { policy }) =>
  expectDecision(ticketPriority(facts, options), 'service-desk/ticket-priority', OUTCOMES);

const LINKS = {
  none: undefined,
  'high/needs-config': { priority: 'high', createdVia: 'needs-config-field' },
  'high/manual': { priority: 'high', createdVia: 'manual-link' },
  'normal/needs-config': { priority: 'normal', createdVia: 'needs-config-field' },
  'normal/manual': { priority: 'normal', createdVia: 'manual-link' },
} as const;

describe('ticketPriority', () => {
  describe('decision table: priority installer × how the ticket was linked', () => {
    const rows = crossProduct({ priorityInstaller: [true, false], link: Object.keys(LINKS) as (keyof typeof LINKS)[] });
    it.each(rows)('priority installer $priorityInstaller, link $link', ({ priorityInstaller, link }) => {
      const linkedFrom = LINKS[link];
      const d = decide({ organization: priorityInstaller ? 'Acme Solar' : 'Sunny Roofs', ...(linkedFrom ? { linkedFrom } : {}) });
      const high = priorityInstaller || linkedFrom?.priority === 'high';
      const automatic = linkedFrom === undefined || (linkedFrom.priority === 'high' && linkedFrom.createdVia === 'needs-config-field');
      expect(d.outcome).toBe(high ? 'high' : 'normal');
      expect(d.priorityInstaller).toBe(priorityInstaller ? 'Acme Solar' : null);
      expect(d.markByHand).toBe(high && !automatic);
      expect(d.actions.map((a) => a.kind)).toEqual([!high ? 'stop' : automatic ? 'check' : 'update-ticket']);
      const rules = d.trace.map((t) => t.rule);
      expect(rules[0]).toBe('service-desk/priority-installer');
      expect(rules.includes('service-desk/priority-precedence')).toBe(high);
      if (linkedFrom) {
        expect(rules).toContain(linkedFrom.createdVia === 'manual-link' ? 'service-desk/manual-link' : 'service-desk/needs-config-link');
      } else {
        expect(rules).not.toContain('service-desk/manual-link');
        expect(rules).not.toContain('service-desk/needs-config-link');
      }
    });
  });

  it('asks the agent to mark a manually linked ticket high by hand', () => {
    const d = decide({ organization: 'Sunny Roofs', linkedFrom: { priority: 'high', createdVia: 'manual-link' } });
    expect(d.actions).toEqual([
      {
        kind: 'update-ticket',
        field: 'Priority',
        value: 'High',
        summary: 'Mark the linked ticket High priority by hand: the system does not set it on this ticket.',
      },
    ]);
    expect(d.trace[1]?.detail).toBe('Linked by hand from a high-priority ticket: the system will not mark it, so mark it high priority manually.');
  });

  it('asks for a mark by hand for a priority installer\'s config ticket made from a normal-priority ticket', () => {
    const viaField = decide({ organization: 'Acme Solar', linkedFrom: { priority: 'normal', createdVia: 'needs-config-field' } });
    expect(viaField.markByHand).toBe(true);
    expect(viaField.trace[1]?.detail).toMatch(/from a normal-priority ticket of a priority installer/);
    const manual = decide({ organization: 'Acme Solar', linkedFrom: { priority: 'normal', createdVia: 'manual-link' } });
    expect(manual.trace[1]?.detail).toMatch(/normal-priority ticket of a priority installer/);
  });

  it('says why a priority installer\'s config ticket made through the "needs config" field from a normal-priority ticket is marked by hand', () => {
    const d = decide({ organization: 'Acme Solar', linkedFrom: { priority: 'normal', createdVia: 'needs-config-field' } });
    expect(d.trace[1]).toMatchObject({
      rule: 'service-desk/needs-config-link',
      detail:
        'Created through the "needs config" field from a normal-priority ticket of a priority installer: the system does not mark it, so mark it high priority manually.',
    });
    expect(decide({ organization: 'Acme Solar', linkedFrom: { priority: 'normal', createdVia: 'manual-link' } }).trace[1]?.detail).toBe(
      'Linked by hand from a normal-priority ticket of a priority installer: the system will not mark it, so mark it high priority manually.',
    );
  });

  it('asks to confirm the High priority the system set, on an SS ticket and on a config ticket made through the "needs config" field', () => {
    expect(decide({ organization: 'Acme Solar' }).actions).toEqual([
      {
        kind: 'check',
        what: 'Priority field shows High',
        summary:
          'Refresh the SS ticket and confirm its priority field shows High (set automatically once the organization is filled in); complete it as soon as possible, ahead of other tickets.',
      },
    ]);
    expect(decide({ organization: 'Sunny Roofs', linkedFrom: { priority: 'high', createdVia: 'needs-config-field' } }).actions).toEqual([
      {
        kind: 'check',
        what: 'Linked config ticket priority shows High',
        summary:
          'Confirm the linked config ticket shows High priority (set automatically through the "needs config" field); complete it as soon as possible.',
      },
    ]);
  });

  it('tells the agent to refresh an SS ticket of a priority installer to see the priority', () => {
    const d = decide({ organization: 'Bright Roofs' });
    expect(d.actions[0]?.summary).toMatch(/^Refresh the SS ticket/);
    expect(d.trace[0]?.detail).toBe('Organization "Bright Roofs" is the priority installer "Bright Roofs".');
  });

  it('matches organizations ignoring case, punctuation, legal suffixes, and through the policy aliases', () => {
    expect(decide({ organization: 'ACME  solar, LLC.' }).priorityInstaller).toBe('Acme Solar');
    expect(decide({ organization: 'acs energy inc' }).priorityInstaller).toBe('Acme Solar');
    expect(decide({ organization: 'Acme Solar Roofing' }).outcome).toBe('normal');
  });

  it('lists the priority installers when the organization is not one of them', () => {
    expect(decide({ organization: 'Sunny Roofs' }).trace[0]?.detail).toBe(
      'Organization "Sunny Roofs" is not one of the priority installers (Acme Solar, Bright Roofs).',
    );
  });

  it('has no priority installers under the default policy (SOPS.md item 14)', () => {
    const d = expectDecision(ticketPriority({ organization: 'Acme Solar' }), 'service-desk/ticket-priority', OUTCOMES);
    expect(d.outcome).toBe('normal');
    expect(d.trace[0]?.detail).toBe('Organization "Acme Solar": the policy names no priority installers.');
  });

  it('rejects each bad field, naming its path', () => {
    expect(issuePaths(inputError(() => ticketPriority({ organization: '  ' })))).toEqual(['organization']);
    expect(
      issuePaths(
        inputError(() => ticketPriority({ organization: 'Acme', linkedFrom: { priority: 'urgent', createdVia: 'email' } as never })),
      ),
    ).toEqual(['linkedFrom.priority', 'linkedFrom.createdVia']);
    expect(
      issuePaths(inputError(() => ticketPriority({ organization: 'Acme', linkedFrom: { priority: 'high', createdVia: 'manual-link', x: 1 } as never }))),
    ).toEqual(['linkedFrom']);
    expect(issuePaths(inputError(() => ticketPriority({} as never)))).toEqual(['organization']);
  });
});

standardCases('ticketPriority', ticketPriority as never, () => ({
  organization: 'Sunny Roofs',
  linkedFrom: { priority: 'high', createdVia: 'manual-link' },
}));
