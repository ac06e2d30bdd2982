import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { routeSystemInquiry, type RouteSystemInquiryDecision } from '../../src/system-support/route-inquiry.js';
import {
  MONITORING_PLATFORMS,
  SYSTEM_CONCERNS,
  SYSTEM_CONTRACT_TYPES,
  SYSTEM_SUPPORT_CHANNELS,
  type RouteSystemInquiryFacts,
  type SystemConcern,
} from '../../src/system-support/schema.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';

const PROCEDURE = 'system-support/route-inquiry';
const OUTCOMES = [
  'authenticate-first',
  'm3-not-approved',
  'explain-savings',
  'refer-to-omnidian',
  'create-om-case',
  'refer-to-installer-warranty',
  'myeverbright-monitoring',
  'manufacturer-monitoring',
  'decline-panel-cleaning',
  'property-damage-claim',
  'insurance-appraisal',
];
const INSTALLER = { installerName: 'Top Electric', installerContact: '(303) 555-0142' };
const BASE: RouteSystemInquiryFacts = {
  customerAuthenticated: true,
  m3Approved: true,
  concern: 'outage',
  contractType: 'PPA',
  channel: 'phone',
};
const decide = (facts: Partial<RouteSystemInquiryFacts>, options?: Parameters<typeof routeSystemInquiry>[1]): RouteSystemInquiryDecision =>
  expectDecision(routeSystemInquiry({ ...BASE, ...facts } as RouteSystemInquiryFacts, options), PROCEDURE, OUTCOMES);
const rules = (d: RouteSystemInquiryDecision) => d.trace.map((t) => t.rule.replace('system-support/', ''));
const kinds = (d: RouteSystemInquiryDecision) => d.actions.map((a) => a.kind);
const withContact = definePolicy({
  name: 'with-omnidian-contact',
  version: '1',
  systemSupport: { omnidianContact: '(877) 555-0199, support@omnidian.example' },
});

const SAVINGS: readonly SystemConcern[] = ['cost-savings', 'high-utility-bills', 'no-savings-noticed'];
const SERVICE: readonly SystemConcern[] = ['maintenance', 'repair', 'outage', 'system-damage'];
const MONITORING: readonly SystemConcern[] = ['monitoring-setup', 'monitoring-access', 'monitoring-data'];
const M3_EXEMPT: readonly SystemConcern[] = ['panel-cleaning', 'insurance-appraisal'];

/** The routing table written out independently of the code (SOPS.md items 11 and 12). */
function expectedOutcome(row: { concern: SystemConcern; contractType: string; m3Approved: boolean; customerAuthenticated: boolean }): string {
  if (!row.customerAuthenticated) return 'authenticate-first';
  if (!M3_EXEMPT.includes(row.concern) && !row.m3Approved) return 'm3-not-approved';
  if (SAVINGS.includes(row.concern)) return 'explain-savings';
  if (SERVICE.includes(row.concern)) return row.contractType === 'RIC' ? 'refer-to-installer-warranty' : 'refer-to-omnidian';
  if (MONITORING.includes(row.concern)) return 'myeverbright-monitoring';
  if (row.concern === 'panel-cleaning') return 'decline-panel-cleaning';
  if (row.concern === 'personal-property-damage') return 'property-damage-claim';
  return 'insurance-appraisal';
}

const CROSS = SYSTEM_CONCERNS.flatMap((concern) =>
  SYSTEM_CONTRACT_TYPES.flatMap((contractType) =>
    SYSTEM_SUPPORT_CHANNELS.flatMap((channel) =>
      [true, false].flatMap((m3Approved) =>
        [true, false].map((customerAuthenticated) => ({ concern, contractType, channel, m3Approved, customerAuthenticated })),
      ),
    ),
  ),
);

