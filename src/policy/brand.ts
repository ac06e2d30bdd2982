import { buildNameIndex, type NameIndex } from '../_lib/names.js';
import { contentHash } from '../_lib/hash.js';
import type { PolicyValues } from './schema.js';

/** A brand the type checker sees and the running code never has: only `definePolicy` makes a `Policy`. */
declare const policyBrand: unique symbol;

/** What a decision's stamp says about the policy values it used (see `DecisionStamp`). */
export interface PolicyStamp {
  readonly name: string;
  readonly version: string;
  /** The `effectiveFrom` date of the revision in force, or `null` for the policy's base values. */
  readonly revision: string | null;
  /** `contentHash` of the values in force. */
  readonly hash: string;
}

/** A template text that replaced a catalog template, parsed once when the policy was defined. */
export interface CompiledOverride {
  readonly text: string;
  readonly tokens: readonly (readonly unknown[])[];
}

/** What the library keeps about a policy besides its values; out of the host's reach (see {@link internalsOf}). @internal */
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
export type Policy = DeepReadonly<PolicyValues> & { readonly [policyBrand]: true };

/**
 * The internals of every policy this copy of the package made, keyed by the policy object: a host
 * can read a policy's values but cannot reach, replace or change what the decisions rely on.
 */
const INTERNALS = /* @__PURE__ */ new WeakMap<object, PolicyInternals>();

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
  const policy = deepFreeze(values) as unknown as Policy;
  INTERNALS.set(policy, Object.freeze({ templates: internals.templates, names, organizations: Object.freeze(organizations), stamp }));
  return policy;
}

/** The internals of a policy made by this copy of the package. @internal */
export function internalsOf(policy: Policy): PolicyInternals {
  return INTERNALS.get(policy) as PolicyInternals;
}

/**
 * Whether a value is a policy made by `definePolicy` (or `defaultPolicy` itself) of this copy of
 * the package: validated and frozen. Decision functions accept only such policies. A policy made by
 * another copy of solar-sop (for example its CommonJS build when you import the ES module) is not
 * one: make policies with the same import you decide with.
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
  return typeof value === 'object' && value !== null && INTERNALS.has(value);
}
