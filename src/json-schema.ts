import type * as z from 'zod/mini';
import { DIALECT, schemaJsonSchema, toJsonSchema, type JsonSchema, type Node } from './_lib/json-schema.js';
import { PolicySchema } from './policy/schema.js';
import { POLICY_SOURCES } from './policy/sources.js';
import { findProcedure, unknownProcedure, type ProcedureId } from './procedures.js';

export type { JsonSchema } from './_lib/json-schema.js';

/**
 * The JSON Schema (2020-12) of a procedure's facts, as a caller writes them in JSON: instants are
 * strings with `format: "date-time"`, calendar dates strings with `format: "date"` (each with a
 * pattern too), every field has a description, and unknown fields are refused
 * (`additionalProperties: false`). Validating against it is a quick check before calling; the
 * procedure's own validation (days that exist, non-blank names, consistency) stays the authority.
 *
 * @param procedure - a procedure id (see `procedures`), or one of the library's facts schemas
 * @returns a fresh JSON Schema document
 * @throws SopInputError for an unknown procedure id (path `procedure`, code `unknown_procedure`)
 *
 * @example
 * ```ts
 * import { factsJsonSchema } from 'solar-sop';
 * const schema = factsJsonSchema('pto-delay/first-payment-timing');
 * (schema.properties as any).now.format; //=> 'date-time'
 * (schema.properties as any).m2ApprovedOn.format; //=> 'date'
 * schema.additionalProperties; //=> false
 * ```
 */
export function factsJsonSchema(procedure: ProcedureId | (string & {}) | z.core.$ZodType): JsonSchema {
  if (typeof procedure !== 'string') return schemaJsonSchema(procedure);
  const p = findProcedure(procedure);
  if (p === undefined) throw unknownProcedure(procedure, 'factsJsonSchema');
  return { $schema: DIALECT, title: p.id, description: `Facts for ${p.functionName}: ${p.summary}`, ...toJsonSchema(p.schema) };
}

/** Fills each property's description from POLICY_SOURCES and makes it optional (overrides merge). */
function describePolicy(node: Node, path: string): void {
  const properties = node['properties'] as Record<string, Node> | undefined;
  if (properties === undefined) return;
  if (path !== '') delete node['required'];
  for (const [key, child] of Object.entries(properties)) {
    const childPath = path === '' ? key : `${path}.${key}`;
    const info = POLICY_SOURCES[childPath];
    if (info !== undefined) child['description'] = info.description;
    describePolicy(child, childPath);
  }
}

/**
 * The JSON Schema (2020-12) of a policy file: the overrides `definePolicy` takes, written as JSON
 * (`name` and `version` required, any other value optional; objects merge into `defaultPolicy`
 * key by key, lists replace). Each value's description is its entry in `POLICY_SOURCES`. A
 * holidays function cannot be written in JSON, so only the other holiday forms are listed.
 *
 * @returns a fresh JSON Schema document
 *
 * @example
 * ```ts
 * import { policyJsonSchema } from 'solar-sop';
 * const schema = policyJsonSchema();
 * schema.required; //=> ['name', 'version']
 * (schema.properties as any).ptoDelay.properties.gracePeriodDays.type; //=> 'integer'
 * ```
 */
export function policyJsonSchema(): JsonSchema {
  const schema = toJsonSchema(PolicySchema);
  describePolicy(schema, '');
  schema['required'] = ['name', 'version'];
  (schema['properties'] as Record<string, Node>)['name']!['description'] = 'Name of the policy, recorded in every decision made under it.';
  (schema['properties'] as Record<string, Node>)['version']!['description'] = 'Version of the policy, recorded in every decision made under it.';
  return {
    $schema: DIALECT,
    title: 'solar-sop policy',
    description: 'Overrides for definePolicy: name and version, and any value of the default policy to change.',
    ...schema,
  };
}
