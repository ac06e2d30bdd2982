import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNameIndex, findIn, findOrganization, namesIn, normalizedIn, normalizeName, sameOrganization } from '../../src/_lib/names.js';

describe('installer name matching (SOPS.md item 7)', () => {
  it.each([
    ['Top Electric', 'top electric'],
    ['  TOP   electric, LLC. ', 'top electric'],
    ['Top-Electric Inc', 'top electric'],
    ['Blue Hammer Co.', 'blue hammer'],
    ['Stronger Corp Ltd', 'stronger'],
    ['Shield Energy Company', 'shield energy'],
    ['L.A. Solar', 'la solar'],
    ['O’Brien’s Solar', 'obriens solar'],
    ['Top.Electric', 'topelectric'],
    ['Énergie Solaire', 'energie solaire'],
    ['Sun & Co', 'sun and'],
    ['Inc', 'inc'],
  ])('normalizes %j to %j', (raw, normalized) => {
    expect(normalizeName(raw)).toBe(normalized);
  });

  it('matches case, punctuation, spacing and suffixes, but not look-alikes', () => {
    expect(sameOrganization('top electric llc', 'Top Electric')).toBe(true);
    expect(sameOrganization('Top Electrical', 'Top Electric')).toBe(false);
    expect(sameOrganization('Stronger Solar Inc.', 'Stronger')).toBe(false);
    expect(sameOrganization('', 'Stronger')).toBe(false);
    expect(sameOrganization('...', '...')).toBe(false);
  });

  it('matches aliases from the policy, keyed by the canonical name in any spelling', () => {
    const aliases = { 'STRONGER, Inc.': ['Stronger Solar'], Other: ['Top Electrical'] };
    expect(sameOrganization('Stronger Solar Inc.', 'Stronger', aliases)).toBe(true);
    expect(sameOrganization('Top Electrical', 'Top Electric', aliases)).toBe(false);
    expect(sameOrganization('Blue Hammer', 'Stronger', aliases)).toBe(false);
    expect(findOrganization('stronger solar', ['Blue Hammer', 'Stronger'], aliases)).toBe('Stronger');
    expect(findOrganization('Acme', ['Blue Hammer', 'Stronger'])).toBeUndefined();
  });
});

/** The definition of SOPS.md item 7 written plainly with regular expressions, as a reference. */
function reference(name: string): string {
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
  while (words.length > 1 && ['llc', 'inc', 'co', 'corp', 'ltd', 'company'].includes(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

describe('normalizeName agrees with the plain regular-expression definition (fast-check)', () => {
  it('on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (name) => {
        expect(normalizeName(name)).toBe(reference(name));
      }),
    );
  });

  it('on names built from installer-like parts', () => {
    const part = fc.constantFrom('Top', 'Electric', 'L.A.', 'Solar', 'LLC', 'Inc.', 'Co', '&', ',', '-', '  ', 'Énergie', 'O’Brien', '𝐀𝐁', '日本');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }).map((p) => p.join(' ')), (name) => {
        expect(normalizeName(name)).toBe(reference(name));
      }),
    );
  });
});

describe('the policy name index (names normalized once per policy)', () => {
  it('keeps each list it was given normalized as a whole, by the list itself', () => {
    const list = ['Top Electric, LLC', 'L.A. Solar'];
    const index = buildNameIndex([], {}, [list]);
    expect(index.lists.get(list)).toEqual(['top electric', 'la solar']);
    expect(index.normalized.get('L.A. Solar')).toBe('la solar');
    expect(index.lists.get([...list])).toBeUndefined();
    expect(findIn(index, 'la solar', list)).toBe('L.A. Solar');
    expect(findIn(index, 'la solar', ['Blue Hammer', 'LA Solar'])).toBe('LA Solar');
  });

  it('keeps the normalized form of every name it was given, and normalizes any other on the fly', () => {
    const index = buildNameIndex(['Top Electric, LLC', 'L.A. Solar'], {});
    expect(index.normalized.get('Top Electric, LLC')).toBe('top electric');
    expect(normalizedIn(index, 'L.A. Solar')).toBe('la solar');
    expect(normalizedIn(index, 'Blue Hammer Inc.')).toBe('blue hammer');
  });

  it('records each alias once per canonical name, however the canonical name is spelled', () => {
    const index = buildNameIndex([], { Stronger: ['Stronger Solar', 'Stronger Solar Inc'], 'STRONGER, Inc.': ['stronger solar'], Other: ['Stronger Solar'] });
    expect(index.aliasOf.get('stronger solar')).toEqual(['stronger', 'other']);
    expect(namesIn(index, 'stronger solar', 'Stronger')).toBe(true);
    expect(namesIn(index, 'stronger solar', 'Blue Hammer')).toBe(false);
    expect(namesIn(index, '', 'Stronger')).toBe(false);
    // An empty name names nothing, not even a canonical name that normalizes to nothing.
    expect(namesIn(index, '', '...')).toBe(false);
    expect(findIn(index, '', ['...'])).toBeUndefined();
    expect(findIn(index, 'stronger solar', ['Blue Hammer', 'Other', 'Stronger'])).toBe('Other');
    expect(findIn(index, 'acme', ['Blue Hammer', 'Stronger'])).toBeUndefined();
  });

  /** SOPS.md item 7 with aliases, written plainly: every name normalized at each comparison. */
  const referenceFind = (candidate: string, names: readonly string[], aliases: Readonly<Record<string, readonly string[]>>) => {
    const c = normalizeName(candidate);
    return names.find((canonical) => {
      if (c === '') return false;
      const target = normalizeName(canonical);
      if (c === target) return true;
      return Object.entries(aliases).some(([key, others]) => normalizeName(key) === target && others.some((o) => normalizeName(o) === c));
    });
  };

  it('answers as the plain definition does, for any candidate, names and aliases (fast-check)', () => {
    const name = fc.constantFrom('Top Electric', 'TOP ELECTRIC, LLC', 'Top Electrical', 'Stronger', 'Stronger Solar', 'stronger solar inc', 'Blue Hammer', 'L.A. Solar', 'LA Solar', '...', '', 'Énergie');
    fc.assert(
      fc.property(fc.array(name, { maxLength: 4 }), fc.dictionary(name, fc.array(name, { maxLength: 3 }), { maxKeys: 3 }), name, (names, aliases, candidate) => {
        const expected = referenceFind(candidate, names, aliases);
        expect(findOrganization(candidate, names, aliases)).toBe(expected);
        expect(sameOrganization(candidate, names[0] ?? 'Top Electric', aliases)).toBe(referenceFind(candidate, [names[0] ?? 'Top Electric'], aliases) !== undefined);
        // The names given one by one, and given as a list the index keeps normalized as a whole.
        expect(findIn(buildNameIndex(names, aliases), normalizeName(candidate), names)).toBe(expected);
        expect(findIn(buildNameIndex([], aliases, [names]), normalizeName(candidate), names)).toBe(expected);
      }),
    );
  });
});

