import * as z from 'zod/mini';

/**
 * `schema` with metadata, as classic zod's `.meta()` makes it: a clone with the same definition,
 * registered in zod's global registry, so JSON Schema and a host's tools read it. @internal
 */
// Pure for a bundler: the registry holds only the new clone, so an unused one can be dropped.
/* @__NO_SIDE_EFFECTS__ */
export function withMeta<S extends z.ZodMiniType>(schema: S, meta: z.core.GlobalMeta): S {
  const copy = schema.clone();
  z.globalRegistry.add(copy, meta);
  return copy;
}

/** `schema` with a description, as classic zod's `.describe()` makes it (see {@link withMeta}). @internal */
/* @__NO_SIDE_EFFECTS__ */
export function described<S extends z.ZodMiniType>(schema: S, description: string): S {
  return withMeta(schema, { description });
}
