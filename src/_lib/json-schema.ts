/** Converting zod schemas to JSON Schema, without the procedure registry (the playground uses this alone). */
import * as z from 'zod/mini';
import { CalendarDateSchema, Instant } from './time.js';

/** A JSON Schema (2020-12) document, as plain JSON data. */
export type JsonSchema = { readonly [key: string]: unknown };

export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
// `format` is only an annotation in 2020-12 unless a validator opts in, so each date form also
// carries a pattern of the shape the library reads (it still checks that the day exists).
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const INSTANT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?([Zz]|[+-]\\d{2}:\\d{2})$';
const INSTANT_DESCRIPTION = 'ISO 8601 date-time with a UTC offset, such as 2026-11-23T09:30:00-07:00';

export type Node = Record<string, unknown>;

function replaceWith(target: Node, value: Node): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, value);
}

/**
 * The JSON Schema of a schema's input side. zod cannot represent two kinds of value here: an
 * instant may be a `Date` in TypeScript, but in JSON it is a string with an offset; and a policy's
 * holidays may be a function, which JSON cannot hold, so that alternative is left out.
 */
export function toJsonSchema(schema: z.core.$ZodType): Node {
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

/** The JSON Schema document of one schema (no registry lookup, so a bundle keeps only what it uses). */
export function schemaJsonSchema(schema: z.core.$ZodType): JsonSchema {
  return { $schema: DIALECT, ...toJsonSchema(schema) };
}
