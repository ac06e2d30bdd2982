import type * as z from 'zod';
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

/** What the CLI and docs need to know about one public decision function. */
export interface ProcedureInfo {
  /** Stable id, `<module>/<procedure-name>`. */
  readonly id: string;
  /** The exported function's name. */
  readonly functionName: string;
  /** One line on what it decides. */
  readonly summary: string;
  /** Every outcome it can return, in documentation order. */
  readonly outcomes: readonly string[];
  /** Every rule it can fire (from its module's rules table): the denominator of rule coverage. */
  readonly rules: readonly Rule[];
  /** The facts schema (input side gives the JSON Schema). */
  readonly schema: z.ZodType;
  /** Whether the facts have a `now` field the CLI fills with the current time when absent. */
  readonly usesNow: boolean;
  /** Runs the decision on unvalidated facts. */
  readonly decide: (facts: unknown, options?: DecideOptions) => unknown;
  readonly examples: readonly ProcedureExample[];
}
