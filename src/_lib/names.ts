const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(['llc', 'inc', 'co', 'corp', 'ltd', 'company']);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Normalizes an organization name for comparison (SOPS.md item 7): lower case, accents dropped,
 * periods and apostrophes removed (`L.A.` → `la`), other punctuation and repeated spaces folded
 * to one space, and trailing legal suffixes (LLC, Inc, Co, Corp, Ltd, Company) removed.
 *
 * @param name - an organization name as written anywhere
 * @returns the name in comparable form
 *
 * @example
 * ```ts
 * import { normalizeName } from 'solar-sop';
 * normalizeName('Top Electric, LLC.'); //=> 'top electric'
 * normalizeName('L.A. Solar Inc'); //=> 'la solar'
 * ```
 */
export function normalizeName(name: string): string {
  // Nearly every name is ASCII letters and digits in words separated by single spaces: check that
  // in one pass over the character codes, then only case and suffixes remain.
  const n = name.length;
  // Stryker disable next-line BooleanLiteral: `upper = true` only lower-cases every name, and a name that gets that far is all ASCII, which toLowerCase leaves unchanged when it has no A-Z: the same result for every input
  let upper = false;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: `plain` only chooses the fast path over asciiWords; `true` and `n >= 0` differ only for '' (both paths give '', test 'normalizes a name with nothing'), `false` and `n <= 0` send every name to asciiWords, which gives the same words (the ASCII property tests compare both paths with the reference)
  let plain = n > 0;
  // Stryker disable next-line EqualityOperator: `i <= n` reads one code past the end, NaN, which counts as a separator that is not a single inner space, so it only sends every name to asciiWords (same result, ASCII property tests); `i >= n` (no loop: nothing lower-cased) is killed by 'normalizes "Top Electric" to "top electric"'
  for (let i = 0; i < n; i++) {
    const code = name.charCodeAt(i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `true` sends every name, and `code >= 127` a name with DEL, to normalizeUnicode, which reads ASCII exactly as this path does (NFKD leaves ASCII alone; DEL separates words in both), as the property test 'on any text of ASCII characters' shows by running each ASCII text through both (with and without a trailing 'é'); `false` is killed by 'normalizes "Énergie Solaire"', `code <= 127` by 'reads only letters beyond ASCII in a name with characters beyond ASCII'
    if (code > 127) return normalizeUnicode(name);
    if (code >= 65 && code <= 90) upper = true;
    else if (
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: equivalent are the variants that only mark more characters as not plain, sending the name to asciiWords (same result, ASCII property tests): `!(…)` → true, `(…) || (…)` → false, `&&` for that `||`, each range → false, `code > 97`, `code < 122`, `code > 48`, `code < 57`; the variants that let a separator stay in a plain name are killed: `!(…)` → false, `(…) || (…)` → true, `code >= 97`/`code >= 48` → true or `||` for `&&` ('normalizes "Top-Electric Inc"'), `code < 97` ('A@B'), `code <= 122` → true ('a{b'), `code > 122` ('A{B'), `code < 48` ('Top-Electric Inc'), `code <= 57` → true and `code > 57` ('a:b'), all in names.test.ts
      !((code >= 97 && code <= 122) || (code >= 48 && code <= 57))
    ) {
      if (
        // Stryker disable next-line ConditionalExpression: the whole test → true marks every separator, single inner spaces too, as not plain, which only sends the name to asciiWords (same result, ASCII property tests); each → false variant keeps a separator in a plain name and is killed: the whole test, its two shorter disjunctions and `code !== 32` ('normalizes "Top-Electric Inc"'), `i === 0` ('a leading space'), `i === n - 1` ('a trailing space')
        code !== 32 || i === 0 || i === n - 1 ||
        // Stryker disable next-line EqualityOperator,ArithmeticOperator: a run of two or more inner spaces is marked by either test, since its first space has a space after it and its second a space before it; so `charCodeAt(i + 1)` marks the same names, and `!== 32` marks every name with an inner space (its first space follows a letter), which only sends more names to asciiWords (same result, ASCII property tests)
        name.charCodeAt(i - 1) === 32
      ) plain = false;
    }
  }
  const text = upper ? name.toLowerCase() : name;
  return withoutSuffixes(plain ? text : asciiWords(text));
}

/** Lower-case ASCII text as words joined by single spaces: periods and apostrophes dropped, `&` read as "and". */
function asciiWords(text: string): string {
  let out = '';
  let start = -1;
  // Stryker disable next-line BooleanLiteral: `dropped` is read only while a word is open, and opening a word sets it to false (below), so its first value is never read
  let dropped = false;
  for (let i = 0; i <= text.length; i++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `true` and `i <= text.length` read the code past the end, NaN, which like 32 is no letter, digit, period, apostrophe or '&', so it ends the last word just as 32 does; `false` and `i >= text.length` are killed by 'normalizes "Top-Electric Inc"'
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 46 || code === 39) {
      if (start < 0) {
        start = i;
        // Stryker disable next-line BooleanLiteral: `true` only runs the replace below on words that have no period or apostrophe, where it changes nothing
        dropped = false;
      }
      // Stryker disable next-line ConditionalExpression: the whole test → true only runs the replace below on words with no period or apostrophe, where it changes nothing; the → false variants leave periods or apostrophes in and are killed ('normalizes "L.A. Solar"' and the ASCII property test)
      if (code === 46 || code === 39) dropped = true;
      continue;
    }
    // Any other character ends a word; a period or apostrophe is dropped without ending it.
    if (start >= 0) {
      const word = dropped ? text.slice(start, i).replace(/[.']/g, '') : text.slice(start, i);
      if (word !== '') out = out === '' ? word : `${out} ${word}`;
      start = -1;
    }
    if (code === 38) out = out === '' ? 'and' : `${out} and`;
  }
  return out;
}

/** Drops trailing legal suffixes from words joined by single spaces, keeping at least one word. */
function withoutSuffixes(words: string): string {
  let out = words;
  // Stryker disable next-line EqualityOperator: `space > 0` differs only for a space at index 0, and no caller passes words that start with a space (the fast path rejects a leading space, asciiWords and normalizeUnicode join non-empty words); `space < 0` is killed by 'normalizes "Blue Hammer Co."'
  for (let space = out.lastIndexOf(' '); space >= 0; space = out.lastIndexOf(' ')) {
    // Every suffix has 2 to 7 letters: look a word up only when its length could match.
    const length = out.length - space - 1;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the length test only skips the Set lookup for words no suffix can be; `length < 2 || length > 7`, `length < 2` and `length > 7` → false and `&&` between them leave the lookup to decide, with the same answer (test 'a suffix of eight letters is not a suffix'); the whole test → true or false and `&&` for the last `||` are killed ('normalizes "Top Electric"', '"  TOP   electric, LLC. "', '"Blue Hammer Co."')
    if (length < 2 || length > 7 || !LEGAL_SUFFIXES.has(out.slice(space + 1))) break;
    out = out.slice(0, space);
  }
  return out;
}

/** {@link normalizeName} for a name with characters beyond ASCII: accents dropped first. */
function normalizeUnicode(name: string): string {
  const text = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const words: string[] = [];
  let word = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (
      (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ||
      // Stryker disable next-line ConditionalExpression,EqualityOperator: `code > 127` → true and `code >= 127` only also test ASCII characters against LETTER_OR_DIGIT, and after toLowerCase no ASCII character but a-z and 0-9 (tested just before) is a Unicode letter or digit; the clause → false and `code <= 127` are killed by 'reads only letters beyond ASCII in a name with characters beyond ASCII'
      (code > 127 && LETTER_OR_DIGIT.test(ch))
    ) {
      word += ch;
    } else if (code !== 46 && code !== 39 && code !== 0x2019) {
      // Any other character (but a period or apostrophe, which are dropped) ends a word.
      if (word !== '') words.push(word);
      word = '';
      if (code === 38) words.push('and');
    }
  }
  if (word !== '') words.push(word);
  return withoutSuffixes(words.join(' '));
}

/**
 * Whether `candidate` names the organization `canonical` (SOPS.md item 7: compared with
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
 * sameOrganization('Stronger Solar', 'Stronger', { Stronger: ['Stronger Solar'] }); //=> true
 * ```
 */
export function sameOrganization(
  candidate: string,
  canonical: string,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): boolean {
  return namesIn(buildNameIndex([], aliases), normalizeName(candidate), canonical);
}

/** The first of `names` that `candidate` matches (see {@link sameOrganization}), or `undefined`. */
export function findOrganization(
  candidate: string,
  names: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>> = {},
): string | undefined {
  return findIn(buildNameIndex([], aliases), normalizeName(candidate), names);
}

/**
 * A policy's organization names and aliases, normalized once when the policy is made, so a
 * decision normalizes only the names its facts give (SOPS.md item 7). @internal
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
    let n = normalized.get(name);
    // Stryker disable next-line ConditionalExpression: `true` normalizes a name again on every lookup and stores the same value, so only the caching is lost; `false` (nothing stored) is killed by 'keeps the normalized form of every name it was given'
    if (n === undefined) {
      n = normalizeName(name);
      normalized.set(name, n);
    }
    return n;
  };
  for (const name of names) norm(name);
  const normalizedLists = new Map<readonly string[], readonly string[]>();
  for (const list of lists) normalizedLists.set(list, list.map(norm));
  const aliasOf = new Map<string, string[]>();
  for (const canonical in aliases) {
    const target = norm(canonical);
    for (const other of aliases[canonical] as readonly string[]) {
      const list = aliasOf.get(norm(other));
      if (list === undefined) aliasOf.set(norm(other), [target]);
      else if (!list.includes(target)) list.push(target);
    }
  }
  return { normalized, aliasOf, lists: normalizedLists };
}

/** `normalizeName(name)`, looked up in `index` when the policy mentions `name`. @internal */
export function normalizedIn(index: NameIndex, name: string): string {
  return index.normalized.get(name) ?? normalizeName(name);
}

/**
 * Whether the already-normalized `candidate` names `canonical`, directly or through an alias of the
 * index: the same answer as {@link sameOrganization} with the index's aliases. @internal
 */
export function namesIn(index: NameIndex, candidate: string, canonical: string): boolean {
  if (candidate === '') return false;
  const target = normalizedIn(index, canonical);
  if (candidate === target) return true;
  const of = index.aliasOf.get(candidate);
  return of !== undefined && of.includes(target);
}

/**
 * The first of `names` that the already-normalized `candidate` names (see {@link namesIn}), or
 * `undefined`. A list of the index is read in its normalized form, and the candidate's aliases are
 * looked up once (this runs for every installer a decision matches).
 * @internal
 */
export function findIn(index: NameIndex, candidate: string, names: readonly string[]): string | undefined {
  if (candidate === '') return undefined;
  const targets = index.lists.get(names);
  const of = index.aliasOf.get(candidate);
  for (let i = 0; i < names.length; i++) {
    // Stryker disable next-line ConditionalExpression: → true normalizes (or looks up) each name again instead of reading the list's normalized form, the same strings (the list and single-name property tests agree); → false is killed by the names given singly
    const target = targets === undefined ? normalizedIn(index, names[i] as string) : (targets[i] as string);
    if (candidate === target || (of !== undefined && of.includes(target))) return names[i];
  }
  return undefined;
}
