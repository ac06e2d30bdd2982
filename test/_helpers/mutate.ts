/** Test helper: change one value somewhere inside a JSON-like value, for mutated-example properties. */

/**
 * A copy of `value` with the value at one place replaced by `replacement`: the places are the
 * value itself and every value inside it (depth first), and `index` picks one, modulo their count.
 */
export function replaceAt(value: unknown, index: number, replacement: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (v !== null && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(value, []);
  const path = paths[index % paths.length] as (string | number)[];
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = replacement;
  return copy;
}
