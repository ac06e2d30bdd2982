import type * as z from 'zod';
import { SopInputError, type SopIssue } from './errors.js';

function describe(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'invalid_type') {
    const value = issue.path.reduce<unknown>(
      (v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
      input,
    );
    if (value === undefined) return `is required (expected ${issue.expected})`;
    return `expected ${issue.expected}, got ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
  }
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return issue.message;
}

/** Converts zod issues into {@link SopIssue}s with sentences a host developer can act on. */
export function toSopIssues(error: z.ZodError, input: unknown, prefix: readonly (string | number)[] = []): SopIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: describe(issue, input),
    code: issue.code,
  }));
}

/**
 * Parses `input` with `schema`, or throws {@link SopInputError} listing every problem.
 * @internal
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, subject: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new SopInputError(subject, toSopIssues(result.error, input));
}
