import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { handlePtoConcern } from '../../src/pto-delay/index.js';
import { omnidianFollowUp } from '../../src/system-support/index.js';

const FORBIDDEN = /\b(bill\w*|payment\w*|pay|paid|money|charge\w*|fee\w*|financ\w*|cost\w*|\$)/i;
const GENDERED = /\b(he|she|him|her|his|hers)\b/i;

const installer = fc.oneof(
  fc.constantFrom('Top Electric', 'Blue Hammer', 'Stronger', 'Shield Energy', 'LA Solar', 'BLUE HAMMER, LLC', 'stronger inc.', 'Acme Solar'),
  fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
);
const name = fc.oneof(fc.constantFrom('Bill', 'Penny Payment', 'Cash Money', 'Her'), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''));
const policy = definePolicy({ name: 'aliases', version: '1', installerAliases: { Stronger: ['Stronger Solar'] } });

describe('invariants across whole plans (fast-check)', () => {
  it('never gives Blue Hammer or Stronger an installer ticket, and the installer message never speaks of money', () => {
    fc.assert(
      fc.property(installer, name, name, fc.boolean(), fc.constantFrom('phone', 'ticket'), (inst, first, last, inspected, channel) => {
        let d;
        try {
          d = handlePtoConcern(
            {
              channel,
              installer: inst,
              site: { city: 'Littleton', state: 'CO' },
              homeowner: { firstName: first, lastName: last },
              m2ApprovedOn: '2026-09-01',
              now: '2026-11-23T12:00:00Z',
              inspectionComplete: inspected,
              onlyAwaitingPto: inspected,
              installerContactName: 'Sam Lee',
              contractorEmail: 'ops@installer.example',
            },
            { policy },
          );
        } catch (error) {
          // Only names are refused: one that is not a name, or one that would put money talk in the installer message.
          expect(error).toBeInstanceOf(SopInputError);
          for (const issue of (error as SopInputError).issues) {
            expect(['installer', 'homeowner.firstName', 'homeowner.lastName']).toContain(issue.path.join('.'));
          }
          return;
        }
        const noContact = /^(blue hammer|stronger)$/.test(inst.toLowerCase().replace(/[.,]/g, '').replace(/\s+(llc|inc)$/, '').trim());
        const installerTickets = d.actions.filter((a) => a.kind === 'create-ticket' && JSON.stringify(a).includes('Linked ticket'));
        if (noContact) {
          expect(installerTickets).toEqual([]);
          expect(d.messages.filter((m) => m.audience === 'installer')).toEqual([]);
        }
        for (const m of d.messages.filter((x) => x.audience === 'installer')) {
          const own = m.text.split(`${first.trim()} ${last.trim()}`).join(' ').split('Sam Lee').join(' ');
          expect(own).not.toMatch(FORBIDDEN);
          expect(own).not.toMatch(GENDERED);
        }
      }),
    );
  });

  it('escalation on an Omnidian case, once reached, stays reached as now grows', () => {
    const base = Date.UTC(2026, 10, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        fc.option(fc.integer({ min: 0, max: 5 * 86_400_000 }), { nil: undefined }),
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        fc.integer({ min: 1, max: 10 * 86_400_000 }),
        (created, updatedAfter, t, later) => {
          const openCase = {
            createdAt: new Date(base + created).toISOString(),
            ...(updatedAfter === undefined ? {} : { lastUpdateAt: new Date(base + created + updatedAfter).toISOString() }),
            hasNewUpdate: false,
          };
          const start = base + created + (updatedAfter ?? 0) + t;
          const first = omnidianFollowUp({ now: new Date(start).toISOString(), openCase });
          if (first.outcome !== 'escalate') return;
          expect(omnidianFollowUp({ now: new Date(start + later).toISOString(), openCase }).outcome).toBe('escalate');
        },
      ),
    );
  });
});
