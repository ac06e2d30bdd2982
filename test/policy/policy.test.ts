import { describe, expect, it } from 'vitest';
import { defaultPolicy, definePolicy, isPolicy, PolicySchema, POLICY_SOURCES } from '../../src/policy/index.js';
import { resolveOptions } from '../../src/policy/resolve.js';
import { inputError, issuePaths } from '../_helpers/contract.js';

/** Dotted paths of the policy values that POLICY_SOURCES documents (records count as one value). */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || prefix in POLICY_SOURCES) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('defaultPolicy', () => {
  it('satisfies the policy schema', () => {
    expect(PolicySchema.safeParse(defaultPolicy).success).toBe(true);
  });

  it('reproduces the SOPs as written', () => {
    expect(defaultPolicy.ptoDelay.gracePeriodDays).toBe(60);
    expect(defaultPolicy.ptoDelay.assignee).toBe('Jessica Hauger');
    expect(defaultPolicy.ptoDelay.sharedReporterEmail).toBe('gi@shieldenergy.tech');
    expect(defaultPolicy.serviceDesk.firstResponseMinutes).toBe(120);
    expect(defaultPolicy.serviceDesk.priorityInstallers).toEqual([]);
    expect(defaultPolicy.systemSupport.reactivationWindowBusinessDays).toBe(10);
    expect(defaultPolicy.systemSupport.omnidianEscalationHours).toBe(48);
  });

  it('is frozen all the way down and branded', () => {
    expect(Object.isFrozen(defaultPolicy)).toBe(true);
    expect(Object.isFrozen(defaultPolicy.ptoDelay.noContactInstallers)).toBe(true);
    expect(isPolicy(defaultPolicy)).toBe(true);
    expect(() => {
      (defaultPolicy.ptoDelay as { gracePeriodDays: number }).gracePeriodDays = 1;
    }).toThrow(TypeError);
  });

  it('has a documented source or product decision for every value, and nothing undocumented', () => {
    const { name: _n, version: _v, ...values } = defaultPolicy;
    const leaves = leafPaths(values);
    expect(leaves.sort()).toEqual(Object.keys(POLICY_SOURCES).sort());
    for (const [path, info] of Object.entries(POLICY_SOURCES)) {
      expect(info.description, path).not.toBe('');
      expect(info.source !== null || info.decision !== undefined, `${path} has neither a source nor a decision`).toBe(true);
    }
  });

  it('serializes without its brand', () => {
    expect(JSON.parse(JSON.stringify(defaultPolicy))).toEqual({ ...defaultPolicy });
    expect(Object.keys(defaultPolicy)).not.toContain('solar-sop.policy');
  });
});

