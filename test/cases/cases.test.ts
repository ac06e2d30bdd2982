import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { procedures } from '../../src/procedures.js';
import { loadCaseFiles, ruleCoverage, runCases } from '../../src/testing/index.js';
import { failureText } from '../../src/cli/reporters.js';

const cases = loadCaseFiles([fileURLToPath(new URL('.', import.meta.url))]);
const results = runCases(cases);

describe('our own rule suite (test/cases/**/*.yaml, through runCases)', () => {
  it.each(results.map((r) => [`${r.location?.file.split('/test/cases/')[1]}:${r.location?.line} ${r.name}`, r] as const))('%s', (_title, r) => {
    expect(r.failures.map(failureText)).toEqual([]);
  });

  const coverage = ruleCoverage(results);

  it('reaches every outcome of every procedure', () => {
    expect(coverage.procedures.filter((p) => p.outcomes.missed.length > 0).map((p) => `${p.procedure}: ${p.outcomes.missed.join(', ')}`)).toEqual([]);
  });

  it('reaches every rule of every procedure (a rule no case reaches is dead or untested)', () => {
    expect(coverage.procedures.flatMap((p) => p.rules.missed.map((r) => `${p.procedure}: ${r.id}`))).toEqual([]);
    expect(coverage.rules.percent).toBe(100);
  });

  it('fires only rules a procedure lists', () => {
    for (const r of results) {
      const listed = new Set(procedures.find((p) => p.id === r.procedure)?.rules.map((x) => x.id));
      expect(r.rules.filter((id) => !listed.has(id)), r.name).toEqual([]);
    }
  });
});
