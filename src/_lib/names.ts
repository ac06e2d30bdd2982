import { readAsLatin } from './confusables.js';

const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(['llc', 'inc', 'co', 'corp', 'ltd', 'company']);

/** Words of a name read by `readAsLatin`: `&` is "and", periods and apostrophes are dropped, trailing legal suffixes removed. */
function comparable(reading: string): string {
  const words = reading
    .replace(/&/g, ' and ')
    .replace(/[.'’‘ʼ]/g, '')
    .split(/^[\x00-\x7f]*$/.test(reading) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)
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
 * Ltd, Company) removed. The result is a key for comparing, not a name to show; digits stay
 * digits, and matching reads a 0 as o and a 1 as l or i (`Str0nger` is Stronger).
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
 * normalizeName('\u0412lue Ha\u200Bmmer'); //=> 'blue hammer'
 * ```
 */
export function normalizeName(name: string): string {
  return comparable(readAsLatin(name));
}

/**
 * A name as a decision compares it: its {@link normalizeName} form, and when it has a 0 or 1, a
 * pattern that also reads each 0 as o and each 1 as l or i (digits standing in for letters). @internal
 */
export interface NameCandidate {
  readonly key: string;
  readonly digitsAsLetters: RegExp | undefined;
}

/** A word of a name as a pattern that also reads each 0 as o and each 1 as l or i. */
function digitsRead(word: string): string {
  return word.replace(/0/g, '[0o]').replace(/1/g, '[1il]');
}

/**
 * The {@link NameCandidate} of a name given in facts. Trailing words that are legal suffixes once
 * their digits are read as letters (`C0rp`, `11C`) may be left out of the pattern, as
 * {@link normalizeName} leaves out `Corp`: `Str0nger C0` reads as Stronger. @internal
 */
export function nameCandidate(name: string): NameCandidate {
  const key = normalizeName(name);
  if (!/[01]/.test(key)) return { key, digitsAsLetters: undefined };
  const words = key.split(' ');
  let kept = words.length;
  while (kept > 1 && readsAsSuffix(words[kept - 1] as string)) kept--;
  let pattern = words.slice(0, kept).map(digitsRead).join(' ');
  let suffixes = '';
  for (let i = words.length - 1; i >= kept; i--) suffixes = `(?: ${digitsRead(words[i] as string)}${suffixes})?`;
  pattern += suffixes;
  return { key, digitsAsLetters: new RegExp(`^${pattern}$`, 'u') };
}

/**
 * Whether `word` is a legal suffix, or one when its digits are read as letters (`c0rp`, `11c`);
 * a plain suffix is still in the key when a digit-written one follows it (`llc c0mpany`).
 */
function readsAsSuffix(word: string): boolean {
  if (LEGAL_SUFFIXES.has(word)) return true;
  const reading = new RegExp(`^${digitsRead(word)}$`, 'u');
  for (const suffix of LEGAL_SUFFIXES) if (reading.test(suffix)) return true;
  return false;
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
  return namesIn(buildNameIndex([], aliases), nameCandidate(candidate), canonical);
}

/** The first of `names` that `candidate` matches (see {@link sameOrganization}), or `undefined`. */
export function findOrganization(
  candidate: string,
  names: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>> = {},
): string | undefined {
  return findIn(buildNameIndex([], aliases), nameCandidate(candidate), names);
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

/** Whether the candidate reads as the normalized name `other` (aliases aside). @internal */
export function readsAs(candidate: NameCandidate, other: string): boolean {
  return candidate.key === other || candidate.digitsAsLetters?.test(other) === true;
}

/** Whether the candidate names the normalized `target`, directly or as one of its aliases. */
function names(index: NameIndex, candidate: NameCandidate, target: string): boolean {
  if (candidate.key === '') return false;
  if (readsAs(candidate, target)) return true;
  if (candidate.digitsAsLetters === undefined) return index.aliasOf.get(candidate.key)?.includes(target) === true;
  return [...index.aliasOf].some(([alias, targets]) => targets.includes(target) && readsAs(candidate, alias));
}

/**
 * Whether `candidate` names `canonical`, directly or through an alias of the index: the same
 * answer as {@link sameOrganization} with the index's aliases. @internal
 */
export function namesIn(index: NameIndex, candidate: NameCandidate, canonical: string): boolean {
  return names(index, candidate, normalizedIn(index, canonical));
}

/**
 * The first of `list` that `candidate` names (see {@link namesIn}), or `undefined`. A list of the
 * index is read in its normalized form. @internal
 */
export function findIn(index: NameIndex, candidate: NameCandidate, list: readonly string[]): string | undefined {
  const targets = index.lists.get(list) ?? list.map((name) => normalizedIn(index, name));
  const i = targets.findIndex((target) => names(index, candidate, target));
  return i < 0 ? undefined : list[i];
}
