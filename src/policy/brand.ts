import { buildNameIndex, type NameIndex } from '../_lib/names.js';
import { contentHash } from '../_lib/hash.js';
import type { PolicyValues } from './schema.js';

/** What a decision's stamp says about the policy values it used (see `DecisionStamp`). */
export interface PolicyStamp {
  readonly name: string;
  readonly version: string;
  /** The `effectiveFrom` date of the revision in force, or `null` for the policy's base values. */
  readonly revision: string | null;
  /** `contentHash` of the values in force. */
  readonly hash: string;
}

/** Marks objects made by `definePolicy` (or `defaultPolicy`); shared across copies of the package. */
export const POLICY_BRAND: unique symbol = Symbol.for('solar-sop.policy') as never;

/** A template text that replaced a catalog template, parsed once when the policy was defined. */
export interface CompiledOverride {
  readonly text: string;
  readonly tokens: readonly (readonly unknown[])[];
}

/** What a policy carries besides its values (not enumerable, not serialized). */
export interface PolicyInternals {
  readonly templates: ReadonlyMap<string, CompiledOverride>;
  /** Every organization, city and state name of the policy, normalized once (SOPS.md item 7). @internal */
  readonly names: NameIndex;
  /**
   * Every organization the policy names, for recording an installer in the policy's spelling: the
   * Littleton installer, the PTO lists in order, then the alias keys; each once. @internal
   */
  readonly organizations: readonly string[];
  /** The stamp of these values, hashed once when the policy is made. @internal */
  readonly stamp: PolicyStamp;
}

/** Read-only all the way down. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * A validated, frozen policy: every duration, list, address, assignee, link and template text the
 * procedures use. Make one with `definePolicy`; `defaultPolicy` reproduces the SOPs as written.
 */
export type Policy = DeepReadonly<PolicyValues> & { readonly [POLICY_BRAND]: PolicyInternals };

function deepFreeze<T>(value: T): T {
  // `Object.isFrozen(null)` is true, so null (an object to `typeof`) is left alone without a test of its own.
  if (typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Freezes validated values and brands them as a {@link Policy}, with its names indexed. @internal */
export function brandPolicy(values: PolicyValues, internals: Pick<PolicyInternals, 'templates'>, revision: string | null = null): Policy {
  const p = values.ptoDelay;
  const organizations = [
    ...new Set([
      p.littleton.installer,
      ...p.sharedReporterInstallers,
      ...p.noContactInstallers,
      ...p.thingsYouCanDoInstallers,
      ...Object.keys(values.installerAliases),
    ]),
  ];
  const names = buildNameIndex([p.littleton.installer, p.littleton.city], values.installerAliases, [
    organizations,
    values.serviceDesk.priorityInstallers,
    p.sharedReporterInstallers,
    p.noContactInstallers,
    p.thingsYouCanDoInstallers,
    p.littleton.states,
  ]);
  const stamp: PolicyStamp = Object.freeze({ name: values.name, version: values.version, revision, hash: contentHash(values) });
  const all: PolicyInternals = { templates: internals.templates, names, organizations: Object.freeze(organizations), stamp };
  Object.defineProperty(values, POLICY_BRAND, { value: all, enumerable: false });
  return deepFreeze(values) as unknown as Policy;
}

/**
 * Whether a value is a policy made by `definePolicy` (or `defaultPolicy` itself): validated and
 * frozen. Decision functions accept only such policies.
 *
 * @param value - anything
 * @returns `true` for a policy
 *
 * @example
 * ```ts
 * import { isPolicy, defaultPolicy } from 'solar-sop';
 * isPolicy(defaultPolicy); //=> true
 * isPolicy({ ...defaultPolicy }); //=> false
 * ```
 */
export function isPolicy(value: unknown): value is Policy {
  if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, POLICY_BRAND)) return false;
  // The brand is a global symbol, so anything can carry it: also require what definePolicy gives
  // (frozen, with the internals this copy of the package reads).
  const internals = (value as { readonly [POLICY_BRAND]: Partial<PolicyInternals> | null })[POLICY_BRAND];
  return (
    Object.isFrozen(value) &&
    typeof internals === 'object' &&
    internals !== null &&
    internals.templates instanceof Map &&
    internals.names?.normalized instanceof Map &&
    internals.names.aliasOf instanceof Map &&
    internals.names.lists instanceof Map &&
    Array.isArray(internals.organizations)
  );
}
