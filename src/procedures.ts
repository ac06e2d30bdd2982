import type * as z from 'zod/mini';
import { SopInputError } from './_lib/errors.js';
import type { ProcedureInfo } from './_lib/procedure.js';
import { nearest } from './_lib/suggest.js';
import type { DecideOptions } from './policy/resolve.js';
import { ptoDelayProcedures } from './pto-delay/procedures.js';
import { pvWattsOutageProcedures } from './pv-watts-outage/procedures.js';
import { serviceDeskProcedures } from './service-desk/procedures.js';
import { systemSupportProcedures } from './system-support/procedures.js';

/**
 * Every public decision function as data, in seed order: its id, function name, one-line summary,
 * outcomes, facts schema, whether it uses `now`, its bundled examples, and `decide`, which runs it
 * on unvalidated facts. Lets a host drive every procedure from data (the CLI does).
 *
 * @example
 * ```ts
 * import { procedures } from 'solar-sop';
 * procedures.find((p) => p.id === 'pto-delay/first-payment-timing')?.outcomes;
 * //=> ['within-grace', 'grace-ended']
 * ```
 */
export const procedures = /* @__PURE__ */ ([] as ProcedureInfo[]).concat(
  // `concat`, not spreads: bundlers keep an unused array spread, and drop an unused pure call.
  pvWattsOutageProcedures,
  systemSupportProcedures,
  ptoDelayProcedures,
  serviceDeskProcedures,
) as unknown as readonly [
  ...typeof pvWattsOutageProcedures,
  ...typeof systemSupportProcedures,
  ...typeof ptoDelayProcedures,
  ...typeof serviceDeskProcedures,
];

/** One entry of {@link procedures}. */
export type Procedure = (typeof procedures)[number];
/** The id of a procedure, such as `'pto-delay/first-payment-timing'`. */
export type ProcedureId = Procedure['id'];
/** The entry of {@link procedures} with this id. */
export type ProcedureById<Id extends ProcedureId> = Extract<Procedure, { readonly id: Id }>;
/** The facts the procedure with this id takes, as the caller writes them. */
export type ProcedureFacts<Id extends ProcedureId> = z.input<ProcedureById<Id>['schema']>;
/** What the procedure with this id returns (a decision, or a decision with a state). */
export type ProcedureResult<Id extends ProcedureId> = ReturnType<ProcedureById<Id>['decide']>;

/** `true` for a union of several types: a single literal id must match its facts. @internal */
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * The procedure with this id, or `undefined`.
 *
 * @param id - a procedure id, `<module>/<procedure-name>`
 * @returns its entry of {@link procedures}, or `undefined` for an unknown id
 *
 * @example
 * ```ts
 * import { findProcedure } from 'solar-sop';
 * findProcedure('service-desk/close-eligibility')?.functionName; //=> 'closeEligibility'
 * findProcedure('service-desk/close'); //=> undefined
 * ```
 */
export function findProcedure<Id extends ProcedureId>(id: Id): ProcedureById<Id>;
export function findProcedure(id: string): Procedure | undefined;
export function findProcedure(id: string): Procedure | undefined {
  return procedures.find((p) => p.id === id);
}

/**
 * Runs the procedure with this id on `facts`: the same validation, decision and errors as calling
 * its function (`decide('service-desk/close-eligibility', facts)` is `closeEligibility(facts)`).
 * With a literal id, the facts and the result have that procedure's types.
 *
 * @param id - a procedure id, `<module>/<procedure-name>` (see {@link procedures})
 * @param facts - the facts, unvalidated
 * @param options - the policy and time zone to decide under
 * @returns the procedure's decision (or decision and state)
 * @throws SopInputError for an unknown id (path `procedure`, code `unknown_procedure`, with the
 * nearest id), invalid facts or options; and whatever else the procedure documents
 *
 * @example
 * ```ts
 * import { decide } from 'solar-sop';
 * decide('pto-delay/first-payment-timing', {
 *   m2ApprovedOn: '2026-10-01',
 *   installer: 'Top Electric',
 *   now: '2026-11-23T17:00:00Z',
 * }).outcome; //=> 'within-grace'
 * ```
 */
export function decide<Id extends ProcedureId>(id: Id, facts: ProcedureFacts<Id>, options?: DecideOptions): ProcedureResult<Id>;
export function decide<Id extends string>(
  id: [Id] extends [ProcedureId] ? (IsUnion<Id> extends true ? Id : never) : Id,
  facts: unknown,
  options?: DecideOptions,
): ProcedureResult<ProcedureId>;
export function decide(id: string, facts: unknown, options?: DecideOptions): unknown {
  const procedure = findProcedure(id);
  if (procedure === undefined) throw unknownProcedure(id, 'decide');
  return procedure.decide(facts, options);
}

/** The error for an id that names no procedure, with the nearest id. @internal */
export function unknownProcedure(id: unknown, subject: string): SopInputError {
  const ids = procedures.map((p) => p.id);
  const near = typeof id === 'string' ? nearest(id, ids) : undefined;
  const given = typeof id === 'string' ? `"${id}"` : `a ${id === null ? 'null' : typeof id}`;
  const hint = near === undefined ? '.' : `; did you mean "${near}"?`;
  return new SopInputError(subject, [
    {
      path: ['procedure'],
      code: 'unknown_procedure',
      message: `${given} is not a procedure${hint} Procedures: ${ids.join(', ')}`,
    },
  ]);
}
