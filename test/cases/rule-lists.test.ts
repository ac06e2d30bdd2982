import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import type { Rule } from '../../src/_lib/decision.js';
import { procedures } from '../../src/procedures.js';
import { decisionOf } from '../_helpers/contract.js';

const tables = Object.entries(api).filter(([name]) => name.endsWith('_RULES')) as [string, Record<string, Rule>][];

describe('the rules each procedure can fire (the denominator of rule coverage)', () => {
  it('lists every rule of every rules table under at least one procedure', () => {
    const listed = new Set(procedures.flatMap((p) => p.rules.map((r) => r.id)));
    const unlisted = tables.flatMap(([, rules]) => Object.values(rules).map((r) => r.id)).filter((id) => !listed.has(id));
    expect(unlisted).toEqual([]);
  });

  it('lists only rules of the procedure’s own module, each once, as the rules table holds them', () => {
    const byId = new Map(tables.flatMap(([, rules]) => Object.values(rules).map((r) => [r.id, r] as const)));
    for (const p of procedures) {
      const ids = p.rules.map((r) => r.id);
      expect(new Set(ids).size, p.id).toBe(ids.length);
      for (const rule of p.rules) {
        expect(rule.id.split('/')[0], `${p.id} lists ${rule.id}`).toBe(p.id.split('/')[0]);
        expect(byId.get(rule.id), rule.id).toBe(rule);
      }
    }
  });

  it.each(procedures.map((p) => [p.id, p] as const))('%s fires only rules in its list, over all its examples', (_id, p) => {
    const listed = new Set(p.rules.map((r) => r.id));
    for (const example of p.examples) {
      for (const entry of decisionOf(p.decide(example.facts, example.options)).trace) {
        expect(listed.has(entry.rule), `${example.name} fired ${entry.rule}`).toBe(true);
      }
    }
  });
});
