import * as z from 'zod';
import { CalendarDateSchema, Instant } from './_lib/time.js';
import { PolicySchema } from './policy/schema.js';
import { POLICY_SOURCES } from './policy/sources.js';
import { findProcedure, unknownProcedure, type ProcedureId } from './procedures.js';

/** A JSON Schema (2020-12) document, as plain JSON data. */
export type JsonSchema = { readonly [key: string]: unknown };

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
// `format` is only an annotation in 2020-12 unless a validator opts in, so each date form also
// carries a pattern of the shape the library reads (it still checks that the day exists).
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const INSTANT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?([Zz]|[+-]\\d{2}:\\d{2})$';
const INSTANT_DESCRIPTION = 'ISO 8601 date-time with a UTC offset, such as 2026-11-23T09:30:00-07:00';

type Node = Record<string, unknown>;

function replaceWith(target: Node, value: Node): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, value);
}

/**
 * The JSON Schema of a schema's input side. zod cannot represent two kinds of value here: an
 * instant may be a `Date` in TypeScript, but in JSON it is a string with an offset; and a policy's
 * holidays may be a function, which JSON cannot hold, so that alternative is left out.
 */
function toJsonSchema(schema: z.ZodType): Node {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def as unknown;
      const node = jsonSchema as Node;
      if (def === Instant._zod.def) {
        const description = node['description'] ?? INSTANT_DESCRIPTION;
        replaceWith(node, { type: 'string', format: 'date-time', pattern: INSTANT_PATTERN, description });
      } else if (def === CalendarDateSchema._zod.def) {
        Object.assign(node, { format: 'date', pattern: DATE_PATTERN });
      } else if (node['type'] === 'string' && node['format'] === 'date-time' && node['pattern'] === undefined) {
        // A stored instant (a state's timestamps): a string only, normalized to UTC when parsed.
        node['pattern'] = INSTANT_PATTERN;
      } else if (zodSchema._zod.def.type === 'union' && Array.isArray(node['anyOf'])) {
        const options = (zodSchema._zod.def as z.core.$ZodUnionDef).options;
        node['anyOf'] = (node['anyOf'] as unknown[]).filter((_, i) => (options[i] as z.core.$ZodType)._zod.def.type !== 'custom');
      }
    },
  }) as Node;
}

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
export function factsJsonSchema(procedure: ProcedureId | (string & {}) | z.ZodType): JsonSchema {
  if (typeof procedure !== 'string') return { $schema: DIALECT, ...toJsonSchema(procedure) };
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