describe('definePolicy', () => {
  it('deep-merges overrides: objects key by key, arrays replaced', () => {
    const policy = definePolicy({
      name: 'acme',
      version: '2027-01',
      serviceDesk: { priorityInstallers: ['Acme Solar'] },
      ptoDelay: { littleton: { states: ['CO'] } },
    });
    expect(policy.name).toBe('acme');
    expect(policy.serviceDesk.priorityInstallers).toEqual(['Acme Solar']);
    expect(policy.serviceDesk.firstResponseMinutes).toBe(120);
    expect(policy.ptoDelay.littleton).toEqual({ installer: 'Top Electric', city: 'Littleton', states: ['CO'] });
    expect(Object.isFrozen(policy.serviceDesk.priorityInstallers)).toBe(true);
    expect(defaultPolicy.serviceDesk.priorityInstallers).toEqual([]);
  });

  it('keeps the default where an override is explicitly undefined', () => {
    expect(definePolicy({ name: 'x', version: '1', serviceDesk: undefined }).serviceDesk).toEqual(defaultPolicy.serviceDesk);
  });

  it('accepts a holiday function and keeps it', () => {
    const holidays = (d: string) => d === '2026-12-24';
    expect(definePolicy({ name: 'x', version: '1', calendar: { holidays } }).calendar.holidays).toBe(holidays);
  });

  it('requires a name and a version', () => {
    const error = inputError(() => definePolicy({ serviceDesk: { atRiskMinutes: 10 } } as never));
    expect(issuePaths(error)).toEqual(['name', 'version']);
    expect(error.subject).toBe('policy');
    expect(issuePaths(inputError(() => definePolicy({ name: ' ', version: '1' })))).toEqual(['name']);
  });

  it('lists every invalid override with its path', () => {
    const error = inputError(() =>
      definePolicy({
        name: 'x',
        version: '1',
        calendar: { timeZone: 'Mars/Base', closures: ['2026-02-30'] },
        serviceDesk: { firstResponseMinutes: 0, bogus: true } as never,
        ptoDelay: { sharedReporterEmail: 'not-an-email' },
        pvWattsOutage: { outageLogUrl: 'nope' },
      }),
    );
    expect(issuePaths(error).sort()).toEqual(
      ['calendar.timeZone', 'calendar.closures.0', 'serviceDesk.firstResponseMinutes', 'serviceDesk', 'ptoDelay.sharedReporterEmail', 'pvWattsOutage.outageLogUrl'].sort(),
    );
  });

  it('rejects overrides that are not an object', () => {
    for (const bad of [null, [], 'acme', new Date()]) {
      expect(issuePaths(inputError(() => definePolicy(bad as never)))).toEqual(['']);
    }
  });

  it('replaces a template text, parsed once, using only variables the template supplies', () => {
    const policy = definePolicy({ name: 'x', version: '1', templates: { 'pto-delay/homeowner-standard': 'Hello {{customerName}}.' } });
    expect(policy.templates).toEqual({ 'pto-delay/homeowner-standard': 'Hello {{customerName}}.' });
  });

  it('rejects an installer message that speaks of money or uses gendered pronouns (SOPS.md item 9)', () => {
    for (const [text, word] of [
      ['Hi {{installerContactName}}, {{homeownerName}} has a billing question.', 'billing'],
      ['Hi {{installerContactName}}, please call her: {{homeownerName}}.', 'her'],
      ['Hi {{installerContactName}}, {{homeownerName}} owes $0.', '$'],
    ] as const) {
      const error = inputError(() => definePolicy({ name: 'x', version: '1', templates: { 'pto-delay/installer-outreach': text } }));
      expect(error.issues).toEqual([
        expect.objectContaining({ path: ['templates', 'pto-delay/installer-outreach'], code: 'forbidden_wording', message: expect.stringContaining(`says "${word}"; SOPS.md item 9`) }),
      ]);
    }
    expect(definePolicy({ name: 'x', version: '1', templates: { 'pto-delay/installer-outreach': 'Hi {{installerContactName}}: PTO for {{homeownerName}}?' } })).toBeDefined();
  });

  it('rejects a replacement for an unknown template, one using unsupplied variables, and one with sections', () => {
    const error = inputError(() =>
      definePolicy({
        name: 'x',
        version: '1',
        templates: {
          'no/such-template': 'Hi',
          'pto-delay/homeowner-standard': 'Hi {{customerName}} {{accountNumber}} {{balance}}',
          'pto-delay/double-billing-escalation': 'Hi {{name}}',
          'pto-delay/installer-outreach': 'Hi {{#homeownerName}}x{{/homeownerName}}',
          'pto-delay/homeowner-things-you-can-do': 'Hi {{customerName',
        },
      }),
    );
    const byPath = Object.fromEntries(error.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath['templates.no/such-template']).toMatch(/is not a template id; known ids are pv-watts-outage\/offer-workaround-chat/);
    expect(byPath['templates.pto-delay/homeowner-standard']).toBe(
      'uses {{accountNumber}}, {{balance}}, which the procedure does not supply; available: {{customerName}}, {{gracePeriodWords}}, {{gracePeriodDays}}',
    );
    expect(byPath['templates.pto-delay/double-billing-escalation']).toMatch(/available: none$/);
    expect(byPath['templates.pto-delay/installer-outreach']).toMatch(/uses "#" tags/);
    expect(byPath['templates.pto-delay/homeowner-things-you-can-do']).toMatch(/cannot be parsed: Unclosed tag/);
  });
});

describe('resolveOptions', () => {
  it('defaults to the default policy and its time zone', () => {
    expect(resolveOptions(undefined, 'x')).toEqual({ policy: defaultPolicy, timeZone: 'America/Los_Angeles' });
    expect(resolveOptions({}, 'x').timeZone).toBe('America/Los_Angeles');
  });

  it('takes a per-call time zone over the policy’s', () => {
    const policy = definePolicy({ name: 'x', version: '1', calendar: { timeZone: 'America/Denver' } });
    expect(resolveOptions({ policy }, 'x').timeZone).toBe('America/Denver');
    expect(resolveOptions({ policy, timeZone: 'UTC' }, 'x').timeZone).toBe('UTC');
  });

  it('rejects options that are not an object, unknown options, raw policies and bad zones', () => {
    expect(issuePaths(inputError(() => resolveOptions(null, 'x')))).toEqual(['options']);
    expect(issuePaths(inputError(() => resolveOptions('UTC', 'x')))).toEqual(['options']);
    const error = inputError(() => resolveOptions({ polcy: defaultPolicy, policy: { ...defaultPolicy }, timeZone: 7 }, 'x'));
    expect(issuePaths(error)).toEqual(['options.polcy', 'options.policy', 'options.timeZone']);
  });
});
