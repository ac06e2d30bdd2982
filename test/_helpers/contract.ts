import { expect } from 'vitest';
import type { Decision } from '../../src/_lib/decision.js';
import { SopInputError } from '../../src/_lib/errors.js';
import { sourceProblem } from './seeds.js';

const ACTION_KINDS = new Set([
  'reply', 'transfer', 'refer', 'create-ticket', 'link-ticket', 'update-ticket', 'close-ticket', 'escalate',
  'notify', 'log', 'check', 'ask', 'record', 'change-setting', 'wait', 'disposition-notes', 'stop',
]);

/**
 * Asserts the decision contract: the procedure id, an outcome of the documented union, actions of
 * known kinds with a summary, messages fully rendered, replies pointing at messages that exist, and a
 * non-empty trace whose every entry cites a seed section that really is in that seed.
 */
export function expectDecision<D extends Decision>(decision: D, procedure: string, outcomes: readonly string[]): D {
  expect(decision.procedure).toBe(procedure);
  expect(outcomes).toContain(decision.outcome);
  expect(decision.policy).toEqual({ name: expect.any(String), version: expect.any(String) });
  expect(decision.actions.length).toBeGreaterThan(0);
  for (const action of decision.actions) {
    expect(ACTION_KINDS.has(action.kind), `unknown action kind ${action.kind}`).toBe(true);
    expect(action.summary.trim().length, `action ${action.kind} has no summary`).toBeGreaterThan(0);
    if (action.kind === 'reply' && action.templateId !== undefined) {
      expect(decision.messages.map((m) => m.templateId)).toContain(action.templateId);
    }
  }
  for (const message of decision.messages) {
    expect(message.text).not.toMatch(/\{\{|\}\}/);
    expect(message.text.trim().length).toBeGreaterThan(0);
  }
  expect(decision.trace.length).toBeGreaterThan(0);
  for (const entry of decision.trace) {
    expect(sourceProblem(entry.source), `rule ${entry.rule}`).toBeUndefined();
    expect(entry.rule.startsWith(procedure.split('/')[0] as string), `rule ${entry.rule} belongs to another module`).toBe(true);
    expect(entry.detail.trim().length).toBeGreaterThan(0);
  }
  expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
  return decision;
}

/** Runs `fn` and returns the {@link SopInputError} it throws (failing when it throws anything else or nothing). */
export function inputError(fn: () => unknown): SopInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SopInputError);
    return error as SopInputError;
  }
  throw new Error('expected a SopInputError, but the call returned');
}

/** The dotted paths of an input error's issues. */
export function issuePaths(error: SopInputError): string[] {
  return error.issues.map((i) => i.path.join('.'));
}

/** `path: code` of each issue of the {@link SopInputError} `fn` throws; none when it returns. */
export function issueCodes(fn: () => unknown): string[] {
  return issueLines(fn, (i) => `${i.path.join('.')}: ${i.code}`);
}

/** `path: message` of each issue of the {@link SopInputError} `fn` throws; none when it returns. */
export function issueMessages(fn: () => unknown): string[] {
  return issueLines(fn, (i) => `${i.path.join('.')}: ${i.message}`);
}

function issueLines(fn: () => unknown, line: (issue: SopInputError['issues'][number]) => string): string[] {
  try {
    fn();
  } catch (error) {
    return (error as SopInputError).issues.map(line);
  }
  return [];
}

/** Deep-freezes a value so a test can prove a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The decision inside a procedure's result (the state machine returns `{ state, decision }`). */
export function decisionOf(result: unknown): Decision {
  return (result as { decision?: Decision }).decision ?? (result as Decision);
}
