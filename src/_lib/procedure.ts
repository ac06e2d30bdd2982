import type * as z from 'zod/mini';
import type { Rule } from './decision.js';
import type { DecideOptions } from '../policy/resolve.js';

/** One bundled example of a procedure: facts in, the outcome expected. Doubles as a test fixture. */
export interface ProcedureExample {
  /** Short kebab-case name, unique within the procedure (`--example NAME`). */
  readonly name: string;
  /** A sentence a support lead can read. */
  readonly description: string;
  readonly facts: unknown;
  readonly options?: { readonly timeZone?: string };
  readonly expect: { readonly outcome: string };
}

/** A file of examples: `src/<module>/examples/<procedure-name>.json`. */
export interface ProcedureExampleFile {
  readonly procedure: string;
  readonly examples: readonly ProcedureExample[];
}

/**
 * One public decision function as data: what the registry (`procedures`, `decide`), the CLI and
 * the docs know about it. `Id`, `Schema` and `Result` keep each entry's exact types.
 */
export interface ProcedureInfo<Id extends string = string, Schema extends z.ZodMiniType = z.ZodMiniType, Result = unknown> {
  /** Stable id, `<module>/<procedure-name>`. */
  readonly id: Id;
  /** The exported function's name. */
  readonly functionName: string;
  /** One line on what it decides. */
  readonly summary: string;
  /** Every outcome it can return, in documentation order. */
  readonly outcomes: readonly string[];
  /** Every rule it can fire (from its module's rules table): the denominator of rule coverage. */
  readonly rules: readonly Rule[];
  /** The facts schema (see `factsJsonSchema` for its JSON Schema). */
  readonly schema: Schema;
  /** Whether the facts have a `now` field the CLI fills with the current time when absent. */
  readonly usesNow: boolean;
  /** Runs the decision on unvalidated facts: it validates them as the function does. */
  readonly decide: (facts: unknown, options?: DecideOptions) => Result;
  readonly examples: readonly ProcedureExample[];
}

/** A procedure's entry, with its result type taken from its decision function. @internal */
export type ProcedureOf<Id extends string, Schema extends z.ZodMiniType, Fn extends (...args: never[]) => unknown> = ProcedureInfo<
  Id,
  Schema,
  ReturnType<Fn>
>;
