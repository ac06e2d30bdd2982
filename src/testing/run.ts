import * as z from 'zod/mini';
import type { Action, Decision, Message } from '../_lib/decision.js';
import { SopInputError, formatPath, type SopIssue } from '../_lib/errors.js';
import type { ProcedureInfo } from '../_lib/procedure.js';
import { safeParseInput, toSopIssues } from '../_lib/validate.js';
import { isPolicy, type Policy } from '../policy/brand.js';
import { defaultPolicy } from '../policy/default.js';
import { definePolicy } from '../policy/define.js';
import type { PolicyOverrides } from '../policy/schema.js';
import { findProcedure } from '../procedures.js';
import { completenessProblems } from './contract.js';
import { matches, partialMatch, show, type CaseFailure, type Failure } from './match.js';
import type { CaseLocation } from './parse.js';
import { TestCaseSchema, type CaseExpectation, type TestCase, type TestCaseInput } from './schema.js';

/** A case to run: as written in a case file, with where it came from when known. */
export type CaseInput = TestCaseInput & { readonly location?: CaseLocation };

/** Options for {@link runCases}. */
export interface RunCasesOptions {
  /** The suite's policy: overrides for `definePolicy`, or a policy it made. Each case's `policy` merges over it. */
  readonly policy?: PolicyOverrides | Policy;
}

/** What one case gave. */
export interface CaseResult {
  readonly name: string;
  readonly procedure: string;
  readonly location?: CaseLocation;
  /** `true` when every expectation held (and nothing threw that was not expected). */
  readonly passed: boolean;
  /** Every expectation that did not hold, in the order of the expectation; empty when passed. */
  readonly failures: readonly CaseFailure[];
  /** The outcome of each decision made (one per step). */
  readonly outcomes: readonly string[];
  /** The rule ids in the trace of every decision made, in order, each once. */
  readonly rules: readonly string[];
}

/** What a decision call gave: a decision (and a state, for a step), or what it threw. @internal */
export type Attempt = { readonly ok: true; readonly decision: Decision; readonly state?: unknown } | { readonly ok: false; readonly error: unknown };

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Objects merge key by key; anything else replaces (as definePolicy merges). */
function merge(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = merge(base[key], value);
  return out;
}

function attempt(p: ProcedureInfo, facts: unknown, options: { policy: Policy; timeZone?: string }): Attempt {
  try {
    const result = p.decide(facts, options) as { decision?: Decision; state?: unknown };
    return result.decision ? { ok: true, decision: result.decision, state: result.state } : { ok: true, decision: result as unknown as Decision };
  } catch (error) {
    return { ok: false, error };
  }
}

function errorText(error: unknown): string {
  // Procedures throw only Error objects (documented errors, or a defect).
  return `${(error as Error).name}: ${(error as Error).message}`;
}

/** An action without its summary: what patterns are matched against, in a readable failure. */
function brief(action: Action): Record<string, unknown> {
  const { summary: _summary, ...rest } = action;
  return rest;
}

function selectMessages(messages: readonly Message[], e: NonNullable<CaseExpectation['messages']>[number]): Message[] {
  return messages.filter(
    (m) => (e.templateId === undefined || m.templateId === e.templateId) && (e.audience === undefined || m.audience === e.audience) && (e.channel === undefined || m.channel === e.channel),
  );
}

