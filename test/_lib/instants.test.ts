import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { described } from '../../src/_lib/describe.js';
import { withMsInstants } from '../../src/_lib/instants.js';
import { Instant, InstantMs } from '../../src/_lib/time.js';

const AT = '2026-11-23T09:30:00-07:00';
const MS = Date.parse(AT);

describe('withMsInstants (the form decision functions parse)', () => {
  it('puts InstantMs in place of Instant, also of a described copy', () => {
    expect(withMsInstants(Instant)).toBe(InstantMs);
    expect(withMsInstants(described(Instant, 'when'))).toBe(InstantMs);
  });

  it('reaches instants inside objects, optionals, nullables, arrays, unions and pipes', () => {
    const schema = z.strictObject({
      a: Instant,
      b: z.optional(Instant),
      c: z.nullable(Instant),
      d: z.array(Instant),
      e: z.union([z.literal('never'), Instant]),
      f: z.discriminatedUnion('type', [z.strictObject({ type: z.literal('x'), at: Instant })]),
      g: z.pipe(z.union([z.string(), z.instanceof(Date)]), Instant),
      h: z.pipe(z.strictObject({ at: Instant }), z.any()),
    });
    const facts = { a: AT, b: AT, c: null, d: [AT, new Date(MS)], e: AT, f: { type: 'x', at: AT }, g: AT, h: { at: AT } };
    expect(schema.parse(facts)).toEqual(facts);
    expect(withMsInstants(schema).parse(facts)).toEqual({ a: MS, b: MS, c: null, d: [MS, MS], e: MS, f: { type: 'x', at: MS }, g: MS, h: { at: MS } });
    expect(withMsInstants(schema).parse({ ...facts, c: AT }).c).toBe(MS);
  });

  it('keeps a schema without instants, and the parts of one without instants, as they are', () => {
    const plain = z.strictObject({ name: z.string(), tags: z.optional(z.array(z.string())), kind: z.union([z.literal('a'), z.literal('b')]), n: z.pipe(z.string(), z.email()) });
    expect(withMsInstants(plain)).toBe(plain);
    const mixed = z.strictObject({ at: Instant, plain });
    expect((withMsInstants(mixed) as typeof mixed).shape.plain).toBe(plain);
  });

  it('keeps an object’s own checks and strictness', () => {
    const schema = z.strictObject({ from: Instant, to: Instant }).check(z.refine((v) => v.from !== v.to, 'from and to must differ'));
    const ms = withMsInstants(schema);
    expect(ms.safeParse({ from: AT, to: AT }).error?.issues[0]?.message).toBe('from and to must differ');
    expect(ms.safeParse({ from: AT, to: '2026-11-24T09:30:00Z', extra: 1 }).error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
