import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import type { Rule } from '../../src/_lib/decision.js';
import { SEEDS } from '../../src/_lib/sources.js';
import { sourceProblem } from '../_helpers/seeds.js';

const rulesets = Object.entries(api).filter(([name]) => name.endsWith('_RULES')) as [string, Record<string, Rule>][];

describe('citations', () => {
  it('finds the rules of every module', () => {
    expect(rulesets.map(([name]) => name)).toContain('PTO_RULES');
  });

  it.each(rulesets)('%s: every rule has a unique id and quotes its seed verbatim', (_name, rules) => {
    for (const rule of Object.values(rules)) {
      expect(sourceProblem(rule.source), rule.id).toBeUndefined();
    }
  });

  it('has no rule id twice across modules', () => {
    const ids = rulesets.flatMap(([, rules]) => Object.values(rules).map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('quotes every policy value’s seed verbatim', () => {
    for (const [path, info] of Object.entries(api.POLICY_SOURCES)) {
      if (info.source) expect(sourceProblem(info.source), path).toBeUndefined();
    }
  });

  it('keeps the bundled seeds identical to the shared specification, when it is beside the repo', () => {
    const shared = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
    const local = fileURLToPath(new URL('../../docs/seeds/', import.meta.url));
    expect(readdirSync(local).sort()).toEqual(Object.values(SEEDS).sort());
    if (!existsSync(shared)) return;
    for (const file of Object.values(SEEDS)) {
      expect(readFileSync(`${local}${file}`, 'utf8'), file).toBe(readFileSync(`${shared}${file}`, 'utf8'));
    }
  });
});
