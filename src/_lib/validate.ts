import * as z from 'zod/mini';
import { SopInputError, type SopIssue } from './errors.js';
import { withMsInstants, type WithMsInstants } from './instants.js';

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const value = issue.input;
    if (value === undefined) return `is required (expected ${issue.expected})`;
    return `expected ${issue.expected}, got ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
  }
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && /^Too (small|big)/.test(issue.message)) {
    const small = issue.code === 'too_small';
    const bound = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
    const inclusive = issue.inclusive !== false;
    if (issue.origin === 'array') return `must have ${small ? 'at least' : 'at most'} ${bound} item${bound === 1 ? '' : 's'}`;
    if (issue.origin === 'string') return `must have ${small ? 'at least' : 'at most'} ${bound} character${bound === 1 ? '' : 's'}`;
    return `must be ${small ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than'} ${bound}`;
  }
  return issue.message;
}

/** Converts zod issues into {@link SopIssue}s with sentences a host developer can act on. */
export function toSopIssues(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): SopIssue[] {
  return error.issues.map((issue) => ({
    // Our schemas have string keys only, so a path never holds a symbol.
    path: [...prefix, ...(issue.path as (string | number)[])],
    message: describe(issue),
    // A custom issue may carry one of our codes (such as `out_of_range`) in its params.
    code: issue.code === 'custom' && typeof issue.params?.['code'] === 'string' ? (issue.params['code'] as string) : issue.code,
  }));
}

/**
 * Each facts schema as zod's ahead-of-time compiler builds it (`z.compile`): a generated parser that
 * answers valid input directly and hands anything else to the schema's own runtime parse, so the
 * result and every issue are the schema's. A cache of a pure derivation, the only state the
 * library keeps (with {@link firstUse}). A schema zod cannot compile parses as it is.
 */
const compiled = new WeakMap<z.core.$ZodType, z.core.$ZodType>();
/** Each schema parsed once, in its `withMsInstants` form, not compiled yet. */
const firstUse = new WeakMap<z.core.$ZodType, z.core.$ZodType>();

/** How zod's English locale names the string formats of the library's schemas (any other keeps its zod name). */
const FORMAT_NAMES: Readonly<Record<string, string>> = { regex: 'input', template_literal: 'input', email: 'email address', url: 'URL' };
/** How zod's English locale counts a size, by the kind of value. */
const SIZE_UNITS: Readonly<Record<string, string>> = { string: 'characters', file: 'bytes', array: 'items', set: 'items', map: 'entries' };

/** zod's English "Too big" or "Too small" for a bound such as `<=5`, counted in the unit of the kind of value when it has one. */
function sized(head: string, origin: string, bound: string): string {
  const unit = SIZE_UNITS[origin];
  return `${head}: expected ${origin} to ${unit === undefined ? `be ${bound}` : `have ${bound} ${unit}`}`;
}

/**
 * zod's English messages (its `en` locale) for the issues {@link describe} passes on as they are, and the "Too small" and
 * "Too big" it recognizes; the issues it always words itself get "Invalid input". `zod/mini` loads no locale, so every
 * parse of the library gives this map, and a host's `z.config` cannot change a {@link SopInputError}'s messages. @internal
 */
export const ENGLISH: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_big':
      return sized('Too big', issue.origin, `${issue.exact ? 'exactly ' : issue.inclusive ? '<=' : '<'}${issue.maximum.toString()}`);
    case 'too_small':
      return sized('Too small', issue.origin, `${issue.exact ? 'exactly ' : issue.inclusive ? '>=' : '>'}${issue.minimum.toString()}`);
    case 'invalid_format': {
      const format = issue as z.core.$ZodStringFormatIssues;
      if (format.format === 'starts_with') return `Invalid string: must start with "${format.prefix}"`;
      if (format.format === 'ends_with') return `Invalid string: must end with "${format.suffix}"`;
      if (format.format === 'includes') return `Invalid string: must include "${format.includes}"`;
      if (format.format === 'regex') return `Invalid string: must match pattern ${format.pattern}`;
      return `Invalid ${FORMAT_NAMES[format.format] ?? format.format}`;
    }
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${issue.divisor}`;
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    case 'invalid_union':
      if (Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${String(o)}'`).join(' | ')}`;
      return issue.inclusive === false ? 'Invalid input: more than one option matched' : 'Invalid input';
    default:
      return 'Invalid input';
  }
};

/** How every parse of the library runs: the input kept on each issue (so {@link toSopIssues} can say what it got) and {@link ENGLISH}. */
const PARSE: z.core.ParseContext<z.core.$ZodIssue> = { reportInput: true, error: ENGLISH };

/** `z.safeParse(schema, input)` as every parse of the library runs it (see {@link PARSE}). @internal */
export function safeParseInput<S extends z.core.$ZodType>(schema: S, input: unknown): z.core.util.SafeParseResult<z.output<S>> {
  return z.safeParse(schema, input, PARSE);
}

/** `schema` with its instants as epoch milliseconds (`withMsInstants`), compiled by zod (see {@link compiled}). @internal */
export function compiledSchema<S extends z.ZodMiniType>(schema: S): S {
  let fast = compiled.get(schema);
  if (fast === undefined) {
    fast = z.compile(firstUse.get(schema) ?? withMsInstants(schema));
    compiled.set(schema, fast);
  }
  return fast as S;
}

/**
 * What {@link parseInput} parses `schema` with: on its first use the `withMsInstants` form as zod
 * defines it, from the second on {@link compiledSchema}, so a one-off call (a CLI run) does not
 * pay for the compiler (about 5 ms). @internal
 */
export function parserFor<S extends z.ZodMiniType>(schema: S): S {
  const fast = compiled.get(schema);
  if (fast !== undefined) return fast as S;
  if (firstUse.has(schema)) return compiledSchema(schema);
  const ms = withMsInstants(schema);
  firstUse.set(schema, ms);
  return ms;
}

/**
 * Parses `input` with `schema` (compiled by zod from its second use, see {@link parserFor}), or
 * throws {@link SopInputError} listing every problem.
 * @internal
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown, subject: string): WithMsInstants<z.output<S>> {
  // The schema's own method: on a compiled schema it takes the generated fast path, which `z.safeParse(schema, …)` does not.
  const result = parserFor(schema).safeParse(input, PARSE);
  if (result.success) return result.data as WithMsInstants<z.output<S>>;
  throw new SopInputError(subject, toSopIssues(result.error));
}
