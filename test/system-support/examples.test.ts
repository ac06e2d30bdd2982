import { describe, expect, it } from 'vitest';
import { systemSupportProcedures } from '../../src/system-support/procedures.js';
import { SYSTEM_SUPPORT_RULES } from '../../src/system-support/rules.js';
import { systemSupportTemplates } from '../../src/system-support/templates.js';
import type { Decision } from '../../src/_lib/decision.js';
import { expectDecision } from '../_helpers/contract.js';
import { sourceProblem } from '../_helpers/seeds.js';

// The module's own run of test/cases/examples.test.ts, so it does not depend on other modules' progress.
describe('system-support bundled examples', () => {
  it('lists the three procedures', () => {
    expect(systemSupportProcedures.map((p) => [p.id, p.functionName])).toEqual([
      ['system-support/route-inquiry', 'routeSystemInquiry'],
      ['system-support/omnidian-follow-up', 'omnidianFollowUp'],
      ['system-support/reactivation-request', 'reactivationRequest'],
    ]);
  });

  for (const procedure of systemSupportProcedures) {
    describe(procedure.id, () => {
      it('has examples covering every outcome, with unique names', () => {
        const names = procedure.examples.map((e) => e.name);
        expect(new Set(names).size).toBe(names.length);
        expect(new Set(procedure.examples.map((e) => e.expect.outcome))).toEqual(new Set(procedure.outcomes));
      });

      for (const example of procedure.examples) {
        it(`${example.name}: ${example.description}`, () => {
          const decision = procedure.decide(example.facts, example.options) as Decision;
          expectDecision(decision, procedure.id, procedure.outcomes);
          expect(decision.outcome).toBe(example.expect.outcome);
        });
      }
    });
  }
});

describe('system-support rules and templates', () => {
  it.each(Object.entries(SYSTEM_SUPPORT_RULES))('rule %s quotes its seed verbatim', (_key, rule) => {
    expect(sourceProblem(rule.source)).toBeUndefined();
    expect(rule.id.startsWith('system-support/')).toBe(true);
  });

  it('has unique rule ids', () => {
    const ids = Object.values(SYSTEM_SUPPORT_RULES).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(systemSupportTemplates.map((t) => [t.id, t] as const))('template %s quotes its seed verbatim', (_id, template) => {
    expect(sourceProblem(template.source)).toBeUndefined();
  });
});

describe('system-support public API', () => {
  it('exports the functions, schemas, rules, outcomes and templates from the module index and the root', async () => {
    const mod = await import('../../src/system-support/index.js');
    for (const name of [
      'routeSystemInquiry',
      'omnidianFollowUp',
      'reactivationRequest',
      'RouteSystemInquiryFacts',
      'OmnidianFollowUpFacts',
      'ReactivationRequestFacts',
      'SYSTEM_SUPPORT_RULES',
      'ROUTE_SYSTEM_INQUIRY_OUTCOMES',
      'OMNIDIAN_FOLLOW_UP_OUTCOMES',
      'REACTIVATION_REQUEST_OUTCOMES',
      'systemSupportTemplates',
      'systemM3NotApproved',
    ]) {
      expect(mod, name).toHaveProperty(name);
    }
    expect(systemSupportProcedures.map((p) => p.outcomes)).toEqual([
      mod.ROUTE_SYSTEM_INQUIRY_OUTCOMES,
      mod.OMNIDIAN_FOLLOW_UP_OUTCOMES,
      mod.REACTIVATION_REQUEST_OUTCOMES,
    ]);
  });
});
