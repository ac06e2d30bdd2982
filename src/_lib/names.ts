const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(['llc', 'inc', 'co', 'corp', 'ltd', 'company']);
const ASCII = /^[\x00-\x7f]*$/;
/** Lower-case words of letters and digits separated by single spaces: already normalized but for suffixes. */
const SIMPLE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
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
  // One pass over the characters (this runs for every installer name a decision compares).
  const text = ASCII.test(name) ? name.toLowerCase() : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (SIMPLE.test(text) && !LEGAL_SUFFIXES.has(text.slice(text.lastIndexOf(' ') + 1))) return text;
  const words: string[] = [];
  let word = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code > 127 && LETTER_OR_DIGIT.test(ch))) {
      word += ch;
    } else if (code !== 46 && code !== 39 && code !== 0x2019) {
      // Any other character (but a period or apostrophe, which are dropped) ends a word.
      if (word !== '') words.push(word);
      word = '';
      if (code === 38) words.push('and');
    }
  }
  if (word !== '') words.push(word);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

/** Whether the already-normalized `c` names `canonical` or one of its aliases. */
function matchesNormalized(c: string, canonical: string, aliases: Readonly<Record<string, readonly string[]>>): boolean {
  if (c === '') return false;
  const target = normalizeName(canonical);
  if (c === target) return true;
  for (const name in aliases) {
    if (normalizeName(name) !== target) continue;
    for (const other of aliases[name] as readonly string[]) if (normalizeName(other) === c) return true;
  }
  return false;
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
  return matchesNormalized(normalizeName(candidate), canonical, aliases);
}

/** The first of `names` that `candidate` matches (see {@link sameOrganization}), or `undefined`. */
export function findOrganization(
  candidate: string,
  names: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>> = {},
): string | undefined {
  const c = normalizeName(candidate);
  return names.find((name) => matchesNormalized(c, name, aliases));
}
