/** One expectation a case did not meet: where, what was expected, and what the decision had. */
export interface CaseFailure {
  /** The 1-based step of a multi-step case; absent for a single decision. */
  readonly step?: number;
  /** Where in the expectation, for example `outcome`, `decision.firstPaymentDueOn`, `actions.include[0]`. */
  readonly path: string;
  /** A sentence saying what is wrong. */
  readonly message: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** A failure before its step is known. */
export type Failure = Omit<CaseFailure, 'step'>;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Short JSON for messages. */
export function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/**
 * Matches `actual` against `expected` deeply and partially: an expected object may name fewer keys
 * than the actual one; arrays match item by item and must have the same length; other values must
 * be equal. Pushes one failure per mismatch, at the deepest path.
 */
export function partialMatch(expected: unknown, actual: unknown, path: string, out: Failure[]): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push({ path, message: `expected a list of ${expected.length} item${expected.length === 1 ? '' : 's'}, got ${show(actual)}`, expected, actual });
      return;
    }
    expected.forEach((item, i) => partialMatch(item, actual[i], `${path}[${i}]`, out));
    return;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) {
      out.push({ path, message: `expected an object, got ${show(actual)}`, expected, actual });
      return;
    }
    for (const [key, value] of Object.entries(expected)) partialMatch(value, actual[key], `${path}.${key}`, out);
    return;
  }
  if (!Object.is(expected, actual)) out.push({ path, message: `expected ${show(expected)}, got ${show(actual)}`, expected, actual });
}

/** Whether `actual` matches the partial `pattern` (see {@link partialMatch}). */
export function matches(pattern: unknown, actual: unknown): boolean {
  const out: Failure[] = [];
  partialMatch(pattern, actual, '', out);
  return out.length === 0;
}