describe('routeSystemInquiry', () => {
  describe('every concern × contract type × channel × M3 × authentication', () => {
    it('walks all 312 combinations', () => {
      expect(CROSS).toHaveLength(13 * 2 * 3 * 2 * 2);
    });

    it.each(CROSS)('$concern, $contractType, $channel, M3 $m3Approved, authenticated $customerAuthenticated', (row) => {
      const d = decide({ ...row, ...INSTALLER, monitoringPlatform: 'myeverbright' });
      expect(d.outcome).toBe(expectedOutcome(row));
      expect(kinds(d).slice(-2)).toEqual(['disposition-notes', 'stop']);
      expect(d.trace[0]?.rule).toBe('system-support/authentication');
      expect(d.trace.at(-1)?.rule).toBe('system-support/disposition-notes');
      expect(d.m3GateApplies).toBe(!M3_EXEMPT.includes(row.concern));
      if (row.customerAuthenticated) expect(d.trace[1]?.rule).toBe('system-support/m3-gate');
      else expect(rules(d)).toEqual(['authentication', 'disposition-notes']);
      for (const m of d.messages) expect(m.channel).toBe(row.channel);
    });
  });

  describe('authentication first', () => {
    it('asks for the Customer Authentication Policy Process and stops, before the M3 gate', () => {
      const d = decide({ customerAuthenticated: false, m3Approved: false });
      expect(d.outcome).toBe('authenticate-first');
      expect(kinds(d)).toEqual(['check', 'disposition-notes', 'stop']);
      expect(d.actions[0]).toMatchObject({ what: 'Customer Authentication Policy Process' });
      expect(d.messages).toEqual([]);
    });

    it('needs neither installer nor platform before authentication', () => {
      expect(decide({ customerAuthenticated: false, m3Approved: false, concern: 'monitoring-data' }).outcome).toBe('authenticate-first');
    });
  });

  describe('the M3 gate', () => {
    it.each(SYSTEM_SUPPORT_CHANNELS)('replies with the seed’s wording and the installer’s contact (%s)', (channel) => {
      const d = decide({ m3Approved: false, concern: 'monitoring-setup', channel, ...INSTALLER });
      expect(d.outcome).toBe('m3-not-approved');
      expect(d.messages).toEqual([
        {
          templateId: 'system-support/m3-not-approved',
          audience: 'homeowner',
          channel,
          text: 'Based on the current status of your job in our system, the final milestone has not yet been completed, and system production monitoring is currently unavailable. For further assistance, please contact your installer directly: Top Electric, (303) 555-0142.',
        },
      ]);
      expect(kinds(d)).toEqual(['reply', 'refer', 'disposition-notes', 'stop']);
      expect(d.actions[1]).toMatchObject({ to: 'Top Electric', contact: '(303) 555-0142' });
      expect(rules(d)).toEqual(['authentication', 'm3-gate', 'm3-not-approved-reply', 'installer-contact', 'disposition-notes']);
      expect(d.trace[1]?.detail).toMatch(/not M3 approved/);
    });

    it('says in the trace whether a gated job is M3 approved', () => {
      expect(decide({ m3Approved: false, concern: 'monitoring-setup', ...INSTALLER }).trace[1]?.detail).toBe(
        'The concern "monitoring-setup" is subject to the M3 gate (SOPS.md item 12); the job is not M3 approved: monitoring is unavailable.',
      );
      expect(decide({ concern: 'outage' }).trace[1]?.detail).toBe(
        'The concern "outage" is subject to the M3 gate (SOPS.md item 12); the job is M3 approved: go on.',
      );
    });

    it.each([...SAVINGS, ...SERVICE, ...MONITORING, 'personal-property-damage' as const])('gates %s', (concern) => {
      expect(decide({ m3Approved: false, concern, ...INSTALLER }).outcome).toBe('m3-not-approved');
    });

    it.each(M3_EXEMPT)('does not gate %s', (concern) => {
      const d = decide({ m3Approved: false, concern });
      expect(d.outcome).not.toBe('m3-not-approved');
      expect(d.m3GateApplies).toBe(false);
      expect(d.trace[1]?.detail).toMatch(/is not subject to the M3 gate .* \(it is not\)/);
    });

    it('says the gate does not apply to an exempt concern on an M3-approved job too', () => {
      expect(decide({ concern: 'panel-cleaning' }).trace[1]?.detail).toMatch(/\(it is\)\.$/);
    });

    it('requires the installer’s name and contact when the job is not M3 approved', () => {
      const error = inputError(() => routeSystemInquiry({ ...BASE, m3Approved: false, concern: 'repair' }));
      expect(issuePaths(error)).toEqual(['installerName', 'installerContact']);
      expect(error.message).toMatch(/not M3 approved/);
      expect(error.issues[0]?.code).toBe('required_for_route');
    });

    it('requires the installer’s contact alone when only the name is given, saying why', () => {
      const error = inputError(() => routeSystemInquiry({ ...BASE, m3Approved: false, installerName: 'Top Electric' }));
      expect(issuePaths(error)).toEqual(['installerContact']);
      expect(error.issues[0]).toMatchObject({
        code: 'required_for_route',
        message: 'is required because the job is not M3 approved, and the reply gives the installer’s contact information',
      });
    });
  });

  describe('savings, utility bills, production', () => {
    it.each(SAVINGS)('points %s to the two savings articles', (concern) => {
      const d = decide({ concern, channel: 'chat' });
      expect(d.outcome).toBe('explain-savings');
      expect(d.concernGroup).toBe('savings');
      expect(d.actions.slice(0, 2)).toEqual([
        { kind: 'refer', to: 'Common Homeowner Questions [savings, production, usage, and utility bills]', summary: expect.any(String) },
        { kind: 'refer', to: 'Helping Customers Understand Solar Savings & Utility Bills Reality', summary: expect.any(String) },
      ]);
      expect(d.actions[2]).toMatchObject({ kind: 'reply', to: 'homeowner', channel: 'chat' });
      expect(rules(d)).toEqual(['authentication', 'm3-gate', 'savings', 'savings-articles', 'disposition-notes']);
      expect(d.trace[3]?.detail).toBe(
        'Point the customer to "Common Homeowner Questions [savings, production, usage, and utility bills]" (no link in the policy)' +
          ' and "Helping Customers Understand Solar Savings & Utility Bills Reality" (no link in the policy).',
      );
    });

    it('gives the article links the policy holds', () => {
      const policy = definePolicy({
        name: 'links',
        version: '1',
        systemSupport: { savingsArticles: [{ title: 'Savings FAQ', url: 'https://help.example.com/savings' }] },
      });
      const d = decide({ concern: 'cost-savings' }, { policy });
      expect(d.actions[0]).toEqual({ kind: 'refer', to: 'Savings FAQ', contact: 'https://help.example.com/savings', summary: expect.any(String) });
      expect(d.trace[3]?.detail).toContain('(https://help.example.com/savings)');
    });

    it('still explains when the policy lists no savings articles', () => {
      const policy = definePolicy({ name: 'no-articles', version: '1', systemSupport: { savingsArticles: [] } });
      const d = decide({ concern: 'no-savings-noticed' }, { policy });
      expect(kinds(d)).toEqual(['reply', 'disposition-notes', 'stop']);
      expect(d.trace[3]?.detail).toMatch(/no savings articles/);
    });
  });

  describe('maintenance, repairs, outages and damage', () => {
    const SERVICE_CROSS = SERVICE.flatMap((concern) =>
      SYSTEM_CONTRACT_TYPES.flatMap((contractType) =>
        SYSTEM_SUPPORT_CHANNELS.flatMap((channel) =>
          [false, true].flatMap((spokeWithOmnidian) =>
            [false, true].map((transferredFromOmnidian) => ({ concern, contractType, channel, spokeWithOmnidian, transferredFromOmnidian })),
          ),
        ),
      ),
    );
    it.each(SERVICE_CROSS)(
      '$concern, $contractType, $channel, spoke with Omnidian $spokeWithOmnidian, sent by Omnidian $transferredFromOmnidian',
      (row) => {
        const d = decide({ ...row, ...INSTALLER });
        const expected =
          row.contractType === 'RIC'
            ? 'refer-to-installer-warranty'
            : row.spokeWithOmnidian || row.transferredFromOmnidian
              ? 'create-om-case'
              : 'refer-to-omnidian';
        expect(d.outcome).toBe(expected);
        expect(d.concernGroup).toBe('service');
        expect(rules(d)[2]).toBe('service-concern');
      },
    );

    it('PPA on the phone: gives Omnidian’s information and warm transfers (no contact in the default policy)', () => {
      const d = decide({ concern: 'outage', channel: 'phone' });
      expect(d.outcome).toBe('refer-to-omnidian');
      expect(kinds(d)).toEqual(['refer', 'transfer', 'disposition-notes', 'stop']);
      expect(d.actions[0]).toEqual({ kind: 'refer', to: 'Omnidian', summary: expect.stringMatching(/supply them yourself/) });
      expect(d.actions[1]).toMatchObject({ kind: 'transfer', to: 'Omnidian', warm: true });
      expect(rules(d)).toEqual([
        'authentication',
        'm3-gate',
        'service-concern',
        'ppa-omnidian',
        'omnidian-facilitates',
        'omnidian-warm-transfer',
        'disposition-notes',
      ]);
      expect(d.trace[5]?.detail).toContain('the policy holds no contact details');
      expect(d.messages).toEqual([]);
    });

    it('PPA on the phone with a contact in the policy: gives it, then warm transfers', () => {
      const d = decide({ concern: 'maintenance', channel: 'phone' }, { policy: withContact });
      expect(d.actions[0]).toMatchObject({ kind: 'refer', to: 'Omnidian', contact: '(877) 555-0199, support@omnidian.example' });
      expect(d.actions[0]?.summary).toContain('(877) 555-0199');
      expect(d.trace[5]?.detail).toContain('(877) 555-0199');
    });

    it.each(['chat', 'email'] as const)('PPA on %s with a contact in the policy: sends the Omnidian referral', (channel) => {
      const d = decide({ concern: 'repair', channel }, { policy: withContact });
      expect(d.outcome).toBe('refer-to-omnidian');
      expect(kinds(d)).toEqual(['reply', 'disposition-notes', 'stop']);
      expect(d.messages).toEqual([
        {
          templateId: 'system-support/omnidian-referral',
          audience: 'homeowner',
          channel,
          text: 'Maintenance, repairs and outages of your system are handled by our service department, Omnidian, which will also coordinate with your installer. You can reach Omnidian at (877) 555-0199, support@omnidian.example.',
        },
      ]);
      expect(rules(d)).toContain('omnidian-contact-details');
      expect(d.trace[5]?.detail).toMatch(channel === 'chat' ? /^Chat/ : /^E-mail/);
    });

    it.each(['chat', 'email'] as const)('PPA on %s without a contact in the policy: tells the agent to supply it, renders nothing', (channel) => {
      const d = decide({ concern: 'system-damage', channel });
      expect(d.messages).toEqual([]);
      expect(kinds(d)).toEqual(['refer', 'disposition-notes', 'stop']);
      expect(d.actions[0]).toEqual({ kind: 'refer', to: 'Omnidian', summary: expect.stringMatching(/supply them yourself/) });
      expect(d.trace[5]?.rule).toBe('system-support/omnidian-contact-details');
      expect(d.trace[5]?.detail).toMatch(/systemSupport\.omnidianContact is null/);
      expect(d.trace[5]?.detail).toMatch(channel === 'chat' ? /^Chat/ : /^E-mail/);
    });

    it('PPA, already spoke with Omnidian: creates a Salesforce O&M case', () => {
      const d = decide({ concern: 'outage', spokeWithOmnidian: true });
      expect(d.outcome).toBe('create-om-case');
      expect(d.actions[0]).toEqual({
        kind: 'create-ticket',
        project: 'Salesforce O&M case',
        fields: { concern: 'outage', contractType: 'PPA', reason: 'the customer already spoke with Omnidian', assignTo: 'O&M team' },
        summary: expect.stringMatching(/O&M team/),
      });
      expect(rules(d)).toEqual(['authentication', 'm3-gate', 'service-concern', 'om-case', 'disposition-notes']);
    });

    it('PPA, sent to us by Omnidian: creates a Salesforce O&M case saying so', () => {
      const d = decide({ concern: 'repair', transferredFromOmnidian: true, spokeWithOmnidian: false });
      expect(d.actions[0]).toMatchObject({ fields: { reason: 'Omnidian transferred the customer to us' } });
    });

    it.each(SYSTEM_SUPPORT_CHANNELS)('RIC: refers to the installer and the contract package (%s)', (channel) => {
      const d = decide({ concern: 'maintenance', contractType: 'RIC', channel, ...INSTALLER });
      expect(d.outcome).toBe('refer-to-installer-warranty');
      expect(d.messages).toEqual([
        {
          templateId: 'system-support/ric-refer-installer',
          audience: 'homeowner',
          channel,
          text: 'Because you own your solar system, maintenance, repairs and outages are handled by your installer, Top Electric ((303) 555-0142). Your contract package has the details of your equipment manufacturer’s warranty.',
        },
      ]);
      expect(kinds(d)).toEqual(['reply', 'refer', 'refer', 'disposition-notes', 'stop']);
      expect(d.actions[1]).toMatchObject({ to: 'Top Electric', contact: '(303) 555-0142' });
      expect(d.actions[2]).toMatchObject({ to: 'contract package' });
      expect(rules(d)).toEqual(['authentication', 'm3-gate', 'service-concern', 'ric-installer', 'ric-contract-package', 'disposition-notes']);
    });

    it('RIC: goes to the installer even when the customer spoke with Omnidian', () => {
      expect(decide({ contractType: 'RIC', spokeWithOmnidian: true, ...INSTALLER }).outcome).toBe('refer-to-installer-warranty');
    });

    it('RIC: requires the installer’s name and contact', () => {
      const error = inputError(() => routeSystemInquiry({ ...BASE, contractType: 'RIC', installerContact: 'x@y.example' }));
      expect(issuePaths(error)).toEqual(['installerName']);
      expect(error.message).toMatch(/RIC homeowner is referred to their installer/);
    });
  });

  describe('monitoring', () => {
    const MONITORING_CROSS = MONITORING.flatMap((concern) =>
      MONITORING_PLATFORMS.flatMap((monitoringPlatform) =>
        SYSTEM_CONTRACT_TYPES.flatMap((contractType) =>
          SYSTEM_SUPPORT_CHANNELS.map((channel) => ({ concern, monitoringPlatform, contractType, channel })),
        ),
      ),
    );
    it.each(MONITORING_CROSS)('$concern on $monitoringPlatform, $contractType, $channel', (row) => {
      const d = decide(row);
      expect(d.outcome).toBe(row.monitoringPlatform === 'myeverbright' ? 'myeverbright-monitoring' : 'manufacturer-monitoring');
      expect(d.concernGroup).toBe('monitoring');
      const authorizes = d.actions.some((a) => a.kind === 'reply' && /grant permission/.test(a.summary));
      expect(authorizes).toBe(row.monitoringPlatform !== 'myeverbright' && row.contractType === 'PPA');
      const enphaseQuestions = d.actions.some((a) => /verification questions/.test(a.summary));
      expect(enphaseQuestions).toBe(row.monitoringPlatform === 'enphase');
    });

    it('MyEverbright: view as customer and read off current power, today’s and this month’s kWh, and the filters', () => {
      const d = decide({ concern: 'monitoring-data', monitoringPlatform: 'myeverbright' });
      expect(kinds(d)).toEqual(['check', 'check', 'reply', 'reply', 'disposition-notes', 'stop']);
      expect(d.actions[0]?.summary).toMatch(/correct contact information on record/);
      expect(d.actions[1]?.summary).toMatch(/View the system as the customer.*communicating production/);
      expect(d.actions[2]?.summary).toBe('Read off the Current Power, Today’s kWh and Current Month’s kWh.');
      expect(d.actions[3]?.summary).toMatch(/filter by date .* Day, Week, Month or Year/);
      expect(d.actions.slice(0, 4).map((a) => (a.kind === 'check' ? `check ${a.what}` : a.kind === 'reply' ? `reply to ${a.to}` : a.kind))).toEqual([
        'check MyEverbright customer record',
        'check MyEverbright view as customer',
        'reply to homeowner',
        'reply to homeowner',
      ]);
      expect(rules(d)).toEqual([
        'authentication',
        'm3-gate',
        'monitoring-platform',
        'myeverbright',
        'myeverbright-search',
        'myeverbright-view-as-customer',
        'myeverbright-production',
        'myeverbright-readings',
        'myeverbright-filters',
        'disposition-notes',
      ]);
      expect(d.selectedContract).toBeNull();
    });

    it('Enphase, PPA: latest contract, stay on the line, answer the verification questions, authorize for EverBright', () => {
      const d = decide({
        concern: 'monitoring-access',
        monitoringPlatform: 'enphase',
        contracts: [
          { id: 'C-2040', signedOn: '2025-06-18' },
          { id: 'C-1001', signedOn: '2024-03-02' },
          { id: 'C-3300', signedOn: '2025-06-19' },
        ],
      });
      expect(d.outcome).toBe('manufacturer-monitoring');
      expect(d.selectedContract).toEqual({ id: 'C-3300', signedOn: '2025-06-19' });
      expect(kinds(d)).toEqual(['check', 'transfer', 'reply', 'reply', 'disposition-notes', 'stop']);
      expect(d.actions[0]?.summary).toBe('Select contract C-3300 (signed 2025-06-19), the one with the latest date signed.');
      expect(d.actions[1]).toMatchObject({ to: 'Enphase', warm: true });
      expect(d.actions[1]?.summary).toMatch(/remain on the line until Enphase states it is OK to release/);
      expect(d.actions[2]).toMatchObject({ to: 'partner' });
      expect(d.actions[2]?.summary).toMatch(/host is EverBright; give the homeowner’s name and e-mail address/);
      expect(d.actions[3]?.summary).toMatch(/grant permission on EverBright’s behalf/);
      expect(d.actions[0]).toMatchObject({ kind: 'check', what: 'contract' });
      expect(d.actions[3]).toMatchObject({ kind: 'reply', to: 'partner' });
      expect(rules(d)).toEqual([
        'authentication',
        'm3-gate',
        'monitoring-platform',
        'manufacturer-site',
        'latest-contract',
        'manufacturer-call',
        'enphase-questions',
        'ppa-authorization',
        'disposition-notes',
      ]);
      expect(d.trace[4]?.detail).toMatch(/^3 contract\(s\) listed; use C-3300/);
    });

    it('SolarEdge, RIC, no contracts listed: the generic contract step, no Enphase questions, no authorization', () => {
      const d = decide({ concern: 'monitoring-setup', monitoringPlatform: 'solaredge', contractType: 'RIC' });
      expect(kinds(d)).toEqual(['check', 'transfer', 'disposition-notes', 'stop']);
      expect(d.actions[0]).toEqual({ kind: 'check', what: 'contract', summary: 'If multiple contracts appear, select the one with the latest date signed.' });
      expect(d.actions[1]).toMatchObject({ to: 'SolarEdge', warm: true });
      expect(d.selectedContract).toBeNull();
    });

    it('uses the monitoring host of the policy', () => {
      const policy = definePolicy({ name: 'host', version: '1', systemSupport: { monitoringHost: 'Acme Solar Finance' } });
      const d = decide({ concern: 'monitoring-access', monitoringPlatform: 'enphase' }, { policy });
      expect(d.actions[2]?.summary).toContain('host is Acme Solar Finance');
    });

    it('selects the only contract when one is listed', () => {
      const d = decide({ concern: 'monitoring-access', monitoringPlatform: 'solaredge', contracts: [{ id: 'C-1', signedOn: '2023-01-05' }] });
      expect(d.selectedContract).toEqual({ id: 'C-1', signedOn: '2023-01-05' });
    });

    it('rejects two contracts sharing the latest date signed', () => {
      const error = inputError(() =>
        routeSystemInquiry({
          ...BASE,
          concern: 'monitoring-access',
          monitoringPlatform: 'enphase',
          contracts: [
            { id: 'A', signedOn: '2025-01-01' },
            { id: 'B', signedOn: '2025-02-01' },
            { id: 'C', signedOn: '2025-02-01' },
          ],
        }),
      );
      expect(issuePaths(error)).toEqual(['contracts']);
      expect(error.issues[0]?.code).toBe('ambiguous_latest_contract');
      expect(error.message).toMatch(/contracts B, C share the latest date signed \(2025-02-01\)/);
    });

    it('ignores the contracts on a route that does not use them', () => {
      const contracts = [
        { id: 'A', signedOn: '2025-02-01' },
        { id: 'B', signedOn: '2025-02-01' },
      ];
      expect(decide({ concern: 'monitoring-data', monitoringPlatform: 'myeverbright', contracts }).selectedContract).toBeNull();
    });

    it('requires the platform for a monitoring concern past the M3 gate', () => {
      const error = inputError(() => routeSystemInquiry({ ...BASE, concern: 'monitoring-setup' }));
      expect(issuePaths(error)).toEqual(['monitoringPlatform']);
      expect(error.issues[0]?.code).toBe('required_for_route');
      expect(error.message).toMatch(/differ for MyEverbright and the manufacturer site/);
    });
  });

  describe('panel cleaning, property damage, insurance appraisal', () => {
    it.each([true, false])('never provides panel cleaning (M3 approved %s)', (m3Approved) => {
      const d = decide({ concern: 'panel-cleaning', m3Approved, channel: 'email' });
      expect(d.outcome).toBe('decline-panel-cleaning');
      expect(d.messages).toEqual([
        {
          templateId: 'system-support/no-panel-cleaning',
          audience: 'homeowner',
          channel: 'email',
          text: 'We do not provide panel cleaning as part of our maintenance services.',
        },
      ]);
      expect(rules(d)).toEqual(['authentication', 'm3-gate', 'no-panel-cleaning', 'disposition-notes']);
    });

    it('refers personal property damage to the claims article', () => {
      const d = decide({ concern: 'personal-property-damage' });
      expect(d.outcome).toBe('property-damage-claim');
      expect(d.actions[0]).toEqual({ kind: 'refer', to: 'Personal Property Damage Claims', summary: expect.any(String) });
      expect(d.trace[2]?.detail).toContain('(no link in the policy)');
    });

    it('gives the claims article’s link when the policy has it', () => {
      const policy = definePolicy({
        name: 'claims',
        version: '1',
        systemSupport: { personalPropertyDamageArticle: { title: 'Claims', url: 'https://help.example.com/claims' } },
      });
      const d = decide({ concern: 'personal-property-damage' }, { policy });
      expect(d.actions[0]).toMatchObject({ to: 'Claims', contact: 'https://help.example.com/claims' });
      expect(d.trace[2]?.detail).toContain('(https://help.example.com/claims)');
    });

    it('PPA insurance appraisal: the appraisal article, and they are not required to insure', () => {
      const d = decide({ concern: 'insurance-appraisal', m3Approved: false });
      expect(d.outcome).toBe('insurance-appraisal');
      expect(kinds(d)).toEqual(['refer', 'reply', 'disposition-notes', 'stop']);
      expect(d.actions[0]).toMatchObject({ to: 'PPA Insurance Appraisal' });
      expect(d.actions[1]).toEqual({
        kind: 'reply',
        to: 'homeowner',
        summary: 'Tell the homeowner they are not required to insure the system, but are free to request the appraisal.',
      });
      expect(rules(d)).toEqual(['authentication', 'm3-gate', 'insurance-appraisal', 'insurance-optional', 'disposition-notes']);
    });

    it('RIC insurance appraisal: the homeowner insures their own system', () => {
      const d = decide({ concern: 'insurance-appraisal', contractType: 'RIC' });
      expect(d.outcome).toBe('insurance-appraisal');
      expect(kinds(d)).toEqual(['reply', 'disposition-notes', 'stop']);
      expect(d.actions[0]).toEqual({
        kind: 'reply',
        to: 'homeowner',
        summary: 'Tell the homeowner that they own the system (RIC), so insuring it, and any appraisal for that, is theirs to arrange.',
      });
      expect(d.trace[2]?.detail).toMatch(/^RIC: .*insures it themselves/);
    });
  });

  describe('bad input', () => {
    it('rejects each bad field, naming its path', () => {
      const error = inputError(() =>
        routeSystemInquiry({
          customerAuthenticated: 'yes',
          m3Approved: 1,
          concern: 'billing',
          contractType: 'Lease',
          channel: 'fax',
          installerName: ' ',
          installerContact: '',
          monitoringPlatform: 'tesla',
          spokeWithOmnidian: 'no',
          transferredFromOmnidian: null,
          contracts: [{ id: '', signedOn: '2025-02-30' }],
        } as never),
      );
      expect(issuePaths(error)).toEqual([
        'customerAuthenticated',
        'm3Approved',
        'concern',
        'contractType',
        'channel',
        'installerName',
        'installerContact',
        'monitoringPlatform',
        'spokeWithOmnidian',
        'transferredFromOmnidian',
        'contracts.0.id',
        'contracts.0.signedOn',
      ]);
    });

    it('requires the five decision facts', () => {
      const error = inputError(() => routeSystemInquiry({} as never));
      expect(issuePaths(error)).toEqual(['customerAuthenticated', 'm3Approved', 'concern', 'contractType', 'channel']);
    });

    it('rejects an empty contracts list and an unknown contract field', () => {
      expect(issuePaths(inputError(() => routeSystemInquiry({ ...BASE, contracts: [] })))).toEqual(['contracts']);
      const error = inputError(() => routeSystemInquiry({ ...BASE, contracts: [{ id: 'A', signedOn: '2025-01-01', dateSigned: 'x' }] } as never));
      expect(issuePaths(error)).toEqual(['contracts.0']);
    });
  });
});

standardCases('routeSystemInquiry', routeSystemInquiry as never, () => ({
  customerAuthenticated: true,
  m3Approved: true,
  concern: 'monitoring-access',
  contractType: 'PPA',
  channel: 'phone',
  monitoringPlatform: 'enphase',
  contracts: [
    { id: 'C-1', signedOn: '2024-01-01' },
    { id: 'C-2', signedOn: '2025-01-01' },
  ],
}));
