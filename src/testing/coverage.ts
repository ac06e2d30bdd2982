import type { Rule } from '../_lib/decision.js';
import { procedures } from '../procedures.js';
import type { CaseResult } from './run.js';

/** What the cases of one procedure reached. */
export interface ProcedureCoverage {
  readonly procedure: string;
  /** How many cases ran it. */
  readonly cases: number;
  readonly outcomes: { readonly reached: readonly string[]; readonly missed: readonly string[] };
  /** Its rules (each with the seed passage it encodes) that fired in its cases, and those that never did. */
  readonly rules: { readonly reached: readonly Rule[]; readonly missed: readonly Rule[] };
}

/** A count reached out of a total, and the share in percent. */
export interface Share {
  readonly total: number;
  readonly reached: number;
  /** `reached / total` in percent. */
  readonly percent: number;
}

/** What a suite reached of every procedure. */
export interface RuleCoverage {
  /** One entry per procedure of the library, in `solar-sop list` order. */
  readonly procedures: readonly ProcedureCoverage[];
  /** Distinct rule ids of the library, and how many fired in some case. */
  readonly rules: Share;
  /** Outcomes of every procedure, and how many some case of that procedure reached. */
  readonly outcomes: Share;
}

function share(reached: number, total: number): Share {
  return { total, reached, percent: (reached / total) * 100 };
}

/**
 * Which outcomes and which SOP rules the cases reached, per procedure, and the share of all rules.
 * The rules a procedure can fire come from its module's rules table (`ProcedureInfo.rules`), so
 * the denominator cannot drift from the code.
 *
 * @param results - what {@link runCases} returned
 * @returns the coverage of every procedure, and the shares of rules and outcomes reached
 *
 * @example
 * ```ts
 * import { ruleCoverage, runCases } from 'solar-sop/testing';
 * const coverage = ruleCoverage(runCases([{
 *   name: 'Day 59 is within grace', procedure: 'pto-delay/first-payment-timing',
 *   facts: { m2ApprovedOn: '2026-09-25', installer: 'Top Electric', now: '2026-11-23T12:00:00-08:00' },
 * }]));
 * coverage.procedures.find((p) => p.procedure === 'pto-delay/first-payment-timing')?.outcomes.missed;
 * //=> ['grace-ended']
 * ```
 */
export function ruleCoverage(results: readonly CaseResult[]): RuleCoverage {
  const all = new Set<string>();
  const firedAnywhere = new Set<string>();
  let outcomesTotal = 0;
  let outcomesReached = 0;
  const perProcedure = procedures.map((p): ProcedureCoverage => {
    const mine = results.filter((r) => r.procedure === p.id);
    const outcomes = new Set(mine.flatMap((r) => r.outcomes));
    const fired = new Set(mine.flatMap((r) => r.rules));
    for (const rule of p.rules) all.add(rule.id);
    for (const id of fired) firedAnywhere.add(id);
    const reached = p.outcomes.filter((o) => outcomes.has(o));
    outcomesTotal += p.outcomes.length;
    outcomesReached += reached.length;
    return {
      procedure: p.id,
      cases: mine.length,
      outcomes: { reached, missed: p.outcomes.filter((o) => !outcomes.has(o)) },
      rules: { reached: p.rules.filter((r) => fired.has(r.id)), missed: p.rules.filter((r) => !fired.has(r.id)) },
    };
  });
  const reachedRules = [...all].filter((id) => firedAnywhere.has(id)).length;
  return { procedures: perProcedure, rules: share(reachedRules, all.size), outcomes: share(outcomesReached, outcomesTotal) };
}
