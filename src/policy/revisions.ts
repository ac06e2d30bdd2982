import * as z from 'zod/mini';
import type { SopIssue } from '../_lib/errors.js';
import { CalendarDateSchema, dayInZone, formatDay, instantMs } from '../_lib/time.js';
import { safeParseInput, toSopIssues } from '../_lib/validate.js';
import type { TraceEntry } from '../_lib/decision.js';
import { SEEDS } from '../_lib/sources.js';
import type { Policy } from './brand.js';
import type { DeepPartial, PolicyValues } from './schema.js';

/** A dated change of a policy, as `definePolicy` takes it (SOPS.md item 19). */
export interface PolicyRevisionInput {
  /** The first day the changes are in force, `YYYY-MM-DD`, in the policy's time zone. */
  readonly effectiveFrom: string;
  /** Where the change comes from, for example "wiki version 15". */
  readonly note: string;
  /** The values that change, merged onto the revision before (objects key by key; arrays replace). */
  readonly changes: DeepPartial<Omit<PolicyValues, 'name' | 'version'>>;
}

/** One revision of a policy: the date it takes effect (`null` for the base values), its note and its values. */
export interface PolicyRevision {
  readonly effectiveFrom: string | null;
  readonly note: string;
  readonly policy: Policy;
}

const RevisionSchema = /* @__PURE__ */ (() => z.strictObject({
  effectiveFrom: CalendarDateSchema,
  note: z.string().check(z.trim(), z.minLength(1, 'must not be empty')),
  changes: z.record(z.string(), z.unknown(), { error: 'expected an object of the values that change' }),
}))();

/**
 * The revisions given to `definePolicy`, checked: each well formed, with no name or version among
 * its changes, and dates strictly increasing (no duplicates, no disorder). @internal
 */
export function parseRevisions(value: unknown, issues: SopIssue[]): PolicyRevisionInput[] {
  if (value === undefined) return [];
  const parsed = safeParseInput(z.array(RevisionSchema, { error: 'expected a list of { effectiveFrom, note, changes }' }), value);
  if (!parsed.success) {
    issues.push(...toSopIssues(parsed.error, ['revisions']));
    return [];
  }
  parsed.data.forEach((r, i) => {
    for (const key of ['name', 'version'] as const) {
      if (key in r.changes) issues.push({ path: ['revisions', i, 'changes', key], code: 'identity_in_revision', message: `a revision cannot change the policy's ${key}; give the policy a new ${key} instead` });
    }
    const before = parsed.data[i - 1];
    if (before !== undefined && r.effectiveFrom <= before.effectiveFrom) {
      issues.push({
        path: ['revisions', i, 'effectiveFrom'],
        code: 'revision_order',
        message: `${r.effectiveFrom} is not after the revision before it (${before.effectiveFrom}); list revisions by date, each date once`,
      });
    }
  });
  return parsed.data as PolicyRevisionInput[];
}

const revisionsOf = new WeakMap<Policy, readonly PolicyRevision[]>();
/** The trace entry of each revision's policy (the base included), written once when the policy is defined. */
const revisionEntries = new WeakMap<Policy, TraceEntry>();

/** Where the trace entry of the revision in force cites: the seeds are dated versions of wiki pages. */
const REVISION_SOURCE = { seed: SEEDS.serviceDesk, section: 'You are viewing an old version of this page. View the current version.' } as const;

/** Records a base policy's revisions, base first (`definePolicy` does, once). @internal */
export function registerRevisions(base: Policy, list: readonly PolicyRevision[]): Policy {
  revisionsOf.set(base, Object.freeze(list));
  const dates = list.map((r) => r.effectiveFrom ?? 'base').join(', ');
  for (const revision of list) {
    const which = revision.effectiveFrom === null ? 'its base values' : `its revision of ${revision.effectiveFrom}`;
    revisionEntries.set(
      revision.policy,
      Object.freeze({
        rule: 'policy/revision',
        source: REVISION_SOURCE,
        detail: `Decided under ${which} (${revision.note}), the latest in force on the decision's date (SOPS.md item 19); policy ${base.name} ${base.version} has ${dates}.`,
      }),
    );
  }
  return base;
}

/**
 * The trace entry saying which revision a decision was made under (SOPS.md item 19), or `undefined`
 * for a policy without dated revisions. @internal
 */
export function revisionTraceEntry(policy: Policy): TraceEntry | undefined {
  return revisionEntries.get(policy);
}

/** What the default policy's base values come from (SOPS.md item 19). */
const SEED_NOTE = 'the seed pages as exported (each seed file is its source; SOPS.md item 19)';

/**
 * The revisions of a policy in date order, its base values first (`effectiveFrom: null`). The
 * default policy has one: the seed pages as exported (SOPS.md item 19).
 *
 * @param policy - a policy made by `definePolicy`, or `defaultPolicy`
 * @returns the revisions, base first
 *
 * @example
 * ```ts
 * import { definePolicy, policyRevisions } from 'solar-sop';
 * const policy = definePolicy({ name: 'acme', version: '2027', revisions: [
 *   { effectiveFrom: '2027-03-01', note: 'wiki version 15', changes: { ptoDelay: { noContactInstallers: ['Blue Hammer', 'Stronger', 'Acme'] } } },
 * ] });
 * policyRevisions(policy).map((r) => r.effectiveFrom); //=> [null, '2027-03-01']
 * ```
 */
export function policyRevisions(policy: Policy): readonly PolicyRevision[] {
  return revisionsOf.get(policy) ?? [{ effectiveFrom: null, note: policy.name === 'everbright-sops' && policy.version === '2026-11-23' ? SEED_NOTE : 'the base values', policy }];
}

/**
 * The values of a policy in force on a date: its latest revision that takes effect on or before
 * `asOf`, or its base values before the first.
 *
 * @param policy - a policy made by `definePolicy`, or `defaultPolicy`
 * @param asOf - `YYYY-MM-DD`
 * @returns the policy of that revision (its stamp names the revision)
 *
 * @example
 * ```ts
 * import { definePolicy, policyInForce } from 'solar-sop';
 * const policy = definePolicy({ name: 'acme', version: '2027', revisions: [
 *   { effectiveFrom: '2027-07-01', note: 'longer grace', changes: { ptoDelay: { gracePeriodDays: 90 } } },
 * ] });
 * policyInForce(policy, '2027-06-30').ptoDelay.gracePeriodDays; //=> 60
 * policyInForce(policy, '2027-07-01').ptoDelay.gracePeriodDays; //=> 90
 * ```
 */
export function policyInForce(policy: Policy, asOf: string): Policy {
  const list = revisionsOf.get(policy);
  if (list === undefined) return policy;
  let inForce = policy;
  for (const r of list) if (r.effectiveFrom !== null && r.effectiveFrom <= asOf) inForce = r.policy;
  return inForce;
}

/** Whether a policy has dated revisions. @internal */
export function hasRevisions(policy: Policy): boolean {
  return revisionsOf.has(policy);
}

/** The date of the facts' `now` in `timeZone`, or `undefined` when they have no readable `now`. @internal */
export function dateOfNow(facts: unknown, timeZone: string): string | undefined {
  const now = typeof facts === 'object' && facts !== null ? (facts as { now?: unknown }).now : undefined;
  const ms = typeof now === 'string' ? instantMs(now) : now instanceof Date ? now.getTime() : Number.NaN;
  return Number.isNaN(ms) ? undefined : formatDay(dayInZone(ms, timeZone));
}