function checkDecision(e: CaseExpectation, decision: Decision, state: unknown, out: Failure[]): void {
  if (e.error !== undefined) {
    out.push({ path: 'error', message: `expected ${e.error.type}, but the procedure decided ${show(decision.outcome)}`, expected: e.error, actual: decision.outcome });
    return;
  }
  if (e.outcome !== undefined && e.outcome !== decision.outcome) {
    out.push({ path: 'outcome', message: `expected outcome ${show(e.outcome)}, got ${show(decision.outcome)}`, expected: e.outcome, actual: decision.outcome });
  }
  if (e.decision !== undefined) partialMatch(e.decision, decision, 'decision', out);
  if (e.state !== undefined) partialMatch(e.state, state, 'state', out);
  e.actions?.include?.forEach((pattern, i) => {
    if (!decision.actions.some((a) => matches(pattern, a))) {
      out.push({ path: `actions.include[${i}]`, message: `no action matches ${show(pattern)}`, expected: pattern, actual: decision.actions.map(brief) });
    }
  });
  e.actions?.exclude?.forEach((pattern, i) => {
    const found = decision.actions.filter((a) => matches(pattern, a));
    if (found.length > 0) {
      out.push({ path: `actions.exclude[${i}]`, message: `${found.length} action${found.length === 1 ? '' : 's'} match ${show(pattern)}`, expected: pattern, actual: found.map(brief) });
    }
  });
  e.messages?.forEach((m, i) => {
    const selected = selectMessages(decision.messages, m);
    const selector = { templateId: m.templateId, audience: m.audience, channel: m.channel };
    if (selected.length === 0 && (m.templateId ?? m.audience ?? m.channel) !== undefined) {
      out.push({
        path: `messages[${i}]`,
        message: `no message matches ${show(selector)}`,
        expected: selector,
        actual: decision.messages.map((x) => ({ templateId: x.templateId, audience: x.audience, channel: x.channel })),
      });
      return;
    }
    m.contains?.forEach((text, j) => {
      if (!selected.some((x) => x.text.includes(text))) {
        out.push({ path: `messages[${i}].contains[${j}]`, message: `no selected message says ${show(text)}`, expected: text, actual: selected.map((x) => x.text) });
      }
    });
    m.notContains?.forEach((text, j) => {
      const saying = selected.filter((x) => x.text.includes(text));
      if (saying.length > 0) {
        out.push({ path: `messages[${i}].notContains[${j}]`, message: `${saying.map((x) => x.templateId).join(', ')} says ${show(text)}`, expected: text, actual: saying.map((x) => x.text) });
      }
    });
  });
  const fired = decision.trace.map((t) => t.rule);
  e.rules?.forEach((rule, i) => {
    if (!fired.includes(rule)) out.push({ path: `rules[${i}]`, message: `rule ${rule} did not fire`, expected: rule, actual: fired });
  });
}

function checkError(e: CaseExpectation | undefined, error: unknown, out: Failure[]): void {
  if (e?.error === undefined) {
    out.push({ path: 'error', message: `expected a decision, but it threw ${errorText(error)}`, expected: 'a decision', actual: errorText(error) });
    return;
  }
  const x = e.error;
  const name = (error as Error).name;
  if (name !== x.type) {
    out.push({ path: 'error.type', message: `expected ${x.type}, but it threw ${errorText(error)}`, expected: x.type, actual: name });
    return;
  }
  const issues = (error as { issues?: readonly SopIssue[] }).issues ?? [];
  const paths = issues.map((i) => formatPath(i.path));
  const codes = issues.map((i) => i.code);
  x.paths?.forEach((path, i) => {
    if (!paths.includes(path)) out.push({ path: `error.paths[${i}]`, message: `the error does not name ${show(path)}`, expected: path, actual: paths });
  });
  x.codes?.forEach((code, i) => {
    if (!codes.includes(code)) out.push({ path: `error.codes[${i}]`, message: `the error has no issue with code ${show(code)}`, expected: code, actual: codes });
  });
  if (x.message !== undefined && !(error as Error).message.includes(x.message)) {
    out.push({ path: 'error.message', message: `the error’s message does not say ${show(x.message)}`, expected: x.message, actual: (error as Error).message });
  }
}

/** The policy of a case: the suite's, or the case's overrides merged over it (one per distinct override). @internal */
export class Policies {
  private readonly made = new Map<string, Policy>();
  readonly suite: Policy;

  constructor(private readonly base: PolicyOverrides | Policy | undefined) {
    this.suite = base === undefined ? defaultPolicy : isPolicy(base) ? base : definePolicy(base);
  }

  of(overrides: Record<string, unknown> | undefined): Policy {
    if (overrides === undefined) return this.suite;
    const key = JSON.stringify(overrides);
    let policy = this.made.get(key);
    if (policy === undefined) {
      const identity = { name: this.suite.name, version: this.suite.version };
      policy = definePolicy(merge(merge(identity, this.base ?? {}), overrides) as PolicyOverrides);
      this.made.set(key, policy);
    }
    return policy;
  }
}

function withNow(p: ProcedureInfo, facts: Record<string, unknown>, now: string | undefined): Record<string, unknown> {
  return p.usesNow && now !== undefined && !('now' in facts) ? { ...facts, now } : facts;
}

/**
 * Makes the decisions of a case under `policy`: one, or one per step, each step starting from the
 * state the previous one returned. Stops after a step that threw what its expectation did not ask
 * for, unless `everyStep` (then the next step starts from the last state there is).
 * @internal
 */
