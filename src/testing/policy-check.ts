import type { Decision } from '../_lib/decision.js';
import { sameOrganization } from '../_lib/names.js';
import { MONEY_TALK, prohibitedWord } from '../_lib/wording.js';
import type { ProcedureInfo } from '../_lib/procedure.js';
import type { Policy } from '../policy/brand.js';
import type { PolicyOverrides } from '../policy/schema.js';
import { procedures as allProcedures } from '../procedures.js';
import { templateCatalog } from '../templates/catalog.js';
import { renderTemplate, type Template } from '../templates/engine.js';
import { completenessProblems } from './contract.js';
import { mutateFacts, random, spellings } from './generate.js';
import { Policies, type Attempt } from './run.js';
import type { CaseExpectation, TestCaseInput } from './schema.js';

/** The invariants `policy check` proves under a host's policy. */
export type Invariant = 'complete-decision' | 'documented-errors' | 'installer-billing' | 'do-not-contact' | 'template-renders';

/** One broken invariant, with a case in the case-file format that reproduces it (when one can). */
export interface PolicyProblem {
  readonly invariant: Invariant;
  /** What is wrong, in a sentence. */
  readonly message: string;
  /** Paste it into a case file and run `solar-sop test --policy …` to see it fail. */
  readonly case?: TestCaseInput;
}

/** What {@link checkPolicy} checked and what it found. */
export interface PolicyCheckResult {
  readonly policy: { readonly name: string; readonly version: string };
  /** How many decisions, spellings and templates were checked. */
  readonly checked: { readonly examples: number; readonly generated: number; readonly spellings: number; readonly templates: number };
  /** Every broken invariant; empty when the policy keeps them all. */
  readonly problems: readonly PolicyProblem[];
}

/** Options for {@link checkPolicy}. */
export interface CheckPolicyOptions {
  /** Seed of the generated facts (the same seed checks the same facts). */
  readonly seed?: number;
  /** How many generated facts to decide. */
  readonly runs?: number;
  /** The procedures to check (all of them by default). */
  readonly procedures?: readonly ProcedureInfo[];
}

/** The errors a procedure documents for facts it cannot decide on. */
const DOCUMENTED_ERRORS = new Set(['SopInputError', 'ConsentRequiredError', 'InvalidTransitionError']);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
}

/**
 * The money words installer messages say, by template id. The values the facts put in (names,
 * e-mails) are left out first: a homeowner named "Bill" is not talk of billing.
 */
export function installerMoneyWords(d: Decision, facts: unknown): { templateId: string; word: string }[] {
  const given = strings(facts).filter((s) => s.trim() !== '').sort((a, b) => b.length - a.length);
  return d.messages.flatMap((m) => {
    if (m.audience !== 'installer') return [];
    const own = given.reduce((text, s) => text.split(s.trim()).join(' '), m.text);
    // Read as the library reads installer messages (SOPS.md item 16): look-alikes as Latin letters.
    const word = prohibitedWord(MONEY_TALK, own, true);
    return word === undefined ? [] : [{ templateId: m.templateId, word }];
  });
}

/** Whether a PTO decision contacts the installer: an installer message, or a linked installer ticket. */
export function contactsInstaller(d: Decision): boolean {
  const outreach = (d as { installerOutreach?: { outcome?: string } }).installerOutreach;
  return d.outcome === 'linked-ticket' || outreach?.outcome === 'linked-ticket' || d.messages.some((m) => m.audience === 'installer');
}

interface Ctx {
  readonly policy: Policy;
  readonly problems: PolicyProblem[];
  /** A case whose decision renders each template, for reproducing a template problem. */
  readonly rendering: Map<string, TestCaseInput>;
  /** Problems of generated facts already reported, by invariant, procedure and problem: each is reported once. */
  readonly seen: Set<string>;
}

function report(ctx: Ctx, generated: boolean, key: string, problem: PolicyProblem): void {
  if (generated) {
    if (ctx.seen.has(key)) return;
    ctx.seen.add(key);
  }
  ctx.problems.push(problem);
}

function caseOf(name: string, p: ProcedureInfo, facts: unknown, options: { timeZone?: string } | undefined, expect?: CaseExpectation): TestCaseInput {
  return { name, procedure: p.id, facts: facts as Record<string, unknown>, ...(options ? { options } : {}), ...(expect ? { expect } : {}) };
}

