import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { normalizeName } from '../../src/_lib/names.js';
import { internalsOf } from '../../src/policy/brand.js';
import { defaultPolicy, definePolicy, isPolicy, PolicySchema, POLICY_SOURCES } from '../../src/policy/index.js';
import { resolveOptions } from '../../src/policy/resolve.js';
import { templateCatalog } from '../../src/templates/catalog.js';
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
      ['Hi {{installerContactName}}, {{homeownerName}} owes $0.', 'owes'],
      ['Hi {{installerContactName}}, {{homeownerName}} has a question (€).', '€'],
      // SOPS.md item 16: read as names are read, so digits, look-alike letters and invisible characters hide nothing.
      ['Hi {{installerContactName}}, {{homeownerName}} has a b1lling question.', 'b1lling'],
      ['Hi {{installerContactName}}, {{homeownerName}} has a b\u0456lling question.', 'billing'],
      ['Hi {{installerContactName}}, {{homeownerName}} has a bi\u200Blling question.', 'billing'],
      ['Hi {{installerContactName}}, {{homeownerName}} wants a ｒｅｆｕｎｄ.', 'refund'],
      ['Hi {{installerContactName}}, {{homeownerName}} asks about 100 USD.', '100 usd'],
      ['Hi {{installerContactName}}, {{homeownerName}} is past  due.', 'past  due'],
      ['Hi {{installerContactName}}, {{homeownerName}} asked if it is pa1d.', 'pa1d'],
      ['Hi {{installerContactName}}, ask H\u0456m about {{homeownerName}}.', 'him'],
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
    // Each kind of bad replacement has its own code.
    expect(error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['templates.no/such-template', 'unknown_template'],
      ['templates.pto-delay/homeowner-standard', 'unsupplied_variable'],
      ['templates.pto-delay/double-billing-escalation', 'unsupplied_variable'],
      ['templates.pto-delay/installer-outreach', 'invalid_template'],
      ['templates.pto-delay/homeowner-things-you-can-do', 'invalid_template'],
    ]);
  });

  it('lists every template id of the catalog, comma-separated, for an unknown one', () => {
    const error = inputError(() => definePolicy({ name: 'x', version: '1', templates: { 'no/such-template': 'Hi' } }));
    expect(error.issues[0]?.message).toBe(`is not a template id; known ids are ${templateCatalog.map((t) => t.id).join(', ')}`);
    expect(error.issues[0]?.message).toMatch(/^is not a template id; known ids are pv-watts-outage\/offer-workaround-chat, pv-watts-outage\/offer-workaround-email, /);
  });

  it('gives every problem of a replacement text, separated by semicolons', () => {
    const error = inputError(() =>
      definePolicy({ name: 'x', version: '1', templates: { 'pv-watts-outage/restored-email': 'Hi {{#a}}x{{/a}} and {{>footer}}' } }),
    );
    expect(error.issues).toEqual([
      {
        path: ['templates', 'pv-watts-outage/restored-email'],
        code: 'invalid_template',
        message:
          'a uses "#" tags; only {{variable}} placeholders are supported, so every value can be checked; ' +
          'footer uses ">" tags; only {{variable}} placeholders are supported, so every value can be checked',
      },
    ]);
  });

  it('says overrides that are not an object must be one', () => {
    const error = inputError(() => definePolicy(null as never));
    expect(error.subject).toBe('policy');
    expect(error.issues).toEqual([{ path: [], code: 'invalid_type', message: 'expected an object of overrides' }]);
  });

  it('reports a blank name or version once each, next to the other invalid overrides', () => {
    expect(issuePaths(inputError(() => definePolicy({ name: 'x', version: ' ' })))).toEqual(['version']);
    expect(issuePaths(inputError(() => definePolicy({ name: ' ', version: ' ' })))).toEqual(['name', 'version']);
    const error = inputError(() => definePolicy({ version: ' ', serviceDesk: { atRiskMinutes: -1 } } as never));
    expect(issuePaths(error)).toEqual(['name', 'version', 'serviceDesk.atRiskMinutes']);
  });

  it('says what type it got for a name or value of the wrong type', () => {
    const error = inputError(() => definePolicy({ name: 5, version: '1', serviceDesk: { firstResponseMinutes: '120' } } as never));
    expect(error.issues).toEqual([
      { path: ['name'], code: 'invalid_type', message: 'expected string, got number: name the policy so decisions record which one they used' },
      { path: ['serviceDesk', 'firstResponseMinutes'], code: 'invalid_type', message: 'expected number, got string' },
    ]);
  });

  it('says why a policy needs a name and a version when they are missing or blank', () => {
    expect(inputError(() => definePolicy({} as never)).issues).toEqual([
      { path: ['name'], code: 'invalid_type', message: 'is required (expected string): name the policy so decisions record which one they used' },
      { path: ['version'], code: 'invalid_type', message: 'is required (expected string): version the policy so decisions record which one they used' },
    ]);
    expect(inputError(() => definePolicy({ name: 'x', version: ' ' })).issues).toEqual([
      { path: ['version'], code: 'too_small', message: 'must have at least 1 character: version the policy so decisions record which one they used' },
    ]);
  });

  it('takes for a policy only an object definePolicy made, whatever it carries', () => {
    const brand = Symbol.for('solar-sop.policy');
    const policy = definePolicy({ name: 'x', version: '1' });
    const fakes = [
      Object.freeze({ [brand]: {} }),
      Object.freeze({ ...policy }),
      Object.freeze(Object.create(policy)),
      Object.freeze({ [brand]: { templates: new Map(), names: { normalized: new Map(), aliasOf: new Map(), lists: new Map() }, organizations: [] } }),
      structuredClone({ ...policy, calendar: { ...policy.calendar, holidays: 'us-federal' } }),
    ];
    for (const fake of fakes) {
      expect(isPolicy(fake)).toBe(false);
      expect(() => resolveOptions({ policy: fake }, 'x')).toThrow(SopInputError);
    }
  });

  it('carries no symbol and no hidden property: its internals are out of reach', () => {
    const policy = definePolicy({ name: 'x', version: '1' });
    expect(Reflect.ownKeys(policy).filter((k) => typeof k === 'symbol')).toEqual([]);
    expect(Reflect.ownKeys(policy)).toEqual(Object.keys(policy));
  });

  it('replaces a section given as anything but an object instead of merging into it', () => {
    const error = inputError(() => definePolicy({ name: 'x', version: '1', serviceDesk: [] } as never));
    expect(error.issues).toEqual([{ path: ['serviceDesk'], code: 'invalid_type', message: 'expected object, got array' }]);
  });

  it('replaces the default holiday rule with a list of dates', () => {
    const policy = definePolicy({ name: 'x', version: '1', calendar: { holidays: { dates: ['2026-12-24'] } } });
    expect(policy.calendar.holidays).toEqual({ dates: ['2026-12-24'] });
  });

  it('rejects a holiday rule that is neither a known name, a list of dates nor a function', () => {
    const error = inputError(() => definePolicy({ name: 'x', version: '1', calendar: { holidays: 'weekends' } } as never));
    expect(error.issues).toEqual([
      {
        path: ['calendar', 'holidays'],
        code: 'invalid_union',
        message: 'expected "us-federal", "none", { dates: ["YYYY-MM-DD", …] } or a function (date) => boolean',
      },
    ]);
  });

  it('indexes every organization, city and state name it mentions, normalized once', () => {
    const policy = definePolicy({ name: 'x', version: '1', serviceDesk: { priorityInstallers: ['Acme Solar, Inc.'] } });
    const { names, organizations } = internalsOf(policy);
    expect(organizations).toEqual(['Top Electric', 'Shield Energy', 'LA Solar', 'Blue Hammer', 'Stronger']);
    for (const name of [...organizations, 'Acme Solar, Inc.', 'Littleton', 'CO', 'Colorado']) {
      expect(names.normalized.get(name), name).toBe(normalizeName(name));
    }
  });

  it('freezes the policy but leaves the caller’s holiday function as it was', () => {
    const holidays = (d: string) => d === '2026-12-24';
    const policy = definePolicy({ name: 'x', version: '1', calendar: { holidays } });
    expect(Object.isFrozen(policy.calendar)).toBe(true);
    expect(Object.isFrozen(holidays)).toBe(false);
  });
});

