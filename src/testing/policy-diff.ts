import type { Decision, Message } from '../_lib/decision.js';
import type { Source } from '../_lib/sources.js';
import type { Policy } from '../policy/brand.js';
import type { PolicyOverrides } from '../policy/schema.js';
import { POLICY_SOURCES } from '../policy/sources.js';
import { procedures } from '../procedures.js';
import { templateCatalog } from '../templates/catalog.js';
import { decideCase, Policies, validateCases, type Attempt, type CaseInput } from './run.js';
import { TestCaseSchema, type TestCase } from './schema.js';

/** One policy value that differs, with where its default comes from. */
export interface PolicyValueChange {
  /** Dotted path, for example `ptoDelay.gracePeriodDays` or `templates.pto-delay/homeowner-standard`. */
  readonly path: string;
  readonly a: unknown;
  readonly b: unknown;
  /** What the value controls. */
  readonly description: string;
  /** The seed passage the default comes from, or `null` when the seeds are silent. */
  readonly source: Source | null;
  /** The SOPS.md product decision behind the default, when there is one. */
  readonly decision?: string;
}

/** A decision as the diff shows it: outcome, one line per action, the messages; or the error. */
export type DecisionView =
  | { readonly outcome: string; readonly actions: readonly string[]; readonly messages: readonly Message[] }
  | { readonly error: string };

/** A decision that changes between the two policies. */
export interface DecisionChange {
  /** The example or case name. */
  readonly name: string;
  readonly procedure: string;
  /** The 1-based step of a multi-step case. */
  readonly step?: number;
  /** What changed. */
  readonly changed: readonly ('outcome' | 'actions' | 'messages' | 'error')[];
  readonly a: DecisionView;
  readonly b: DecisionView;
}

/** What {@link diffPolicies} found. */
export interface PolicyDiff {
  readonly values: readonly PolicyValueChange[];
  /** How many decisions were compared (examples, cases and their steps). */
  readonly compared: number;
  readonly decisions: readonly DecisionChange[];
}

function show(value: unknown): string {
  return typeof value === 'function' ? String(value) : JSON.stringify(value);
}

function at(policy: Policy, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], policy);
}

function valueChanges(a: Policy, b: Policy): PolicyValueChange[] {
  const out: PolicyValueChange[] = [];
  for (const key of ['name', 'version'] as const) {
    if (a[key] !== b[key]) out.push({ path: key, a: a[key], b: b[key], description: `The policy’s ${key}, recorded in every decision.`, source: null });
  }
  for (const [path, info] of Object.entries(POLICY_SOURCES)) {
    if (path === 'templates') continue;
    const [va, vb] = [at(a, path), at(b, path)];
    if (show(va) !== show(vb)) out.push({ path, a: va, b: vb, description: info.description, source: info.source, ...(info.decision ? { decision: info.decision } : {}) });
  }
  for (const t of templateCatalog) {
    const [va, vb] = [a.templates[t.id], b.templates[t.id]];
    if (va !== vb) {
      out.push({ path: `templates.${t.id}`, a: va ?? t.text, b: vb ?? t.text, description: `Text of the template ${t.id}: ${t.description}`, source: t.source });
    }
  }
  return out;
}

function view(got: Attempt): DecisionView {
  if (!got.ok) return { error: `${(got.error as Error).name}: ${(got.error as Error).message}` };
  const d: Decision = got.decision;
  return { outcome: d.outcome, actions: d.actions.map((x) => `${x.kind}: ${x.summary}`), messages: d.messages };
}

function changes(a: DecisionView, b: DecisionView): DecisionChange['changed'] {
  if ('error' in a || 'error' in b) return show(a) === show(b) ? [] : ['error'];
  return (['outcome', 'actions', 'messages'] as const).filter((k) => show(a[k]) !== show(b[k]));
}

/**
 * Compares two policies: the values that differ (by path, with the seed passage each default comes
 * from), and every decision whose outcome, actions or messages change between them, over the
 * shipped examples of every procedure and the given cases (their expectations are not checked; each
 * case's own policy overrides merge over both).
 *
 * @param a - the first policy: overrides for `definePolicy`, or a policy it made
 * @param b - the second policy
 * @param cases - more facts to compare on, such as the host's own cases
 * @returns the value changes and the decision changes
 * @throws SopInputError when either policy or a case is invalid
 *
 * @example
 * ```ts
 * import { diffPolicies } from 'solar-sop/testing';
 * const diff = diffPolicies({ name: 'a', version: '1' }, { name: 'a', version: '1', ptoDelay: { gracePeriodDays: 90 } });
 * diff.values.map((v) => v.path); //=> ['ptoDelay.gracePeriodDays']
 * ```
 */
export function diffPolicies(a: PolicyOverrides | Policy, b: PolicyOverrides | Policy, cases: readonly CaseInput[] = []): PolicyDiff {
  const pa = new Policies(a);
  const pb = new Policies(b);
  const all: TestCase[] = [
    ...procedures.flatMap((p) => p.examples.map((e) => TestCaseSchema.parse({ name: e.name, procedure: p.id, facts: e.facts, options: e.options }))),
    ...validateCases(cases).map((x) => x.c),
  ];
  const decisions: DecisionChange[] = [];
  let compared = 0;
  for (const c of all) {
    const ra = decideCase(c, pa.of(c.policy), true);
    const rb = decideCase(c, pb.of(c.policy), true);
    for (const [i, got] of ra.entries()) {
      compared++;
      const [va, vb] = [view(got), view(rb[i] as Attempt)];
      const changed = changes(va, vb);
      if (changed.length > 0) decisions.push({ name: c.name, procedure: c.procedure, ...(c.steps ? { step: i + 1 } : {}), changed, a: va, b: vb });
    }
  }
  return { values: valueChanges(pa.suite, pb.suite), compared, decisions };
}
