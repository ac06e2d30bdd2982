import { readings } from './confusables.js';

const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(['llc', 'inc', 'co', 'corp', 'ltd', 'company']);

/** Words of a name read by `readings`: `&` is "and", periods and apostrophes are dropped, trailing legal suffixes removed. */
function comparable(reading: string): string {
  const words = reading
    .replace(/&/g, ' and ')
    .replace(/[.'’‘ʼ`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

/**
 * Normalizes an organization name for comparison (SOPS.md items 7 and 16): NFKC, invisible
 * characters (zero-width spaces and joiners, soft hyphens, variation selectors) and accents
 * removed, letters of other scripts that look like Latin ones read as Latin (Cyrillic `о` → `o`),
 * lower case, periods and apostrophes removed (`L.A.` → `la`), `&` read as "and", other
 * punctuation and repeated spaces folded to one space, trailing legal suffixes (LLC, Inc, Co, Corp,
 * Ltd, Company) removed. A digit 0 or 1 between letters is read as `o` or `l` (`Str0nger`). The
 * result is a key for comparing, not a name to show.
 *
 * @param name - an organization name as written anywhere
 * @returns the name in comparable form
 *
 * @example
 * ```ts
 * import { normalizeName } from 'solar-sop';
 * normalizeName('Top Electric, LLC.'); //=> 'top electric'
 * normalizeName('L.A. Solar Inc'); //=> 'la solar'
 * normalizeName('Str\u043Enger'); //=> 'stronger'
 * ```
 */
export function normalizeName(name: string): string {
  return comparable(readings(name)[0] as string);
}

/**
 * Every comparable form of a name (see {@link normalizeName}): one, or two when a digit 1 between
 * letters could stand for `l` or for `i`. A name matches when any of its forms does. @internal
 */
export function nameKeys(name: string): readonly string[] {
  const keys = readings(name).map(comparable);
  return keys[0] === keys[1] ? [keys[0] as string] : keys;
}

/**
 * Whether `candidate` names the organization `canonical` (SOPS.md items 7 and 16: compared with
 * {@link normalizeName}), directly or through one of its `aliases` (a map from a canonical name to
 * other names it goes by, as in a policy's `installerAliases`).
 *
 * @param candidate - the name as given, for example on a ticket
 * @param canonical - the organization's name
 * @param aliases - other names by canonical name
 * @returns `true` when they name the same organization
 *
 * @example
 * ```ts
 * import { sameOrganization } from 'solar-sop';
 * sameOrganization('TOP ELECTRIC, LLC', 'Top Electric'); //=> true
 * sameOrganization('Top Electrical', 'Top Electric'); //=> false
 * sameOrganization('Stro\u200Dnger', 'Stronger'); //=> true
 * sameOrganization('Stronger Solar', 'Stronger', { Stronger: ['Stronger Solar'] }); //=> true
 * ```
 */
export function sameOrganization(
  candidate: string,
  canonical: string,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): boolean {
  return namesIn(buildNameIndex([], aliases), nameKeys(candidate), canonical);
}

/** The first of `names` that `candidate` matches (see {@link sameOrganization}), or `undefined`. */
export function findOrganization(
  candidate: string,
  names: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>> = {},
): string | undefined {
  return findIn(buildNameIndex([], aliases), nameKeys(candidate), names);
}

/**
 * A policy's organization names and aliases, normalized once when the policy is made, so a
 * decision normalizes only the names its facts give. @internal
 */
export interface NameIndex {
  /** The normalized form of every name the policy mentions. */
  readonly normalized: ReadonlyMap<string, string>;
  /** For each normalized alias, the normalized canonical names it stands for. */
  readonly aliasOf: ReadonlyMap<string, readonly string[]>;
  /** For each list of names the policy holds (the array itself), its names normalized, in order. */
  readonly lists: ReadonlyMap<readonly string[], readonly string[]>;
}

/**
 * Builds the {@link NameIndex} of `names`, the names of `lists` (each list also kept normalized as a
 * whole) and `aliases` (canonical name → other names). @internal
 */
export function buildNameIndex(
  names: Iterable<string>,
  aliases: Readonly<Record<string, readonly string[]>>,
  lists: readonly (readonly string[])[] = [],
): NameIndex {
  const normalized = new Map<string, string>();
  const norm = (name: string): string => {
    const known = normalized.get(name) ?? normalizeName(name);
    normalized.set(name, known);
    return known;
  };
  for (const name of names) norm(name);
  const normalizedLists = new Map<readonly string[], readonly string[]>();
  for (const list of lists) normalizedLists.set(list, Object.freeze(list.map(norm)));
  const aliasOf = new Map<string, string[]>();
  for (const [canonical, others] of Object.entries(aliases)) {
    const target = norm(canonical);
    for (const other of others) {
      const targets = aliasOf.get(norm(other)) ?? [];
      if (!targets.includes(target)) targets.push(target);
      aliasOf.set(norm(other), targets);
    }
  }
  return { normalized, aliasOf, lists: normalizedLists };
}

/** `normalizeName(name)`, looked up in `index` when the policy mentions `name`. @internal */
export function normalizedIn(index: NameIndex, name: string): string {
  return index.normalized.get(name) ?? normalizeName(name);
}

/** Whether one of a candidate's `keys` is the normalized `target`, directly or as an alias of it. */
function keysName(index: NameIndex, keys: readonly string[], target: string): boolean {
  return keys.some((key) => key !== '' && (key === target || index.aliasOf.get(key)?.includes(target) === true));
}

/**
 * Whether the candidate whose {@link nameKeys} are `keys` names `canonical`, directly or through an
 * alias of the index: the same answer as {@link sameOrganization} with the index's aliases. @internal
 */
export function namesIn(index: NameIndex, keys: readonly string[], canonical: string): boolean {
  return keysName(index, keys, normalizedIn(index, canonical));
}

/**
 * The first of `names` that the candidate whose {@link nameKeys} are `keys` names (see
 * {@link namesIn}), or `undefined`. A list of the index is read in its normalized form. @internal
 */
export function findIn(index: NameIndex, keys: readonly string[], names: readonly string[]): string | undefined {
  const targets = index.lists.get(names) ?? names.map((name) => normalizedIn(index, name));
  const i = targets.findIndex((target) => keysName(index, keys, target));
  return i < 0 ? undefined : names[i];
}
