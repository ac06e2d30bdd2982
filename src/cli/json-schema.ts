import * as z from 'zod';
import { InstantInput } from '../_lib/time.js';

/**
 * The JSON Schema of a facts schema, as a caller writes the facts (zod's input side). Instants
 * (a `Date` or an ISO string in TypeScript) are strings with `format: date-time` in JSON.
 */
export function factsJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === InstantInput) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, {
          type: 'string',
          format: 'date-time',
          description: 'ISO 8601 date-time with a UTC offset, such as 2026-11-23T09:30:00-07:00',
        });
      }
    },
  }) as Record<string, unknown>;
}