describe('isPolicy', () => {
  it('does not take a copy of a defined policy for a policy', () => {
    const policy = definePolicy({ name: 'x', version: '1' });
    expect(isPolicy(policy)).toBe(true);
    expect(isPolicy({ ...policy })).toBe(false);
    expect(isPolicy(Object.assign({}, policy))).toBe(false);
  });

  it('is false for null, undefined, text and numbers', () => {
    for (const value of [null, undefined, 'policy', 42]) expect(isPolicy(value)).toBe(false);
  });

  it('is false for a function, even one with a policy’s values', () => {
    const policy = definePolicy({ name: 'x', version: '1' });
    expect(isPolicy(Object.assign(() => policy, { ptoDelay: policy.ptoDelay }))).toBe(false);
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

  it('says options that are not an object must be one', () => {
    const error = inputError(() => resolveOptions([], 'some/procedure'));
    expect(error.subject).toBe('some/procedure');
    expect(error.issues).toEqual([{ path: ['options'], code: 'invalid_type', message: 'expected an object such as { policy }' }]);
  });

  it('says what is wrong with each option', () => {
    const error = inputError(() => resolveOptions({ polcy: defaultPolicy, policy: null, timeZone: 'Mars/Base' }, 'x'));
    expect(error.issues).toEqual([
      { path: ['options', 'polcy'], code: 'unrecognized_keys', message: 'is not an option (options are policy, timeZone and asOf)' },
      {
        path: ['options', 'policy'],
        code: 'invalid_policy',
        message:
          'was not made by definePolicy() of this copy of solar-sop (a policy of another copy, such as its CommonJS build, is not one); pass definePolicy({ name, version, ...overrides }) imported like the decision functions',
      },
      {
        path: ['options', 'timeZone'],
        code: 'invalid_time_zone',
        message: '"Mars/Base" is not a time zone this runtime knows (use an IANA name such as "America/Los_Angeles")',
      },
    ]);
  });

  it('words a time zone that has no JSON form, or a long one, in a short message', () => {
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(inputError(() => resolveOptions({ timeZone: cycle }, 'x')).issues[0]?.message).toBe(
      'object is not a time zone this runtime knows (use an IANA name such as "America/Los_Angeles")',
    );
    expect(inputError(() => resolveOptions({ timeZone: 10n }, 'x')).issues[0]?.message).toMatch(/^bigint is not a time zone/);
    expect(inputError(() => resolveOptions({ timeZone: () => 'UTC' }, 'x')).issues[0]?.message).toMatch(/^function is not a time zone/);
    expect(inputError(() => resolveOptions({ timeZone: ['x'.repeat(1000)] }, 'x')).issues[0]?.message).toMatch(/^\["x{38}… is not a time zone/);
    expect(inputError(() => resolveOptions({ timeZone: 'x'.repeat(1000) }, 'x')).issues[0]?.message).toMatch(/^"x{40}…" is not a time zone/);
  });

  it('takes only text for a time zone, even something that reads as a zone name', () => {
    const error = inputError(() => resolveOptions({ timeZone: ['UTC'] }, 'x'));
    expect(error.issues).toEqual([
      {
        path: ['options', 'timeZone'],
        code: 'invalid_time_zone',
        message: '["UTC"] is not a time zone this runtime knows (use an IANA name such as "America/Los_Angeles")',
      },
    ]);
  });
});
