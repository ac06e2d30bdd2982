import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, fnv1a64 } from '../../src/_lib/hash.js';
import { fnv1a64Reference, utf16Text } from '../_helpers/text.js';
import { LIBRARY_VERSION } from '../../src/_lib/version.js';
import { internalsOf } from '../../src/policy/brand.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { definePolicy } from '../../src/policy/define.js';
import { procedures } from '../../src/procedures.js';
import { firstResponseSla } from '../../src/service-desk/first-response-sla.js';

/** The decision of a procedure's result (pv-watts-outage/step returns { state, decision }). */
const decisionOf = (r: unknown) => ((r as { decision?: unknown }).decision ?? r) as { stamp: { facts: string; policy: unknown; library: string } };

/** Changes every string, number and array reachable from `value` except under `stamp`. */
function scramble(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value) || Object.isFrozen(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === 'stamp') continue;
    const v = record[key];
    if (!Object.getOwnPropertyDescriptor(record, key)?.writable) continue;
    if (typeof v === 'number') record[key] = v + 1;
    else if (typeof v === 'string') record[key] = `${v}!`;
    else if (Array.isArray(v)) {
      scramble(v, seen);
      if (Object.isExtensible(v)) v.push('extra');
    } else scramble(v, seen);
  }
}

describe('content hashes', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('FNV-1a 64 of %j is %s (the published test vectors)', (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
  });
  it('hashes the UTF-8 bytes: é (2 bytes), € (3 bytes), 😀 (4 bytes), a lone surrogate as U+FFFD', () => {
    for (const t of ['é', '€uro', 'x😀y', 'a\ud800b', '\udc00', 'z\ud83d']) expect(fnv1a64(t)).toBe(fnv1a64Reference(t));
    fc.assert(fc.property(utf16Text, (t) => fnv1a64(t) === fnv1a64Reference(t)), { numRuns: 2000 });
  });
  it('writes the same canonical JSON as sorting keys and joining parts (the reference)', () => {
    const reference = (v: unknown): string => {
      if (v === null || typeof v !== 'object') return typeof v === 'function' ? '"function"' : (JSON.stringify(v) as string | undefined) ?? 'null';
      if (Array.isArray(v)) return `[${Array.from(v, reference).join(',')}]`;
      const r = v as Record<string, unknown>;
      const parts = Object.keys(r)
        .sort()
        .filter((k) => r[k] !== undefined)
        .map((k) => `${JSON.stringify(k)}:${reference(r[k])}`);
      return `{${parts.join(',')}}`;
    };
    const value = fc.anything({ withNullPrototype: true, withObjectString: false, withBoxedValues: false, withMap: false, withSet: false, withDate: false, withTypedArray: false, withSparseArray: false });
    fc.assert(fc.property(value, (v) => canonicalJson(v) === reference(v)), { numRuns: 2000 });
    expect(canonicalJson([undefined, () => 1, { a: undefined }, []])).toBe('[null,"function",{},[]]');
  });
  it('writes canonical JSON: sorted keys, no undefined, dates as ISO strings, functions named', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x', { d: undefined, c: -0 }] })).toBe('{"a":[true,null,"x",{"c":0}],"b":1}');
    expect(canonicalJson(new Date(0))).toBe('"1970-01-01T00:00:00.000Z"');
    expect(canonicalJson({ f: () => 1 })).toBe('{"f":"function"}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(contentHash({ a: 1, b: { c: 2, d: 3 } })).toBe(contentHash({ b: { d: 3, c: 2 }, a: 1 }));
    expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]));
  });
});

describe('the decision stamp', () => {
  it('names the library version of package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(LIBRARY_VERSION).toBe(pkg.version);
    expect(decisionOf(firstResponseSla({ createdAt: '2026-11-23T09:00:00Z', now: '2026-11-23T09:00:00Z' })).stamp.library).toBe(pkg.version);
  });
  it('names the policy, its revision and a hash of its values, computed once per policy', () => {
    const d = firstResponseSla({ createdAt: '2026-11-23T09:00:00Z', now: '2026-11-23T09:00:00Z' });
    const values = defaultPolicy;
    expect(d.stamp.policy).toEqual({ name: 'everbright-sops', version: '2026-11-23', revision: null, hash: contentHash(values) });
    expect(d.stamp.policy).toBe(internalsOf(defaultPolicy).stamp);
    const other = definePolicy({ name: 'everbright-sops', version: '2026-11-23', serviceDesk: { atRiskMinutes: 20 } });
    expect(firstResponseSla({ createdAt: '2026-11-23T09:00:00Z', now: '2026-11-23T09:00:00Z' }, { policy: other }).stamp.policy.hash).not.toBe(d.stamp.policy.hash);
  });
  it('hashes the parsed facts: the same facts in any key order or offset give the same hash', () => {
    const a = firstResponseSla({ createdAt: '2026-11-23T09:00:00Z', now: '2026-11-23T10:00:00Z' });
    const b = firstResponseSla({ now: '2026-11-23T02:00:00-08:00', createdAt: new Date('2026-11-23T09:00:00Z') });
    const c = firstResponseSla({ createdAt: '2026-11-23T09:00:00Z', now: '2026-11-23T10:00:01Z' });
    expect(a.stamp.facts).toBe(b.stamp.facts);
    expect(a.stamp.facts).toBe(contentHash({ createdAt: Date.parse('2026-11-23T09:00:00Z'), now: Date.parse('2026-11-23T10:00:00Z') }));
    expect(c.stamp.facts).not.toBe(a.stamp.facts);
    expect(JSON.parse(JSON.stringify(a)).stamp).toEqual({ library: LIBRARY_VERSION, policy: a.stamp.policy, facts: a.stamp.facts });
    // facts is a getter of the stamp's class: for…in lists it, JSON writes it, Object.keys does not.
    const listed: string[] = [];
    for (const key in a.stamp) listed.push(key);
    expect(listed).toEqual(['library', 'policy', 'facts']);
    expect(Object.keys(a.stamp)).toEqual(['library', 'policy']);
    expect(a.stamp).toEqual({ library: LIBRARY_VERSION, policy: a.stamp.policy, facts: a.stamp.facts });
    expect(a.stamp).not.toEqual({ library: LIBRARY_VERSION, policy: a.stamp.policy, facts: 'something else' });
  });
  describe.each(procedures.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    it.each(p.examples.map((e) => [e.name, e] as const))('a late read of the facts hash equals an early one, whatever the host changes in the decision (%s)', (_name, e) => {
      const early = decisionOf(p.decide(e.facts, e.options as never)).stamp.facts;
      const result = p.decide(e.facts, e.options as never);
      scramble(result);
      expect(decisionOf(result).stamp.facts).toBe(early);
    });
  });
});

describe('FNV-1a 64 at the UTF-8 length boundaries', () => {
  it('encodes U+007F/U+0080, U+07FF/U+0800 and the surrogate range ends as TextEncoder does', () => {
    for (const t of ['\x7f', '\x80', '\u07ff', '\u0800', '\ud7ff', '\ud800\udc00', '\udbff\udfff', '\udbff\udc00', '\ud800\udbff', '\udbffx', '\ue000']) {
      expect(fnv1a64(t)).toBe(fnv1a64Reference(t));
    }
  });
});
