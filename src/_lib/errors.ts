import { MAX_REPORTED_ISSUES } from './limits.js';

/**
 * One problem with the input of a public function: where it is and what to do about it.
 */
export interface SopIssue {
  /** Path to the bad value, for example `["site", "city"]`; empty for the whole input. */
  readonly path: readonly (string | number)[];
  /** A sentence a host developer can act on. */
  readonly message: string;
  /** A stable machine-readable code (zod's issue code, or one of ours). */
  readonly code: string;
}

/**
 * Formats an issue path as people read it: `site.city`, `followUps[2]`, or `(root)` for the input
 * itself.
 *
 * @param path - the path of a {@link SopIssue}
 * @returns the path as text
 *
 * @example
 * ```ts
 * import { formatPath } from 'solar-sop';
 * formatPath(['followUps', 2]); //=> 'followUps[2]'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * Marks an error as one of solar-sop's. `Symbol.for` gives the same key in every copy of the
 * package loaded at once (an ESM and a CJS copy, two versions), where `instanceof` fails.
 */
const ERROR_BRAND = Symbol.for('solar-sop.error');

/** Brands a solar-sop error, so the `is…Error` guards recognize it across copies. @internal */
export function brandError(error: Error): void {
  Object.defineProperty(error, ERROR_BRAND, { value: true });
}

/** Whether `value` is a branded solar-sop error named `name`. @internal */
export function isBranded(value: unknown, name: string): boolean {
  // No `instanceof Error`: an error from another realm (a vm context, a worker's copy) is not one.
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ERROR_BRAND] === true && (value as Error).name === name;
}

/**
 * Whether `value` is a {@link SopInputError}, from this copy of solar-sop or any other loaded
 * beside it (an ESM and a CJS copy, where `instanceof` says `false`).
 *
 * @param value - anything caught
 * @returns `true` for a SopInputError of any copy of solar-sop
 *
 * @example
 * ```ts
 * import { closeEligibility, isSopInputError } from 'solar-sop';
 * let codes: string[] = [];
 * try {
 *   closeEligibility({});
 * } catch (error) {
 *   if (isSopInputError(error)) codes = [...new Set(error.issues.map((issue) => issue.code))];
 * }
 * codes; //=> ['invalid_union', 'invalid_type']
 * ```
 */
export function isSopInputError(value: unknown): value is SopInputError {
  return isBranded(value, 'SopInputError');
}

/**
 * Whether `value` is a {@link TemplateError}, from this copy of solar-sop or any other loaded beside it.
 *
 * @param value - anything caught
 * @returns `true` for a TemplateError of any copy of solar-sop
 *
 * @example
 * ```ts
 * import { isTemplateError, renderTemplate, ptoInstallerMessage } from 'solar-sop';
 * let missing: string[] = [];
 * try {
 *   renderTemplate(ptoInstallerMessage, {});
 * } catch (error) {
 *   if (isTemplateError(error)) missing = error.issues.map((issue) => issue.variable);
 * }
 * missing.length > 0; //=> true
 * ```
 */
export function isTemplateError(value: unknown): value is TemplateError {
  return isBranded(value, 'TemplateError');
}

/**
 * Thrown when the facts, options or policy given to a public function are invalid.
 * Holds every problem found, never only the first, up to 50: beyond that, `issues` keeps the first
 * 50 and `omitted` counts the rest (so a list of a million bad items gives a short error).
 *
 * @example
 * ```ts
 * import { firstPaymentTiming, SopInputError } from 'solar-sop';
 * let paths: unknown[] = [];
 * try {
 *   firstPaymentTiming({ m2ApprovedOn: '2026-13-01', installer: 'Top Electric', now: '2026-11-23T12:00:00Z' });
 * } catch (error) {
 *   if (error instanceof SopInputError) paths = error.issues.map((issue) => issue.path);
 * }
 * paths; //=> [['m2ApprovedOn']]
 * ```
 */
export class SopInputError extends Error {
  override readonly name = 'SopInputError';
  /** What was being validated, for example `pto-delay/first-payment-timing`. */
  readonly subject: string;
  /** The problems found, in order, at most 50; never empty. */
  readonly issues: readonly SopIssue[];
  /** How many more problems were found than `issues` lists (0 for 50 or fewer). */
  readonly omitted: number;

  constructor(subject: string, issues: readonly SopIssue[]) {
    const kept = issues.length > MAX_REPORTED_ISSUES ? issues.slice(0, MAX_REPORTED_ISSUES) : issues;
    const omitted = issues.length - kept.length;
    const list = kept.map((i) => `  - ${formatPath(i.path)}: ${i.message}`).join('\n');
    const more = omitted === 0 ? '' : `\n  … and ${omitted} more problem${omitted === 1 ? '' : 's'} not listed`;
    super(`Invalid input for ${subject} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${list}${more}`);
    this.subject = subject;
    this.issues = kept;
    this.omitted = omitted;
    brandError(this);
  }
}

/** One variable a template needed but did not get. */
export interface TemplateIssue {
  readonly variable: string;
  readonly message: string;
}

/**
 * Thrown when a canned message cannot be rendered completely (a variable missing or empty), or a
 * template (or a policy's replacement text) is not acceptable.
 */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  readonly templateId: string;
  readonly issues: readonly TemplateIssue[];

  constructor(templateId: string, issues: readonly TemplateIssue[]) {
    const list = issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n');
    super(`Template ${templateId} cannot be used:\n${list}`);
    this.templateId = templateId;
    this.issues = issues;
    brandError(this);
  }
}
