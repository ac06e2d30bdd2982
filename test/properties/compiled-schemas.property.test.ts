import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { withMsInstants } from '../../src/_lib/instants.js';
import { compiledSchema } from '../../src/_lib/validate.js';
import { procedures } from '../../src/procedures.js';
import { replaceAt } from '../_helpers/mutate.js';

/** What a parse gives, in comparable form: the data, or every issue. */
function outcome(schema: z.ZodMiniType, input: unknown): unknown {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? { data: r.data } : { issues: r.error.issues };
}

const odd = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('', ' ', '2026-02-30', '2026-11-23T10:00', '2026-11-23T10:00:00Z', '2026-11-23T10:00:00.5+05:30', '2026-11-23', new Date(0), new Date(Number.NaN), undefined, null, [], {}),
);

/** Success and issues only: the public schema keeps instants as given, its ms form parses them. */
function verdict(schema: z.ZodMiniType, input: unknown): unknown {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? 'ok' : r.error.issues;
}

// parseInput runs each facts schema, instants as epoch milliseconds (withMsInstants), through
// zod's ahead-of-time compiler (z.compile). The compiled parser must answer exactly as that schema
// does: same data, or the same issues; and the public schema must accept and reject the same.
describe('every facts schema parses the same compiled as interpreted (fast-check)', () => {
  for (const p of procedures) {
    it(`${p.id}: the same data or the same issues for examples with one value replaced, and for any JSON`, () => {
      const compiled = compiledSchema(p.schema);
      const ms = withMsInstants(p.schema);
      expect(compiled).not.toBe(ms); // zod could compile it
      const examples = p.examples.map((e) => e.facts);
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), fc.tuple(fc.constantFrom(...examples), fc.nat(), odd).map(([f, at, v]) => replaceAt(f, at, v))), (input) => {
          expect(outcome(compiled, input)).toStrictEqual(outcome(ms, input));
          expect(verdict(p.schema, input)).toStrictEqual(verdict(ms, input));
        }),
      );
      for (const facts of examples) expect(outcome(compiled, facts)).toStrictEqual(outcome(ms, facts));
    });
  }

  it('compiles each schema once and hands back the same parser after', () => {
    const schema = procedures[0]?.schema as z.ZodMiniType;
    expect(compiledSchema(schema)).toBe(compiledSchema(schema));
  });
});
