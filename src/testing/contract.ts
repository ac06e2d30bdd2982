import type { Decision } from '../_lib/decision.js';
import type { ProcedureInfo } from '../_lib/procedure.js';

/**
 * What is incomplete about a decision of `p`, one sentence per problem (empty when complete): the
 * contract every decision keeps (its procedure and a documented outcome, actions with summaries,
 * messages fully rendered, replies whose message is there, a trace of the procedure's own rules).
 * {@link runCases} fails every case whose decision has one.
 *
 * @param d - a decision of `p`
 * @param p - the procedure, as the registry describes it
 * @returns the problems, as sentences that follow "the decision …"
 *
 * @example
 * ```ts
 * import { firstPaymentTiming } from 'solar-sop';
 * import { completenessProblems } from 'solar-sop/testing';
 * const d = firstPaymentTiming({ m2ApprovedOn: '2026-09-25', installer: 'Top Electric', now: '2026-11-23T12:00:00-08:00' });
 * const p = { id: d.procedure, outcomes: ['within-grace', 'grace-ended'], rules: d.trace.map((t) => ({ id: t.rule, source: t.source })) };
 * completenessProblems(d, p); //=> []
 * completenessProblems({ ...d, actions: [] }, p); //=> ['has no actions']
 * ```
 */
export function completenessProblems(d: Decision, p: ProcedureInfo): string[] {
  const out: string[] = [];
  const rules = new Set(p.rules.map((r) => r.id));
  if (d.procedure !== p.id) out.push(`names procedure ${JSON.stringify(d.procedure)}, not ${p.id}`);
  if (!p.outcomes.includes(d.outcome)) out.push(`has outcome ${JSON.stringify(d.outcome)}, which is not one of ${p.outcomes.join(', ')}`);
  if (d.actions.length === 0) out.push('has no actions');
  for (const a of d.actions) if (a.summary.trim() === '') out.push(`has a ${a.kind} action without a summary`);
  for (const m of d.messages) {
    if (m.text.trim() === '') out.push(`has an empty message ${m.templateId}`);
    if (/\{\{|\}\}/.test(m.text)) out.push(`has a message ${m.templateId} with an unfilled placeholder`);
  }
  for (const a of d.actions) {
    if (a.kind === 'reply' && a.templateId !== undefined && !d.messages.some((m) => m.templateId === a.templateId)) {
      out.push(`replies with ${a.templateId}, which is not among its messages`);
    }
  }
  if (d.trace.length === 0) out.push('has an empty trace');
  for (const t of d.trace) if (!rules.has(t.rule)) out.push(`cites rule ${t.rule}, which is not one of ${p.id}’s rules`);
  return out;
}

