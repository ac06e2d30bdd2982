import { describe, expect, it } from 'vitest';
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { ENGLISH, toSopIssues } from '../../src/_lib/validate.js';

/** The SopIssues of a parse with `error` as its error map (and no locale: this file loads zod/mini only). */
function issues(schema: z.ZodMiniType, value: unknown, error: z.core.$ZodErrorMap) {
  const result = schema.safeParse(value, { reportInput: true, error });
  if (result.success) throw new Error('parsed');
  return toSopIssues(result.error);
}

describe('ENGLISH words issues as zod’s English locale does', () => {
  const locale = en().localeError;
  it.each<[string, z.ZodMiniType, unknown]>([
    ['an e-mail address', z.email(), 'not mail'],
    ['a URL', z.url(), 'not a url'],
    ['a pattern without words of its own', z.string().check(z.regex(/^a+$/)), 'b'],
    ['a prefix', z.string().check(z.startsWith('PTO-')), 'X-1'],
    ['a suffix', z.string().check(z.endsWith('.pdf')), 'a.doc'],
    ['a part', z.string().check(z.includes('@')), 'ab'],
    ['a multiple', z.number().check(z.multipleOf(5)), 7],
    ['a record key', z.record(z.string().check(z.minLength(2)), z.number()), { a: 1 }],
    ['a map value under a key that is not a property name', z.map(z.strictObject({}), z.number()), new Map([[{}, 'x']])],
    ['a map key that is not a property name', z.map(z.strictObject({}), z.number()), new Map([[{ a: 1 }, 1]])],
    ['a format zod does not name', z.stringFormat('hexish', (v) => /^[0-9a-f]+$/.test(v)), 'xyz'],
    ['a union', z.union([z.string(), z.number()]), true],
    ['a discriminated union', z.discriminatedUnion('type', [z.strictObject({ type: z.literal('a') }), z.strictObject({ type: z.literal('b') })]), { type: 'c' }],
    ['an exclusive union', z.xor([z.string(), z.string().check(z.minLength(1))]), 'ab'],
    ['a check without words', z.number().check(z.refine(() => false)), 1],
    ['sizes of strings, arrays, numbers, sets', z.strictObject({ s: z.string().check(z.maxLength(1)), a: z.array(z.number()).check(z.minLength(2)), n: z.number().check(z.gt(3)), e: z.set(z.number()).check(z.maxSize(0)) }), { s: 'ab', a: [1], n: 3, e: new Set([1]) }],
    ['exact lengths', z.strictObject({ short: z.string().check(z.length(3)), long: z.string().check(z.length(1)) }), { short: 'ab', long: 'ab' }],
    ['exclusive bounds', z.strictObject({ low: z.number().check(z.gt(3)), high: z.number().check(z.lt(3)) }), { low: 3, high: 3 }],
    ['inclusive bounds', z.strictObject({ low: z.number().check(z.gte(3)), high: z.number().check(z.lte(3)) }), { low: 2, high: 4 }],
    ['types, values and unknown keys', z.strictObject({ t: z.string(), v: z.enum(['x']), l: z.literal(2) }), { t: 1, v: 'y', l: 3, extra: true }],
  ])('%s', (_label, schema, value) => {
    expect(issues(schema, value, ENGLISH)).toEqual(issues(schema, value, locale));
  });
});
