import { SopInputError, type SopIssue } from '../_lib/errors.js';
import { dayNumberOf, isTimeZone, quoted } from '../_lib/time.js';
import { isPolicy, type Policy } from './brand.js';
import { defaultPolicy } from './default.js';
import { dateOfNow, hasRevisions, policyInForce } from './revisions.js';

/** Options every decision function takes. */
export interface DecideOptions {
  /** The policy to decide under (made by `definePolicy`); `defaultPolicy` when absent. */
  readonly policy?: Policy;
  /** IANA time zone for calendar questions ("today", business days); the policy's when absent. */
  readonly timeZone?: string;
  /**
   * The date, `YYYY-MM-DD`, whose policy revision to decide under (SOPS.md item 19). By default the
   * date of the facts' `now` in the policy's time zone; a procedure without `now` uses the
   * policy's base values unless this is given.
   */
  readonly asOf?: string;
}

/** Options after validation. @internal */
export interface ResolvedOptions {
  readonly policy: Policy;
  readonly timeZone: string;
}

/** `value` as JSON for a message (cut to 40 characters), or its type when it has no JSON form (a cycle, a BigInt). */
function safeJson(value: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(value) ?? typeof value;
  } catch {
    json = typeof value;
  }
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

const DEFAULTS: ResolvedOptions = { policy: defaultPolicy, timeZone: defaultPolicy.calendar.timeZone };

/**
 * Validates a decision function's options. @internal
 * @throws SopInputError for an unknown option, a policy not made by `definePolicy`, or an unknown zone
 */
export function resolveOptions(options: unknown, subject: string, facts?: unknown): ResolvedOptions {
  if (options === undefined) return DEFAULTS;
  const issues: SopIssue[] = [];
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new SopInputError(subject, [{ path: ['options'], code: 'invalid_type', message: 'expected an object such as { policy }' }]);
  }
  const { policy, timeZone, asOf, ...rest } = options as Record<string, unknown>;
  for (const key of Object.keys(rest)) {
    issues.push({ path: ['options', key], code: 'unrecognized_keys', message: 'is not an option (options are policy, timeZone and asOf)' });
  }
  if (asOf !== undefined && (typeof asOf !== 'string' || dayNumberOf(asOf) === undefined)) {
    issues.push({ path: ['options', 'asOf'], code: 'invalid_date', message: `${JSON.stringify(asOf)} is not a calendar date "YYYY-MM-DD" that exists` });
  }
  if (policy !== undefined && !isPolicy(policy)) {
    issues.push({
      path: ['options', 'policy'],
      code: 'invalid_policy',
      message: 'was not made by definePolicy() of this copy of solar-sop (a policy of another copy, such as its CommonJS build, is not one); pass definePolicy({ name, version, ...overrides }) imported like the decision functions',
    });
  }
  if (timeZone !== undefined && (typeof timeZone !== 'string' || !isTimeZone(timeZone))) {
    issues.push({
      path: ['options', 'timeZone'],
      code: 'invalid_time_zone',
      message: `${typeof timeZone === 'string' ? quoted(timeZone) : safeJson(timeZone)} is not a time zone this runtime knows (use an IANA name such as "America/Los_Angeles")`,
    });
  }
  if (issues.length > 0) throw new SopInputError(subject, issues);
  const base = (policy as Policy | undefined) ?? defaultPolicy;
  const date = hasRevisions(base) ? ((asOf as string | undefined) ?? dateOfNow(facts, base.calendar.timeZone)) : undefined;
  const p = date === undefined ? base : policyInForce(base, date);
  return { policy: p, timeZone: (timeZone as string | undefined) ?? p.calendar.timeZone };
}
