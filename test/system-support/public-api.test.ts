import { describe, expect, it } from 'vitest';
import { systemSupportProcedures } from '../../src/system-support/procedures.js';

// Examples and citations of every module are checked in test/cases/.
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
