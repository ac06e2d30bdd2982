import * as z from 'zod/mini';
import { Instant, InstantMs } from './time.js';

/**
 * A facts type as decision functions read it: every instant (`string | Date`, what {@link Instant}
 * gives) as epoch milliseconds. @internal
 */
export type WithMsInstants<T> = Date extends T
  ? Exclude<T, string | Date> | number
  : T extends readonly (infer E)[]
    ? WithMsInstants<E>[]
    : T extends object
      ? { [K in keyof T]: WithMsInstants<T[K]> }
      : T;

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

/**
 * `schema` with every {@link Instant} in it replaced by {@link InstantMs}: the same validation and
 * issues, instants parsed to epoch milliseconds. Public facts schemas keep instants as given (so a
 * Standard Schema consumer gets the documented facts type); `parseInput` parses with this form.
 * Nodes without an instant below them are kept as they are. @internal
 */
export function withMsInstants<S extends z.core.$ZodType>(schema: S): S {
  const def = schema._zod.def as Def;
  // `described()` and `withMeta()` (like classic zod's `.describe()`, `.meta()`) clone a schema with the same definition object.
  if ((def as unknown) === Instant._zod.def) return InstantMs as unknown as S;
  const replaced = (key: string): Record<string, unknown> | undefined => {
    const inner = def[key] as z.core.$ZodType;
    const next = withMsInstants(inner);
    return next === inner ? undefined : { [key]: next };
  };
  let changes: Record<string, unknown> | undefined;
  switch (def.type) {
    case 'object': {
      const shape = def['shape'] as Record<string, z.core.$ZodType>;
      const next = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, withMsInstants(v)]));
      if (Object.keys(shape).some((k) => next[k] !== shape[k])) changes = { shape: next };
      break;
    }
    case 'optional':
    case 'nullable':
      changes = replaced('innerType');
      break;
    case 'array':
      changes = replaced('element');
      break;
    case 'union': {
      const options = def['options'] as z.core.$ZodType[];
      const next = options.map(withMsInstants);
      if (next.some((o, i) => o !== options[i])) changes = { options: next };
      break;
    }
    case 'pipe':
      changes = { ...replaced('in'), ...replaced('out') };
      if (Object.keys(changes).length === 0) changes = undefined;
      break;
  }
  return changes === undefined ? schema : z.clone(schema, { ...def, ...changes } as never);
}
