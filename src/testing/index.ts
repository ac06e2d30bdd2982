/**
 * Rule tests for a host's CI: read case files (YAML or JSON), run them under the host's policy,
 * and see which outcomes and SOP rules the suite reached. The same engine as `solar-sop test`.
 *
 * @packageDocumentation
 */
export { ruleCoverage } from './coverage.js';
export type { ProcedureCoverage, RuleCoverage, Share } from './coverage.js';
export { loadCaseFiles } from './load.js';
export type { CaseFailure } from './match.js';
export { CaseFileError, parseCases } from './parse.js';
export type { CaseFileIssue, CaseLocation, LoadedCase } from './parse.js';
export { runCases } from './run.js';
export type { CaseInput, CaseResult, RunCasesOptions } from './run.js';
export { casesJsonSchema, CaseExpectation, TestCaseSchema } from './schema.js';
export type { TestCase, TestCaseInput } from './schema.js';
export { completenessProblems } from './contract.js';
export { checkPolicy } from './policy-check.js';
export type { CheckPolicyOptions, Invariant, PolicyCheckResult, PolicyProblem } from './policy-check.js';
export { diffPolicies } from './policy-diff.js';
export type { DecisionChange, DecisionView, PolicyDiff, PolicyValueChange } from './policy-diff.js';
export type { ProcedureInfo, ProcedureExample } from '../_lib/procedure.js';
export type { Rule } from '../_lib/decision.js';