describe('normalizeName on ASCII text (the one-pass path)', () => {
  it('agrees with the plain regular-expression definition on any ASCII text (fast-check)', () => {
    const ascii = fc.string({ unit: fc.constantFrom('a', 'B', 'z', 'Z', '0', '9', ' ', '  ', '.', "'", '&', ',', '-', 'L', 'C', 'Inc', 'llc', 'co', ' Co', ' Corp', ' LTD', ' company', '\t'), maxLength: 12 });
    fc.assert(
      fc.property(ascii, (name) => {
        expect(normalizeName(name)).toBe(reference(name));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['already normalized', 'top electric', 'top electric'],
    ['upper case only', 'TOP ELECTRIC', 'top electric'],
    ['a leading space', ' top electric', 'top electric'],
    ['a trailing space', 'top electric ', 'top electric'],
    ['two spaces', 'top  electric', 'top electric'],
    ['a suffix of eight letters is not a suffix', 'acme companys', 'acme companys'],
    ['two suffixes', 'Stronger Corp Ltd', 'stronger'],
    ['only a suffix', 'LLC', 'llc'],
    ['nothing', '', ''],
  ])('normalizes a name with %s', (_label, raw, normalized) => {
    expect(normalizeName(raw)).toBe(normalized);
  });
});

describe('which characters normalizeName reads as letters, digits and separators', () => {
  it.each([
    ['a capital A as the only capital', 'Acme', 'acme'],
    ['capitals A and Z', 'AZ Solar', 'az solar'],
    ['the digits 0 and 9', 'a0 9b', 'a0 9b'],
    ['a slash (just before 0)', 'a/b', 'a b'],
    ['a colon (just after 9)', 'a:b', 'a b'],
    ['an at sign (just before A)', 'a@b', 'a b'],
    ['an at sign between capitals', 'A@B', 'a b'],
    ['an opening bracket (just after Z)', 'a[b', 'a b'],
    ['a backquote (just before a)', 'a`b', 'a b'],
    ['an opening brace (just after z)', 'a{b', 'a b'],
    ['an opening brace between capitals', 'A{B', 'a b'],
    ['an opening brace between digits', '9{0', '9 0'],
    ['a DEL character (code 127)', 'a\u007fb', 'a b'],
  ])('reads %s', (_label, raw, normalized) => {
    expect(normalizeName(raw)).toBe(normalized);
  });

  it.each([
    ['only letters beyond ASCII', '日本太陽', '日本太陽'],
    ['a z', 'Zürich Solar', 'zurich solar'],
    ['an a', 'Ängel Solar', 'angel solar'],
    ['the digits 0 and 9', 'Café 10 90', 'cafe 10 90'],
    ['an ASCII apostrophe, which is dropped', "O'Brien Énergie", 'obrien energie'],
    ['a period, which is dropped', 'L.A. Énergie', 'la energie'],
    ['a colon and a brace, which separate words', 'Énergie:Solaire{Co', 'energie solaire'],
    ['a DEL character, which separates words', 'Énergie\u007fSolaire', 'energie solaire'],
    ['ÿ, a letter just below 256', 'ÿ Solar', 'y solar'],
    ['a non-breaking space (code 160), which separates words', 'Top\u00a0Électric', 'top electric'],
  ])('reads %s in a name with characters beyond ASCII', (_label, raw, normalized) => {
    expect(normalizeName(raw)).toBe(normalized);
  });

  it('agrees with the plain regular-expression definition on any text of ASCII characters (fast-check)', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 10 });
    fc.assert(
      fc.property(ascii, fc.constantFrom('', 'é', ' Inc'), (name, tail) => {
        expect(normalizeName(name + tail)).toBe(reference(name + tail));
      }),
      { numRuns: 1000 },
    );
  });
});
