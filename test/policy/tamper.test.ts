import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { isPolicy, type Policy } from '../../src/policy/brand.js';
import { ptoInstallerOutreach } from '../../src/pto-delay/index.js';
import { ptoInstallerMessage } from '../../src/pto-delay/templates.js';
import { getTemplate, templateCatalog } from '../../src/templates/index.js';

/** Every object reachable from `root`: own keys and symbols, accessors' values, prototypes (short of Object.prototype). */
function reachable(root: unknown): unknown[] {
  const seen = new Set<unknown>();
  const visit = (value: unknown) => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
    if (value === Object.prototype || value === Function.prototype || value === Array.prototype || value === RegExp.prototype) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
      visit('value' in descriptor ? descriptor.value : undefined);
    }
    visit(Object.getPrototypeOf(value));
  };
  visit(root);
  return [...seen];
}

/** Tries every way a host could change an object in strict mode; returns the ways that worked. */
function tamper(target: object): string[] {
  const worked: string[] = [];
  const attempt = (label: string, change: () => void) => {
    try {
      change();
      worked.push(label);
    } catch {
      // refused, as it must be
    }
  };
  const t = target as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(target)) {
    attempt(`set ${String(key)}`, () => {
      t[key] = 'x';
    });
    attempt(`delete ${String(key)}`, () => {
      delete t[key];
    });
  }
  attempt('add a key', () => {
    t.added = 'x';
  });
  attempt('add a symbol', () => {
    t[Symbol.for('solar-sop.policy')] = {};
  });
  attempt('set the prototype', () => {
    Object.setPrototypeOf(target, {});
  });
  if (Array.isArray(target)) {
    attempt('push', () => target.push('x'));
    if (target.length > 0) attempt('fill', () => target.fill('x'));
  }
  if (target instanceof Map) attempt('Map#set', () => target.set('x', 'x'));
  if (target instanceof RegExp) attempt('RegExp#compile', () => (target as RegExp & { compile(p: string): void }).compile('nothing'));
  return worked;
}

const aliases = definePolicy({ name: 'tamper', version: '1', installerAliases: { Stronger: ['Stronger Solar'] }, templates: { 'pto-delay/installer-outreach': 'Hi {{installerContactName}}, please update {{homeownerName}} on PTO.' } });

/** The invariants every caller relies on. */
function expectInvariants(policy: Policy, installerText: string) {
  expect(isPolicy(policy)).toBe(true);
  for (const installer of ['Blue Hammer', 'Stronger']) {
    expect(ptoInstallerOutreach({ installer, installerContactName: 'Sam', homeowner: { firstName: 'Ana', lastName: 'Diaz' } }, { policy }).outcome).toBe('do-not-contact');
  }
  const d = ptoInstallerOutreach({ installer: 'Sunny Roofs', contractorEmail: 'ops@x.example', installerContactName: 'Sam', homeowner: { firstName: 'Ana', lastName: 'Diaz' } }, { policy });
  expect(d.messages[0]?.text).toBe(installerText);
}

describe('policy internals are out of a host’s reach (issue 13)', () => {
  const standardText = 'Hi Sam,\n\nAna Diaz reached out to us and asked when their system would receive PTO from the utility. We advised them to discuss the status of PTO with you. Would you please reach out to Ana Diaz to give them an update?\n\nThanks';

  it.each([
    ['the default policy', defaultPolicy, standardText],
    ['a defined policy', aliases, 'Hi Sam, please update Ana Diaz on PTO.'],
  ] as const)('%s: no object reachable from it can be changed, and the invariants hold after every attempt', (_label, policy, text) => {
    expectInvariants(policy, text);
    expect(Reflect.ownKeys(policy).filter((k) => typeof k === 'symbol')).toEqual([]);
    expect(Object.getOwnPropertySymbols(Object.getOwnPropertyDescriptors(policy))).toEqual([]);
    expect((policy as unknown as Record<symbol, unknown>)[Symbol.for('solar-sop.policy')]).toBeUndefined();
    const objects = reachable(policy);
    expect(objects.length).toBeGreaterThan(10);
    for (const object of objects) {
      if (typeof object === 'function') continue; // the host's own holiday function, if any
      expect(tamper(object as object), JSON.stringify(object)?.slice(0, 80)).toEqual([]);
    }
    expectInvariants(policy, text);
  });

  it('keeps the catalog templates frozen: the installer message and its rule cannot be changed', () => {
    for (const object of reachable(templateCatalog)) expect(tamper(object as object)).toEqual([]);
    expect(getTemplate('pto-delay/installer-outreach')).toBe(ptoInstallerMessage);
    expectInvariants(defaultPolicy, standardText);
    // RegExp#compile changes even a frozen pattern (then throws): the check must not rely on the one shown.
    const refused = () => ptoInstallerOutreach({ installer: 'Sunny Roofs', contractorEmail: 'ops@x.example', installerContactName: 'Sam re billing', homeowner: { firstName: 'Ana', lastName: 'Diaz' } });
    expect(refused).toThrow('says "billing"');
    expect(() => definePolicy({ name: 'x', version: '1', templates: { 'pto-delay/installer-outreach': 'Hi {{installerContactName}}, billing for {{homeownerName}}' } })).toThrow('says "billing"');
  });

  it('leaves the host’s own objects unfrozen when defining a template or policy', async () => {
    const { defineTemplate } = await import('../../src/templates/engine.js');
    const source = { seed: '003_137eaa1282337539.txt' as const, section: 'All others' };
    const pattern = /money/g;
    const t = defineTemplate({ id: 'demo/x', audience: 'installer', text: 'Hi {{name}}', source, description: 'x', mustNotSay: { pattern, rule: 'no money' } });
    expect(Object.isFrozen(source)).toBe(false);
    expect(Object.isFrozen(pattern)).toBe(false);
    expect(t.mustNotSay?.pattern.flags).toBe('');
    const aliasList = ['Stronger Solar'];
    definePolicy({ name: 'x', version: '1', installerAliases: { Stronger: aliasList } });
    expect(Object.isFrozen(aliasList)).toBe(false);
  });
});