function decide(p: ProcedureInfo, facts: unknown, options: { timeZone?: string } | undefined, policy: Policy): Attempt {
  try {
    const r = p.decide(facts, { ...options, policy }) as { decision?: Decision };
    return { ok: true, decision: r.decision ?? (r as Decision) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Checks one decision call against the decision invariants. */
function checkCall(ctx: Ctx, p: ProcedureInfo, label: string, facts: unknown, options: { timeZone?: string } | undefined, mayReject: boolean): void {
  const got = decide(p, facts, options, ctx.policy);
  if (!got.ok) {
    const name = got.error instanceof Error ? got.error.name : typeof got.error;
    if (mayReject && DOCUMENTED_ERRORS.has(name)) return;
    report(ctx, mayReject, `documented-errors|${p.id}|${name}`, {
      invariant: 'documented-errors',
      message: `${p.id} ${label}: threw ${got.error instanceof Error ? `${name}: ${got.error.message}` : String(got.error)}${mayReject ? ', which is not a documented error' : ' on a shipped example'}`,
      case: caseOf(`${p.id} ${label} decides`, p, facts, options),
    });
    return;
  }
  const d = got.decision;
  for (const m of d.messages) if (!ctx.rendering.has(m.templateId)) ctx.rendering.set(m.templateId, caseOf(`${p.id} ${label} renders ${m.templateId}`, p, facts, options));
  for (const problem of completenessProblems(d, p)) {
    report(ctx, mayReject, `complete-decision|${p.id}|${problem}`, { invariant: 'complete-decision', message: `${p.id} ${label}: the decision ${problem}`, case: caseOf(`${p.id} ${label} decides completely`, p, facts, options) });
  }
  for (const { templateId, word } of installerMoneyWords(d, facts)) {
    report(ctx, mayReject, `installer-billing|${p.id}|${templateId}|${word}`, {
      invariant: 'installer-billing',
      message: `${p.id} ${label}: the installer message ${templateId} says "${word}"`,
      case: caseOf(`${p.id} ${label}: the installer message never speaks of money`, p, facts, options, { messages: [{ audience: 'installer', notContains: [word] }] }),
    });
  }
}

/** Facts that give a linked installer ticket to any installer that may be contacted. */
const CONTACTABLE = {
  outreach: { contractorEmail: 'ops@installer.example', installerContactName: 'Jo Smith', homeowner: { firstName: 'Kim', lastName: 'Nguyen' } },
  concern: {
    channel: 'phone',
    site: { city: 'Fresno', state: 'CA' },
    homeowner: { firstName: 'Kim', lastName: 'Nguyen' },
    m2ApprovedOn: '2026-09-25',
    now: '2026-11-23T17:00:00Z',
    contractorEmail: 'ops@installer.example',
    installerContactName: 'Jo Smith',
  },
} as const;

function checkNoContact(ctx: Ctx, procs: readonly ProcedureInfo[]): number {
  const p = ctx.policy.ptoDelay;
  const aliases = ctx.policy.installerAliases;
  const targets = [
    [procs.find((x) => x.id === 'pto-delay/installer-outreach'), CONTACTABLE.outreach, { outcome: 'do-not-contact' }],
    [procs.find((x) => x.id === 'pto-delay/handle-concern'), CONTACTABLE.concern, { decision: { installerOutreach: { outcome: 'do-not-contact' } } }],
  ] as const;
  let count = 0;
  for (const canonical of p.noContactInstallers) {
    const names = [canonical, ...(aliases[canonical] ?? [])];
    for (const spelling of new Set(names.flatMap(spellings))) {
      // The invariant holds for every spelling the name matching accepts as this installer.
      if (!sameOrganization(spelling, canonical, aliases)) continue;
      count++;
      for (const [proc, base, expect] of targets) {
        if (proc === undefined) continue;
        const facts = { ...base, installer: spelling };
        const got = decide(proc, facts, undefined, ctx.policy);
        if (got.ok && !contactsInstaller(got.decision)) continue;
        ctx.problems.push({
          invariant: 'do-not-contact',
          message: `${proc.id}: ${JSON.stringify(spelling)} is ${canonical}, a do-not-contact installer, but ${got.ok ? 'the decision contacts the installer' : `the decision threw ${(got.error as Error).message}`}`,
          case: caseOf(`${JSON.stringify(spelling)} (${canonical}) gets no installer ticket`, proc, facts, undefined, expect),
        });
      }
    }
  }
  return count;
}

/** Template problems under `policy`: each must render with every variable, to non-empty text, and installer ones without money words. */
export function templateProblems(templates: readonly Template[], policy: Policy, rendering: ReadonlyMap<string, TestCaseInput>): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const t of templates) {
    const view = Object.fromEntries(t.variables.map((v) => [v, `Sample ${v}`]));
    const text = renderTemplate(t, view, { policy });
    const reproduce = rendering.get(t.id);
    const said = t.audience === 'installer' ? prohibitedWord(MONEY_TALK, text) : undefined;
    if (text.trim() === '') {
      problems.push({ invariant: 'template-renders', message: `template ${t.id} renders to empty text`, ...(reproduce ? { case: reproduce } : {}) });
    }
    if (said !== undefined) {
      problems.push({
        invariant: 'installer-billing',
        message: `template ${t.id} (to the installer) says "${said}"`,
        ...(reproduce ? { case: { ...reproduce, expect: { messages: [{ templateId: t.id, notContains: [said] }] } } } : {}),
      });
    }
  }
  return problems;
}

/**
 * Checks that a host's policy keeps the library's invariants: every shipped example and a seeded run
 * of generated facts gives a complete decision with fully rendered messages (or, for generated facts,
 * a documented error); no installer message speaks of billing or money; every spelling that name
 * matching accepts for a do-not-contact installer (case, spacing, punctuation, legal suffixes,
 * aliases, invisible characters) gets no installer ticket; every template renders with every
 * variable. Each broken invariant comes with a case that reproduces it (generated facts report each
 * kind of problem once per procedure).
 *
 * @param policy - the host's policy: overrides for `definePolicy`, or a policy it made
 * @param options - `seed` and `runs` of the generated facts, and the `procedures` to check
 * @returns what was checked and every broken invariant
 * @throws SopInputError when the policy overrides are invalid
 *
 * @example
 * ```ts
 * import { checkPolicy } from 'solar-sop/testing';
 * checkPolicy({ name: 'acme', version: '1', ptoDelay: { noContactInstallers: ['Blue Hammer', 'Stronger', 'Acme Solar'] } }).problems;
 * //=> []
 * ```
 */
export function checkPolicy(policy: PolicyOverrides | Policy, options: CheckPolicyOptions = {}): PolicyCheckResult {
  const ctx: Ctx = { policy: new Policies(policy).suite, problems: [], rendering: new Map(), seen: new Set() };
  const procs = options.procedures ?? allProcedures;
  let examples = 0;
  for (const p of procs) {
    for (const e of p.examples) {
      examples++;
      checkCall(ctx, p, `example "${e.name}"`, e.facts, e.options, false);
    }
  }
  const rnd = random(options.seed ?? 20261123);
  const runs = options.runs ?? 500;
  const names = [...new Set([...ctx.policy.ptoDelay.noContactInstallers, ...ctx.policy.ptoDelay.sharedReporterInstallers, ...ctx.policy.serviceDesk.priorityInstallers, 'Ana Diaz', 'Zoë Ñúñez', 'Acme Solar'])];
  const withExamples = procs.filter((p) => p.examples.length > 0);
  for (let i = 0; i < runs; i++) {
    const p = rnd.pick(withExamples);
    const e = rnd.pick(p.examples);
    checkCall(ctx, p, `generated from "${e.name}" (run ${i + 1})`, mutateFacts(e.facts, rnd, names), e.options, true);
  }
  const spellingCount = checkNoContact(ctx, procs);
  ctx.problems.push(...templateProblems(templateCatalog, ctx.policy, ctx.rendering));
  return {
    policy: { name: ctx.policy.name, version: ctx.policy.version },
    checked: { examples, generated: runs, spellings: spellingCount, templates: templateCatalog.length },
    problems: ctx.problems,
  };
}
