import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { SopInputError } from '../../src/_lib/errors.js';
import { Instant } from '../../src/_lib/time.js';
import { compiledSchema, parseInput, parserFor, toSopIssues } from '../../src/_lib/validate.js';
import { inputError } from '../_helpers/contract.js';

/** The messages parseInput gives for `value` under `schema`, in order. */
function messages(schema: z.ZodType, value: unknown): string[] {
  return inputError(() => parseInput(schema, value, 'demo')).issues.map((i) => i.message);
}

describe('parseInput words each kind of zod issue as a sentence', () => {
  it.each([
    ['a missing value', z.strictObject({ a: z.string() }), {}, 'is required (expected string)'],
    ['null', z.number(), null, 'expected number, got null'],
    ['an array', z.string(), ['a'], 'expected string, got array'],
    ['a value of another type', z.string(), 7, 'expected string, got number'],
    ['one unknown field', z.strictObject({}), { e: 1 }, 'unknown field "e" (check the spelling)'],
    ['two unknown fields', z.strictObject({}), { e: 1, f: 2 }, 'unknown fields "e", "f" (check the spelling)'],
    ['a value not in an enum', z.enum(['x', 'y']), 'z', 'expected one of "x", "y"'],
    ['a literal number not given', z.literal(3), 4, 'expected one of 3'],
  ])('words %s', (_label, schema, value, message) => {
    expect(messages(schema, value)).toEqual([message]);
  });

  it.each([
    ['an array below a minimum of 1', z.array(z.string()).min(1), [], 'must have at least 1 item'],
    ['an array below a minimum of 2', z.array(z.string()).min(2), ['a'], 'must have at least 2 items'],
    ['an array above a maximum of 1', z.array(z.string()).max(1), ['a', 'b'], 'must have at most 1 item'],
    ['an array above a maximum of 2', z.array(z.string()).max(2), ['a', 'b', 'c'], 'must have at most 2 items'],
    ['a string below a minimum of 1', z.string().min(1), '', 'must have at least 1 character'],
    ['a string below a minimum of 3', z.string().min(3), 'ab', 'must have at least 3 characters'],
    ['a string above a maximum of 1', z.string().max(1), 'ab', 'must have at most 1 character'],
    ['a string above a maximum of 2', z.string().max(2), 'abc', 'must have at most 2 characters'],
    ['a number below an inclusive minimum', z.number().min(0), -1, 'must be at least 0'],
    ['a number at an exclusive minimum', z.number().positive(), 0, 'must be greater than 0'],
    ['a number above an inclusive maximum', z.number().max(5), 6, 'must be at most 5'],
    ['a number at an exclusive maximum', z.number().lt(5), 5, 'must be less than 5'],
    ['a number above a maximum of 1', z.number().max(1), 2, 'must be at most 1'],
  ])('words the size limit of %s', (_label, schema, value, message) => {
    expect(messages(schema, value)).toEqual([message]);
  });

  it.each([
    ['a size limit', z.number().min(1, 'needs one or more'), 0, 'needs one or more'],
    ['a size limit whose words contain "Too small" later on', z.number().min(1, 'Way Too small for a panel'), 0, 'Way Too small for a panel'],
    ['a size limit whose words start "too small" in lower case', z.string().min(2, 'too small to read'), 'a', 'too small to read'],
    ['a custom check whose words start "Too small"', z.number().refine(() => false, 'Too small a system'), 1, 'Too small a system'],
    ['a custom check whose words start "Too big"', z.number().refine(() => false, 'Too big to ship'), 1, 'Too big to ship'],
  ])('keeps the message a schema gives for %s', (_label, schema, value, message) => {
    expect(messages(schema, value)).toEqual([message]);
  });

  it('gives each issue its zod code and its path', () => {
    const schema = z.strictObject({ a: z.strictObject({ b: z.array(z.number()) }), c: z.string().min(1) });
    expect(inputError(() => parseInput(schema, { a: { b: [1, 'x'] }, c: '' }, 'demo')).issues).toEqual([
      { path: ['a', 'b', 1], message: 'expected number, got string', code: 'invalid_type' },
      { path: ['c'], message: 'must have at least 1 character', code: 'too_small' },
    ]);
  });

  it('names the subject in the error', () => {
    expect(inputError(() => parseInput(z.string(), 1, 'pto-delay/first-payment-timing')).message).toBe(
      'Invalid input for pto-delay/first-payment-timing (1 problem):\n  - (root): expected string, got number',
    );
  });

  it('returns the parsed data, transforms applied', () => {
    expect(parseInput(z.strictObject({ n: z.string().transform((s) => s.length) }), { n: 'abc' }, 'demo')).toEqual({ n: 3 });
  });
});

describe('toSopIssues', () => {
  it('puts the prefix before every path of a parse that reports its input', () => {
    const result = z.strictObject({ a: z.string() }).safeParse({ a: 1, b: 2 }, { reportInput: true });
    expect(result.success).toBe(false);
    expect(toSopIssues(result.error as z.ZodError, ['options', 0])).toEqual([
      { path: ['options', 0, 'a'], message: 'expected string, got number', code: 'invalid_type' },
      { path: ['options', 0], message: 'unknown field "b" (check the spelling)', code: 'unrecognized_keys' },
    ]);
  });
});

describe('parseInput on a schema’s first and later uses (interpreted, then compiled)', () => {
  it('gives the same data and the same issues on the first, second and third parse', () => {
    const inputs: unknown[] = [{ a: 1, at: '2026-11-23T09:00:00Z' }, { a: 'x', at: 'soon' }, {}];
    for (const input of inputs) {
      const schema = z.strictObject({ a: z.number(), at: Instant });
      const answers = [1, 2, 3].map(() => {
        try {
          return { data: parseInput(schema, input, 'demo') };
        } catch (error) {
          return { issues: (error as SopInputError).issues };
        }
      });
      expect(answers[1]).toStrictEqual(answers[0]);
      expect(answers[2]).toStrictEqual(answers[0]);
    }
  });
});

describe('parserFor', () => {
  it('gives the schema as zod defines it on the first use, and the compiled parser from the second on', () => {
    const schema = z.strictObject({ at: Instant });
    const first = parserFor(schema);
    const second = parserFor(schema);
    expect(second).not.toBe(first);
    expect(parserFor(schema)).toBe(second);
    expect(compiledSchema(schema)).toBe(second);
  });
});

describe('compiledSchema', () => {
  it('compiles a schema once and gives the same parser on every later call', () => {
    const schema = z.strictObject({ a: z.number() });
    const first = compiledSchema(schema);
    expect(compiledSchema(schema)).toBe(first);
    expect(first.safeParse({ a: 1 })).toEqual({ success: true, data: { a: 1 } });
  });
});
