const LEGAL_SUFFIXES = new Set(['llc', 'inc', 'co', 'corp', 'ltd', 'company']);

/**
 * Normalizes an organization name for comparison (SOPS.md item 7): lower case, accents dropped,
 * periods and apostrophes removed (`L.A.` → `la`), other punctuation and repeated spaces folded
 * to one space, and trailing legal suffixes (LLC, Inc, Co, Corp, Ltd, Company) removed.
 * `"Top Electric, LLC."` → `"top electric"`.
 */
export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

/**
 * `true` when `candidate` names the organization `canonical`, or one of its `aliases`
 * (`aliases` maps a canonical name to other names it goes by).
 */
export function sameOrganization(
  candidate: string,
  canonical: string,
  aliases: Readonly<Record<string, readonly string[]>> = {},
): boolean {
  const c = normalizeName(candidate);
  if (c === '') return false;
  if (c === normalizeName(canonical)) return true;
  const target = normalizeName(canonical);
  for (const [name, others] of Object.entries(aliases)) {
    if (normalizeName(name) !== target) continue;
    for (const other of others) if (normalizeName(other) === c) return true;
  }
  return false;
}

/** The first of `names` that `candidate` matches (see {@link sameOrganization}), or `undefined`. */
export function findOrganization(
  candidate: string,
  names: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>> = {},
): string | undefined {
  return names.find((name) => sameOrganization(candidate, name, aliases));
}