export function decideCase(c: TestCase, policy: Policy, everyStep = false): Attempt[] {
  const p = findProcedure(c.procedure) as ProcedureInfo;
  const options = c.options?.timeZone === undefined ? { policy } : { policy, timeZone: c.options.timeZone };
  const attempts: Attempt[] = [];
  let state = c.facts['state'];
  for (const step of c.steps ?? [{ event: undefined, expect: c.expect }]) {
    const facts =
      step.event === undefined ? withNow(p, c.facts, c.now) : state === undefined ? { ...c.facts, event: step.event } : { state, event: step.event };
    const got = attempt(p, facts, options);
    attempts.push(got);
    if (got.ok && got.state !== undefined) state = got.state;
    // A step that threw what nobody expected leaves no state to go on from.
    if (!got.ok && !everyStep && step.expect?.error === undefined) break;
  }
  return attempts;
}

function runOne(c: TestCase, policies: Policies): Omit<CaseResult, 'name' | 'procedure' | 'location' | 'passed'> {
  const failures: CaseFailure[] = [];
  const outcomes: string[] = [];
  const rules = new Set<string>();
  let policy: Policy;
  try {
    policy = policies.of(c.policy);
  } catch (error) {
    const issues = (error as SopInputError).issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    failures.push({ path: 'policy', message: `the case’s policy overrides are invalid: ${issues.join('; ')}`, expected: 'valid policy overrides', actual: c.policy });
    return { failures, outcomes, rules: [] };
  }
  decideCase(c, policy).forEach((got, i) => {
    const expect = c.steps === undefined ? c.expect : c.steps[i]?.expect;
    const out: Failure[] = [];
    if (got.ok) {
      outcomes.push(got.decision.outcome);
      for (const t of got.decision.trace) rules.add(t.rule);
      for (const problem of completenessProblems(got.decision, findProcedure(c.procedure) as ProcedureInfo)) {
        out.push({ path: 'decision', message: `the decision ${problem}`, expected: 'a complete decision', actual: got.decision });
      }
      if (expect !== undefined) checkDecision(expect, got.decision, got.state, out);
    } else {
      checkError(expect, got.error, out);
    }
    for (const f of out) failures.push(c.steps === undefined ? f : { step: i + 1, ...f });
  });
  return { failures, outcomes, rules: [...rules] };
}

/** Validates cases written in code (paths start with the case's index). @internal */
export function validateCases(cases: readonly CaseInput[]): { c: TestCase; location: CaseLocation | undefined }[] {
  const issues: SopIssue[] = [];
  const parsed: { c: TestCase; location: CaseLocation | undefined }[] = [];
  cases.forEach((input, i) => {
    const { location, ...rest } = input;
    const r = safeParseInput(TestCaseSchema, rest);
    if (r.success) parsed.push({ c: r.data, location });
    else issues.push(...toSopIssues(r.error, [i]));
  });
  if (issues.length > 0) throw new SopInputError('cases', issues);
  return parsed;
}

/**
 * Runs test cases (read with {@link parseCases} or {@link loadCaseFiles}, or written in code) and
 * says, for each, whether every expectation held and, when not, what was expected and what the
 * decision had. Every decision must also be complete (see {@link completenessProblems}): a
 * message left empty or unrendered under the host's policy fails its case. Pure: the same cases and policy give the same results. Use it from vitest or
 * node:test, or through `solar-sop test`.
 *
 * @param cases - the cases
 * @param options - `policy`: the suite's policy (overrides or a policy `definePolicy` made)
 * @returns one result per case, in order
 * @throws SopInputError when a case is invalid (paths start with its index) or the suite's policy is
 *
 * @example
 * ```ts
 * import { runCases } from 'solar-sop/testing';
 * const [result] = runCases([{
 *   name: 'Day 60 ends the grace period',
 *   procedure: 'pto-delay/first-payment-timing',
 *   facts: { m2ApprovedOn: '2026-09-25', installer: 'Top Electric' },
 *   now: '2026-11-24T12:00:00-08:00',
 *   expect: { outcome: 'grace-ended', rules: ['pto-delay/grace-period'] },
 * }]);
 * result?.passed; //=> true
 * ```
 */
export function runCases(cases: readonly CaseInput[], options: RunCasesOptions = {}): CaseResult[] {
  const parsed = validateCases(cases);
  const policies = new Policies(options.policy);
  return parsed.map(({ c, location }) => {
    const r = runOne(c, policies);
    return { name: c.name, procedure: c.procedure, ...(location ? { location } : {}), passed: r.failures.length === 0, ...r };
  });
}
